import { type CalendarDay, monthsBetween, yearMonth } from "../math/calendar-day.js";
import { smallCellsToSuppress } from "./small-cell-suppression.js";
import { type ItemType, type WorkItem, itemTypes } from "./work-item.js";

/** How the work of one type due in one calendar month was done. Counts are null where suppressed. */
export interface OnTimeCompletionRow {
  itemType: ItemType;
  /** The month the items were due, YYYY-MM. */
  month: string;
  /** Items due in the month, on or before the as-of date. */
  due: number | null;
  /** Completed on or before the due date (early counts as on time). */
  completedOnTime: number | null;
  /** Completed after the due date, by the as-of date. */
  completedLate: number | null;
  /** Not completed by the as-of date. */
  outstanding: number | null;
  /** completedOnTime ÷ due, a fraction from 0 to 1; null when nothing was due or a count is hidden. */
  shareCompletedOnTime: number | null;
}

/**
 * The share of work completed on time, by item type and the calendar month it was due: the measure
 * behind Norfolk's "visits completed fell from 91% to 73%". Only items due on or before the as-of date
 * count, so the as-of month holds the items due so far in it. Months run from the earliest due month
 * in the extract to the as-of month, every type in each, with zeros where nothing was due.
 *
 * @param suppressBelow counts from 1 to this − 1 are hidden (and one more part of the same row, so that
 *   it cannot be got from the total); the share of a row with a hidden count is hidden too
 */
export function onTimeCompletion(
  items: readonly WorkItem[],
  { asOf, suppressBelow = 0 }: { asOf: CalendarDay; suppressBelow?: number },
): OnTimeCompletionRow[] {
  const counts = new Map<string, { onTime: number; late: number; outstanding: number }>();
  let firstMonth = yearMonth(asOf);
  for (const item of items) {
    if (item.dueDay > asOf) continue;
    const month = yearMonth(item.dueDay);
    if (month < firstMonth) firstMonth = month;
    const key = `${item.itemType}|${month}`;
    const count = counts.get(key) ?? { onTime: 0, late: 0, outstanding: 0 };
    if (item.completedDay === null) count.outstanding++;
    else if (item.completedDay <= item.dueDay) count.onTime++;
    else count.late++;
    counts.set(key, count);
  }

  return monthsBetween(firstMonth, yearMonth(asOf)).flatMap((month) =>
    itemTypes.map((itemType) => {
      const { onTime, late, outstanding } = counts.get(`${itemType}|${month}`) ?? { onTime: 0, late: 0, outstanding: 0 };
      const due = onTime + late + outstanding;
      const [hideDue] = smallCellsToSuppress([due], suppressBelow);
      const hideParts = hideDue ? [true, true, true] : smallCellsToSuppress([onTime, late, outstanding], suppressBelow, { partsOfShownTotal: true });
      const anyHidden = hideDue || hideParts.some(Boolean);
      return {
        itemType,
        month,
        due: hideDue ? null : due,
        completedOnTime: hideParts[0] ? null : onTime,
        completedLate: hideParts[1] ? null : late,
        outstanding: hideParts[2] ? null : outstanding,
        shareCompletedOnTime: anyHidden || due === 0 ? null : onTime / due,
      };
    }),
  );
}
