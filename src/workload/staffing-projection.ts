import type { CaseloadPath } from "./caseload-path.js";
import { flowsForYears, type RegisterFlows } from "./register-flows.js";
import { forceInYear } from "./force-in-year.js";
import type { ForceValues, WorkloadStandardValues } from "./staffing-rules.js";
import { staffingNeed, type StaffingNeed } from "./staffing-need.js";

/** FTE in post in one year. */
export interface StaffInPost {
  offenderManagers: number;
  supervisors: number;
}

/** One forecast year's staffing need, at the point forecast and at the upper 80% bound of the caseload. */
export interface StaffingYear {
  periodEnding: string;
  point: StaffingNeed;
  upper80: StaffingNeed;
}

/**
 * Staffing need year by year for a forecast caseload, at the point forecast and at the upper bound of
 * its 80% prediction interval, each by `staffingNeed`. People in custody are held at
 * `force.peopleInCustody` in every year: the caseload history's latest custody figure where it gives one,
 * else the profile's (`custodyFigure`); where the caseload is the register projection's, each year's own
 * custody count and risk mix are used instead (`forceInYear`).
 *
 * @param staffInPost FTE in post in each forecast year; by default the profile's figures in every year.
 *   Scenarios pass their own, year by year, with hires, leavers and training lag applied.
 * @param flows a register projection's joiners and releases by year, one entry for each forecast year
 *   (found by period ending); each year's one-off work is counted on them at the point forecast and the
 *   upper 80% bound alike. Without them no one-off work is counted.
 * @throws {RangeError} if `staffInPost` does not give one entry per forecast year, or `flows` not one per year
 */
export function staffingProjection(
  caseload: CaseloadPath,
  standards: WorkloadStandardValues,
  force: ForceValues,
  staffInPost: readonly StaffInPost[] = caseload.periodEnding.map(() => ({
    offenderManagers: force.offenderManagers.inPost,
    supervisors: force.supervisors.inPost,
  })),
  flows?: RegisterFlows,
): StaffingYear[] {
  if (staffInPost.length !== caseload.periodEnding.length) {
    throw new RangeError(`staff in post given for ${staffInPost.length} years; the forecast has ${caseload.periodEnding.length}`);
  }
  const yearFlows = flows === undefined ? undefined : flowsForYears(caseload.periodEnding, flows);
  return caseload.periodEnding.map((periodEnding, year) => {
    const yearForce = forceInYear(force, caseload.yearly?.[year]);
    const situation = (registeredSexOffenders: number) => ({
      registeredSexOffenders,
      peopleInCustody: yearForce.peopleInCustody,
      offenderManagersInPost: staffInPost[year].offenderManagers,
      supervisorsInPost: staffInPost[year].supervisors,
      ...(yearFlows ? { flows: { joiners: yearFlows[year].joiners, releases: yearFlows[year].releases } } : {}),
    });
    return {
      periodEnding,
      point: staffingNeed(situation(caseload.point[year]), standards, yearForce),
      upper80: staffingNeed(situation(caseload.upper80[year]), standards, yearForce),
    };
  });
}
