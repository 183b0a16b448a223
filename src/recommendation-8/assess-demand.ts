import type { PartStatus } from "./part-status.js";

/** Offender managers and supervisors, FTE. */
export interface Staff {
  offenderManagers: number;
  supervisors: number;
}

/** One forecast year's need against the staff in post. */
export interface DemandYear {
  periodEnding: string;
  /** Need at the point forecast of the caseload. */
  needAtPoint: Staff;
  /** Need at the upper bound of the caseload's 80% prediction interval. */
  needAtUpper80: Staff;
  inPost: Staff;
}

export interface DemandAssessment {
  status: PartStatus;
  /** The first year whose staff in post fall short of the point forecast's need; null if none. */
  firstYearShortAtPoint: string | null;
  /** The first year whose staff in post fall short of the upper 80% bound's need; null if none. */
  firstYearShortAtUpper80: string | null;
}

/** FTE within this of the need count as meeting it, as `postsToFund` rounds. */
const tolerance = 1e-6;

/**
 * Part 1, five-year demand: whether the staff in post are enough for the forecast need.
 *
 *   met      the staff in post cover the need at the upper 80% bound in every forecast year
 *   at risk  they cover the point forecast's need every year, but not the upper bound's
 *   not met  they fall short of the point forecast's need in some year
 *   no data  there are no forecast years
 *
 * Offender managers and supervisors are each compared with their own need.
 */
export function assessDemand(years: readonly DemandYear[]): DemandAssessment {
  const short = (need: (year: DemandYear) => Staff) =>
    years.find((year) => year.inPost.offenderManagers < need(year).offenderManagers - tolerance || year.inPost.supervisors < need(year).supervisors - tolerance)
      ?.periodEnding ?? null;
  const firstYearShortAtPoint = short((year) => year.needAtPoint);
  const firstYearShortAtUpper80 = short((year) => year.needAtUpper80);
  const status: PartStatus = years.length === 0 ? "no_data" : firstYearShortAtPoint !== null ? "not_met" : firstYearShortAtUpper80 !== null ? "at_risk" : "met";
  return { status, firstYearShortAtPoint, firstYearShortAtUpper80 };
}
