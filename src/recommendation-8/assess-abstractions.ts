import { allReasons, type AbstractionMeasures } from "../operations/abstractions.js";
import { abstractionShare, isLeaveOrSickness, isTraining, type AssumedTimeAway } from "../operations/abstraction-share.js";
import type { PartStatus } from "./part-status.js";

export interface AbstractionAssessment {
  status: PartStatus;
  /** Complete months the shares are taken over, oldest first (YYYY-MM); empty with no data. */
  months: string[];
  /** Hours lost for every reason ÷ hours available over those months, a fraction; null with no data. */
  shareAllReasons: number | null;
  /** The same without leave and sickness: training and other duties. */
  shareWithoutLeaveAndSickness: number | null;
  /** What the profile assumes for the same: its training share plus its abstraction share. */
  assumedShareWithoutLeaveAndSickness: number | null;
  /** Staff abstracted for other duties (a reason neither leave, sickness nor training) in three or more consecutive months, by reason (those with any). */
  regularOtherDuties: { reason: string; staff: number }[];
}

/**
 * Part 2, abstractions: hours lost as a share of the hours available (offender managers in post ×
 * contracted hours a month) over the last twelve complete months, with every reason and without leave
 * and sickness (`abstractionShare`), the second set against what the profile assumes for training and
 * other duties together, both fractions of contracted time:
 *
 *   not met  the share without leave and sickness is above the profile's training and abstraction shares
 *   at risk  it is within them, but a member of staff was abstracted for other duties (a reason neither
 *            leave, sickness nor training) in three or more consecutive months, at any time in the
 *            extract (Recommendation 8: abstractions should not happen regularly)
 *   met      otherwise
 *   no data  no abstractions extract or profile, no hours available a month, no complete month in the
 *            extract, or hours hidden by small-count suppression
 */
export function assessAbstractions(
  measures: AbstractionMeasures | null,
  { asOf, availableHoursPerMonth, assumed }: { asOf: string; availableHoursPerMonth: number | null; assumed: AssumedTimeAway | null },
): AbstractionAssessment {
  const noData: AbstractionAssessment = {
    status: "no_data",
    months: [],
    shareAllReasons: null,
    shareWithoutLeaveAndSickness: null,
    assumedShareWithoutLeaveAndSickness: null,
    regularOtherDuties: [],
  };
  if (measures === null || assumed === null) return noData;
  const share = abstractionShare(measures, { asOf, availableHoursPerMonth, assumed });
  if (share === null || share.withoutLeaveAndSickness === null || share.assumed === null) return noData;
  const regular = measures.regularlyAbstracted.filter((row) => row.reason !== allReasons && !isLeaveOrSickness(row.reason) && !isTraining(row.reason));
  if (regular.some((row) => row.staff === null)) return noData;
  const regularOtherDuties = regular.filter((row) => (row.staff ?? 0) > 0).map((row) => ({ reason: row.reason, staff: row.staff ?? 0 }));
  const status: PartStatus =
    share.withoutLeaveAndSickness > share.assumed.withoutLeaveAndSickness + 1e-12 ? "not_met" : regularOtherDuties.length > 0 ? "at_risk" : "met";
  return {
    status,
    months: share.months,
    shareAllReasons: share.allReasons,
    shareWithoutLeaveAndSickness: share.withoutLeaveAndSickness,
    assumedShareWithoutLeaveAndSickness: share.assumed.withoutLeaveAndSickness,
    regularOtherDuties,
  };
}
