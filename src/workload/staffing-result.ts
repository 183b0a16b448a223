import type { CaseloadForecast } from "../forecast/caseload-forecast.js";
import type { RegisterCaseloadSource } from "../forecast/register-caseload-forecast.js";
import { forceValues, type ForceProfile } from "../inputs/force-profile.js";
import { listSourcedValues, type SourcedValueRow } from "../inputs/sourced-value.js";
import { workloadStandardValues, type WorkloadStandards } from "../inputs/workload-standards.js";
import { availableHours } from "./available-hours.js";
import { caseloadPath } from "./caseload-path.js";
import type { CustodyFigure } from "./custody-figure.js";
import { oneOffWorkHours } from "./one-off-work.js";
import { postsToFundRule } from "./posts-to-fund.js";
import type { RegisterFlows } from "./register-flows.js";
import type { ForceValues, WorkloadStandardValues } from "./staffing-rules.js";
import { staffingProjection, type StaffingYear } from "./staffing-projection.js";

/** The staffing stage's result: what the CSV, the JSON and the report section are made from. */
export interface StaffingResult {
  force: { name: string; description: string; illustrative: boolean };
  /** The label of the forecasting method the caseload comes from. */
  forecastMethod: string;
  /** What the caseload forecast counts (always people in the community) and where it comes from. */
  caseloadCounted: { basis: "community" | "rsos"; statement: string } | null;
  /**
   * Where the community caseload comes from: the trend forecast of the caseload history, or the register
   * projection (extract, as-of and completeness dates, paths, seed, and each year's risk mix and custody).
   */
  caseloadFrom: { source: "history" } | ({ source: "register"; method: string } & RegisterCaseloadSource);
  /** The people in custody custody work is counted on in every year, and where the figure comes from. */
  custody: CustodyFigure;
  /** Whether the one-off work of joining the register and release from custody is counted, and why, in one sentence. */
  joiningAndRelease: { counted: boolean; statement: string };
  /** The last recorded year, which the forecast starts from. */
  lastRecorded: { periodEnding: string; registeredSexOffenders: number };
  years: StaffingYear[];
  targets: ForceValues["targets"];
  /** Hours a year of one FTE for casework, after leave, training, sickness and abstraction. */
  productiveHoursPerFte: number;
  /** Staff on each home visit, as the workload standards set it (APP: two). */
  staffPerVisit: number;
  /** Every number of the standards and the profile with its source, assumptions marked. */
  modelValues: SourcedValueRow[];
  postsToFundRule: string;
}

/** The checked model files, and the names the user gave them, for the assumptions table. */
export interface StaffingModels {
  standards: WorkloadStandards;
  standardsFile: string;
  profile: ForceProfile;
  profileFile: string;
  /** The custody figure chosen from the history and the profile (`custodyFigure`). */
  custody: CustodyFigure;
}

/**
 * Staffing need year by year for a caseload forecast, at the point forecast and at the upper 80% bound
 * (`staffingProjection`), with the staff in post the profile gives and custody work counted on the
 * chosen custody figure, and every model value used listed with its source for the report (the
 * profile's `peopleInCustody` is left out of the list when the history's custody figure is used, its
 * `riskMix` when the register projection's is, and the standards' `oneOffWork` when it is not counted).
 *
 * @param flows a register projection's joiners and releases by year, one entry for each forecast year:
 *   with them, and with `oneOffWork` in the standards, each year's one-off work on joining and release
 *   is counted (`oneOffWorkHours`). Without them every figure is as before, and the result says the
 *   work is not counted.
 * @throws {RangeError} if `flows` does not give one entry for each forecast year
 */
export function staffingResult(forecast: CaseloadForecast, models: StaffingModels, flows?: RegisterFlows): StaffingResult {
  const standards = workloadStandardValues(models.standards);
  const joiningAndRelease = joiningAndReleaseStatement(flows !== undefined, standards);
  const force = { ...forceValues(models.profile), peopleInCustody: models.custody.people };
  const last = forecast.history.periodEnding.length - 1;
  // a figure the history or the register gives in place of the profile's is not listed as used
  const profileValues = listSourcedValues(models.profileFile, models.profile).filter(
    (row) => (models.custody.from === "profile" || row.path !== "peopleInCustody") && (forecast.register === undefined || !row.path.startsWith("riskMix.")),
  );
  return {
    force: { name: models.profile.name, description: models.profile.description, illustrative: models.profile.illustrative },
    forecastMethod: forecast.chosen.label,
    caseloadFrom: forecast.register === undefined ? { source: "history" } : { source: "register", method: forecast.chosen.label, ...forecast.register },
    caseloadCounted: forecast.history.counted ?? null,
    custody: models.custody,
    joiningAndRelease,
    lastRecorded: { periodEnding: forecast.history.periodEnding[last], registeredSexOffenders: forecast.history.values[last] },
    years: staffingProjection(caseloadPath(forecast), standards, force, undefined, flows),
    targets: force.targets,
    productiveHoursPerFte: availableHours(force.workingTime).productive,
    staffPerVisit: standards.homeVisit.staffPerVisit,
    modelValues: [
      ...listSourcedValues(models.standardsFile, models.standards).filter((row) => joiningAndRelease.counted || !row.path.startsWith("oneOffWork.")),
      ...profileValues,
    ],
    postsToFundRule,
  };
}

/** Whether one-off work is counted: only with both the flows and the standards' hours. */
function joiningAndReleaseStatement(hasFlows: boolean, standards: WorkloadStandardValues): StaffingResult["joiningAndRelease"] {
  const work = "Work on joining the register and on release from custody (a first ARMS assessment, home visit and risk management plan)";
  if (!hasFlows) return { counted: false, statement: `${work} is not counted: the caseload is a trend forecast of the yearly history, which gives no joiners or releases (a register projection gives them, where the force profile takes its caseload from the register).` };
  if (!standards.oneOffWork) return { counted: false, statement: `${work} is not counted: the workload standards give no hours for it (oneOffWork).` };
  const joiner = oneOffWorkHours({ joiners: 1, releases: 0 }, standards.oneOffWork, standards).total;
  const release = oneOffWorkHours({ joiners: 0, releases: 1 }, standards.oneOffWork, standards).total;
  return {
    counted: true,
    statement:
      `${work} is counted from the register projection's yearly joiners and releases: ${hours(joiner)} offender-manager hours for each joiner ` +
      `and ${hours(release)} for each release, with the supervisor reviews of each, the same flows at the point forecast and the upper 80% bound.`,
  };
}

/** Hours per person, to two decimal places at most: `9`, `10.5`. */
function hours(value: number): string {
  return String(Number(value.toFixed(2)));
}
