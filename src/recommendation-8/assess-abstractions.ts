import { allReasons, type AbstractionMeasures } from "../operations/abstractions.js";
import { lastCompleteMonths } from "./complete-months.js";
import type { PartStatus } from "./part-status.js";

export interface AbstractionAssessment {
  status: PartStatus;
  /** Complete months the shares are taken over, oldest first (YYYY-MM); empty with no data. */
  months: string[];
  /** Hours lost for every reason ÷ hours available over those months, a fraction; null with no data. */
  shareAllReasons: number | null;
  /** The same without leave and sickness. */
  shareWithoutLeaveAndSickness: number | null;
  /** The same without leave, sickness and training: other duties, the profile's abstraction share's like. */
  shareOtherDuties: number | null;
  /** The profile's assumed abstraction share (other duties), a fraction of contracted time. */
  assumedShare: number;
  /** Staff abstracted for an other-duties reason in three or more consecutive months, by reason (those with any). */
  regularOtherDuties: { reason: string; staff: number }[];
}

export interface AbstractionRule {
  leaveAndSicknessReasons: readonly string[];
  trainingReasons: readonly string[];
}

const monthsAssessed = 12;

/**
 * Part 2, abstractions: hours lost as a share of the hours available (offender managers in post ×
 * contracted hours a month) over the last twelve complete months, with every reason, without leave
 * and sickness, and for other duties alone (every reason that is neither leave, sickness nor
 * training, as the rule lists them), set against the profile's assumed abstraction share, which is
 * also a fraction of contracted time:
 *
 *   not met  the other-duties share is above the assumed share
 *   at risk  it is within it, but a member of staff was abstracted for an other-duties reason in three
 *            or more consecutive months (Recommendation 8: abstractions should not happen regularly)
 *   met      otherwise
 *   no data  no abstractions extract, no hours available a month, no complete month in the extract,
 *            or hours hidden by small-count suppression
 */
export function assessAbstractions(
  measures: AbstractionMeasures | null,
  { asOf, availableHoursPerMonth, assumedShare }: { asOf: string; availableHoursPerMonth: number | null; assumedShare: number },
  rule: AbstractionRule,
): AbstractionAssessment {
  const noData: AbstractionAssessment = {
    status: "no_data",
    months: [],
    shareAllReasons: null,
    shareWithoutLeaveAndSickness: null,
    shareOtherDuties: null,
    assumedShare,
    regularOtherDuties: [],
  };
  if (measures === null || availableHoursPerMonth === null || availableHoursPerMonth <= 0) return noData;
  const firstMonth = measures.rows[0]?.month;
  const months = lastCompleteMonths(asOf, monthsAssessed).filter((month) => firstMonth !== undefined && month >= firstMonth);
  const rows = measures.rows.filter((row) => months.includes(row.month) && row.reason !== allReasons);
  if (months.length === 0 || rows.some((row) => row.hours === null)) return noData;

  const isLeaveOrSickness = (reason: string) => rule.leaveAndSicknessReasons.includes(reason);
  const isOtherDuties = (reason: string) => !isLeaveOrSickness(reason) && !rule.trainingReasons.includes(reason);
  const available = months.length * availableHoursPerMonth;
  const shareOf = (keep: (reason: string) => boolean) => rows.filter((row) => keep(row.reason)).reduce((total, row) => total + (row.hours ?? 0), 0) / available;
  const regular = measures.regularlyAbstracted.filter((row) => row.reason !== allReasons && isOtherDuties(row.reason));
  if (regular.some((row) => row.staff === null)) return noData;
  const regularOtherDuties = regular.filter((row) => (row.staff ?? 0) > 0).map((row) => ({ reason: row.reason, staff: row.staff ?? 0 }));

  const shareOtherDuties = shareOf(isOtherDuties);
  const status: PartStatus = shareOtherDuties > assumedShare ? "not_met" : regularOtherDuties.length > 0 ? "at_risk" : "met";
  return {
    status,
    months,
    shareAllReasons: shareOf(() => true),
    shareWithoutLeaveAndSickness: shareOf((reason) => !isLeaveOrSickness(reason)),
    shareOtherDuties,
    assumedShare,
    regularOtherDuties,
  };
}
