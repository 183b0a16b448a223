import type { SupervisorReviewRow } from "../operations/supervisor-reviews.js";
import { lastCompleteMonths } from "./complete-months.js";
import type { PartStatus } from "./part-status.js";

export interface SupervisorReviewAssessment {
  status: PartStatus;
  /** Items completed in the months assessed whose month for review is over. */
  due: number;
  /** Of those, reviewed within one calendar month of completion. */
  reviewedInTime: number;
  /** reviewedInTime ÷ due; null with none due. */
  share: number | null;
  /** The first and last month of completion assessed, YYYY-MM. */
  fromMonth: string;
  toMonth: string;
}

export interface SupervisorReviewRule {
  shareWithinOneMonthMet: number;
  shareWithinOneMonthAtRisk: number;
}

/** A year of work, as a business case counts it. */
const monthsAssessed = 12;

/**
 * Part 4, supervisor review within one calendar month, over the work completed in the last twelve
 * complete months whose month for review is over (`supervisorReviews` defines both):
 *
 *   met      share reviewed within one month ≥ shareWithinOneMonthMet
 *   at risk  ≥ shareWithinOneMonthAtRisk
 *   not met  below that
 *   no data  no completed work whose month for review is over, or a count hidden by suppression
 *
 * @param asOf YYYY-MM-DD
 */
export function assessSupervisorReviews(rows: readonly SupervisorReviewRow[], asOf: string, rule: SupervisorReviewRule): SupervisorReviewAssessment {
  const months = lastCompleteMonths(asOf, monthsAssessed);
  const assessed = rows.filter((row) => months.includes(row.month));
  const window = { fromMonth: months[0], toMonth: months[months.length - 1] };
  if (assessed.some((row) => row.completed === null || row.reviewMonthNotOver === null || row.reviewedWithinOneMonth === null)) {
    return { status: "no_data", due: 0, reviewedInTime: 0, share: null, ...window };
  }
  const due = assessed.reduce((total, row) => total + (row.completed ?? 0) - (row.reviewMonthNotOver ?? 0), 0);
  const reviewedInTime = assessed.reduce((total, row) => total + (row.reviewedWithinOneMonth ?? 0), 0);
  if (due === 0) return { status: "no_data", due, reviewedInTime, share: null, ...window };
  const share = reviewedInTime / due;
  const status: PartStatus = share >= rule.shareWithinOneMonthMet ? "met" : share >= rule.shareWithinOneMonthAtRisk ? "at_risk" : "not_met";
  return { status, due, reviewedInTime, share, ...window };
}
