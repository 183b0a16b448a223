import { monthShareWithoutLeaveAndSickness } from "../operations/abstraction-share.js";
import { allReasons } from "../operations/abstractions.js";
import type { OperationalMeasures } from "../operations/operational-measures.js";
import { formatCsv } from "./csv-export.js";

/** The columns of outlook.csv, one row per scenario, month and risk level. */
export const outlookColumns = ["scenario", "month_ending", "risk_level", "outstanding", "overdue", "months_to_clear_overdue"] as const;

/**
 * The operational measures as CSV files for Excel and Power BI, by file name. Hidden (suppressed)
 * counts and shares that do not apply are empty cells; shares are fractions from 0 to 1.
 * `abstractions.csv` and `regular-abstraction.csv` are there only when an abstractions extract was given;
 * abstractions.csv's share without annual leave and sickness is on each month's `(all reasons)` row only;
 * `outlook.csv` only with scenarios (a force profile). In outlook.csv the counts are expected numbers of
 * items, and `months_to_clear_overdue` (the risk level's, on each of its rows) is empty when the overdue
 * items are not cleared within the twelve months.
 */
export function operationsCsvFiles(measures: OperationalMeasures): Map<string, string> {
  const files = new Map<string, string>();
  files.set(
    "outstanding.csv",
    formatCsv(
      ["item_type", "risk_level", "band", "count", "oldest_days_overdue"],
      measures.outstanding.map((cell) => [cell.itemType, cell.riskLevel, cell.band, cell.count, cell.oldestDaysOverdue]),
    ),
  );
  files.set(
    "on-time-completion.csv",
    formatCsv(
      ["item_type", "due_month", "due", "completed_on_time", "completed_late", "outstanding", "share_completed_on_time"],
      measures.onTimeCompletion.map((row) => [
        row.itemType,
        row.month,
        row.due,
        row.completedOnTime,
        row.completedLate,
        row.outstanding,
        row.shareCompletedOnTime,
      ]),
    ),
  );
  files.set(
    "reviews.csv",
    formatCsv(
      [
        "item_type",
        "completed_month",
        "completed",
        "reviewed_within_one_month",
        "reviewed_after_one_month",
        "unreviewed_after_one_month",
        "review_month_not_over",
        "share_reviewed_within_one_month",
      ],
      measures.supervisorReviews.map((row) => [
        row.itemType,
        row.month,
        row.completed,
        row.reviewedWithinOneMonth,
        row.reviewedAfterOneMonth,
        row.unreviewedAfterOneMonth,
        row.reviewMonthNotOver,
        row.shareReviewedWithinOneMonth,
      ]),
    ),
  );
  if (measures.abstractions !== null) {
    files.set(
      "abstractions.csv",
      formatCsv(
        ["month", "reason", "hours", "share_of_available_hours", "staff_abstracted", "staff_regularly_abstracted", "share_of_available_hours_without_leave_and_sickness"],
        measures.abstractions.rows.map((row, _, rows) => [
          row.month,
          row.reason,
          row.hours,
          row.shareOfAvailableHours,
          row.staffAbstracted,
          row.staffRegularlyAbstracted,
          row.reason === allReasons ? monthShareWithoutLeaveAndSickness(rows, row.month, measures.availableHoursPerMonth) : null,
        ]),
      ),
    );
    files.set(
      "regular-abstraction.csv",
      formatCsv(
        ["reason", "staff_abstracted_in_three_or_more_consecutive_months"],
        measures.abstractions.regularlyAbstracted.map((row) => [row.reason, row.staff]),
      ),
    );
  }
  if (measures.outlook !== null) {
    files.set(
      "outlook.csv",
      formatCsv(
        outlookColumns,
        measures.outlook.flatMap((outlook) =>
          outlook.months.flatMap((month) =>
            month.byRiskLevel.map((row) => [outlook.scenario, month.monthEnding, row.riskLevel, row.outstanding, row.overdue, outlook.monthsToClearOverdue[row.riskLevel]]),
          ),
        ),
      ),
    );
  }
  return files;
}
