import { type CalendarDay, monthsBetween, yearMonth } from "../math/calendar-day.js";
import { oneCalendarMonthAfter } from "./one-calendar-month-after.js";
import { smallCellsToSuppress } from "./small-cell-suppression.js";
import { type ItemType, type WorkItem, itemTypes } from "./work-item.js";

/** Supervisor reviews of the work of one type completed in one calendar month. Counts are null where suppressed. */
export interface SupervisorReviewRow {
  itemType: ItemType;
  /** The month the work was completed, YYYY-MM. */
  month: string;
  /** Items completed in the month; the sum of the next four counts. */
  completed: number | null;
  /** Month over; reviewed on or before one calendar month after completion. */
  reviewedWithinOneMonth: number | null;
  /** Month over; reviewed later than that, by the as-of date. */
  reviewedAfterOneMonth: number | null;
  /** Month over; still not reviewed on the as-of date. */
  unreviewedAfterOneMonth: number | null;
  /** The month for review runs to the as-of date or beyond, so it is too soon to judge (reviewed or not). */
  reviewMonthNotOver: number | null;
  /**
   * reviewedWithinOneMonth ÷ (completed − reviewMonthNotOver), a fraction from 0 to 1: of the items
   * whose month for review is over, the share reviewed in time. Null when there are none or a count is hidden.
   */
  shareReviewedWithinOneMonth: number | null;
}

/**
 * Whether supervisors reviewed completed work "promptly and within one month" (Recommendation 8), by
 * item type and the calendar month of completion.
 *
 * "Within one calendar month" follows `oneCalendarMonthAfter`: work completed on 31 January must be
 * reviewed by 28 February (29 in a leap year); on 15 March, by 15 April. A month for review is over
 * when that last day is before the as-of date. Items whose month is not over are counted apart and left
 * out of the share, so that the latest month's share is not flattered by the reviews already done
 * while the slower ones are still pending.
 *
 * Months run from the earliest completion month in the extract to the as-of month, every type in
 * each, with zeros where nothing was completed.
 *
 * @param suppressBelow counts from 1 to this − 1 are hidden (and one more part of the same row, so that
 *   it cannot be got from the total); the share of a row with a hidden count is hidden too
 */
export function supervisorReviews(
  items: readonly WorkItem[],
  { asOf, suppressBelow = 0 }: { asOf: CalendarDay; suppressBelow?: number },
): SupervisorReviewRow[] {
  const counts = new Map<string, number[]>();
  let firstMonth = yearMonth(asOf);
  for (const item of items) {
    if (item.completedDay === null) continue;
    const month = yearMonth(item.completedDay);
    if (month < firstMonth) firstMonth = month;
    const key = `${item.itemType}|${month}`;
    // within, after, unreviewed, not over
    const count = counts.get(key) ?? [0, 0, 0, 0];
    const lastDay = oneCalendarMonthAfter(item.completedDay);
    if (lastDay >= asOf) count[3]++;
    else if (item.reviewedDay === null) count[2]++;
    else if (item.reviewedDay <= lastDay) count[0]++;
    else count[1]++;
    counts.set(key, count);
  }

  return monthsBetween(firstMonth, yearMonth(asOf)).flatMap((month) =>
    itemTypes.map((itemType) => {
      const parts = counts.get(`${itemType}|${month}`) ?? [0, 0, 0, 0];
      const [within, after, unreviewed, notOver] = parts;
      const completed = within + after + unreviewed + notOver;
      const [hideCompleted] = smallCellsToSuppress([completed], suppressBelow);
      const hideParts = hideCompleted ? [true, true, true, true] : smallCellsToSuppress(parts, suppressBelow, { partsOfShownTotal: true });
      const judged = completed - notOver;
      return {
        itemType,
        month,
        completed: hideCompleted ? null : completed,
        reviewedWithinOneMonth: hideParts[0] ? null : within,
        reviewedAfterOneMonth: hideParts[1] ? null : after,
        unreviewedAfterOneMonth: hideParts[2] ? null : unreviewed,
        reviewMonthNotOver: hideParts[3] ? null : notOver,
        shareReviewedWithinOneMonth: hideCompleted || hideParts.some(Boolean) || judged === 0 ? null : within / judged,
      };
    }),
  );
}
