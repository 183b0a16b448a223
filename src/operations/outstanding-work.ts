import type { CalendarDay } from "../math/calendar-day.js";
import { isSmall } from "./small-cell-suppression.js";
import { type ItemType, type RiskLevel, type WorkItem, itemTypes, riskLevels } from "./work-item.js";

/** How overdue an outstanding item is on the as-of date, in whole days past its due date. */
export const latenessBands = ["not_yet_due", "overdue_1_to_30_days", "overdue_31_to_90_days", "overdue_over_90_days"] as const;
export type LatenessBand = (typeof latenessBands)[number];

export const latenessBandLabels: Readonly<Record<LatenessBand, string>> = {
  not_yet_due: "Not yet due",
  overdue_1_to_30_days: "1–30 days overdue",
  overdue_31_to_90_days: "31–90 days overdue",
  overdue_over_90_days: "Over 90 days overdue",
};

/**
 * The band of an item `daysOverdue` days past its due date (as-of date − due date). An item due on the
 * as-of date itself is 0 days overdue: not yet due. 30 days overdue is the last day of the first band,
 * 31 the first of the second; 90 the last of the second, 91 the first of "over 90".
 */
export function latenessBand(daysOverdue: number): LatenessBand {
  if (daysOverdue <= 0) return "not_yet_due";
  if (daysOverdue <= 30) return "overdue_1_to_30_days";
  if (daysOverdue <= 90) return "overdue_31_to_90_days";
  return "overdue_over_90_days";
}

/** The outstanding items of one type, risk level and lateness band. */
export interface OutstandingCell {
  itemType: ItemType;
  riskLevel: RiskLevel;
  band: LatenessBand;
  /** Items not completed by the as-of date; null if suppressed as a small count. */
  count: number | null;
  /** Days overdue of the oldest item in the cell; null for "not yet due", an empty cell, or a suppressed one. */
  oldestDaysOverdue: number | null;
}

/**
 * Outstanding work on the as-of date by item type × risk level × lateness band, as Recommendation 8
 * asks ("assessed by risk level and by how overdue they are"), with how overdue the oldest item in each
 * cell is. An item is outstanding if it has no completion date (the extract holds no completion after
 * the as-of date). Every one of the 3 × 4 × 4 = 48 cells is given, empty ones with a count of 0, in
 * the order of `itemTypes`, `riskLevels` and `latenessBands`.
 *
 * @param suppressBelow counts from 1 to this − 1 are hidden with their oldest item; 0 hides nothing
 */
export function outstandingWork(
  items: readonly WorkItem[],
  { asOf, suppressBelow = 0 }: { asOf: CalendarDay; suppressBelow?: number },
): OutstandingCell[] {
  const cells = new Map<string, { count: number; oldest: number }>();
  for (const item of items) {
    if (item.completedDay !== null) continue;
    const daysOverdue = asOf - item.dueDay;
    const key = `${item.itemType}|${item.riskLevel}|${latenessBand(daysOverdue)}`;
    const cell = cells.get(key);
    if (cell) {
      cell.count++;
      cell.oldest = Math.max(cell.oldest, daysOverdue);
    } else {
      cells.set(key, { count: 1, oldest: daysOverdue });
    }
  }

  return itemTypes.flatMap((itemType) =>
    riskLevels.flatMap((riskLevel) =>
      latenessBands.map((band) => {
        const cell = cells.get(`${itemType}|${riskLevel}|${band}`) ?? { count: 0, oldest: 0 };
        const hidden = isSmall(cell.count, suppressBelow);
        return {
          itemType,
          riskLevel,
          band,
          count: hidden ? null : cell.count,
          oldestDaysOverdue: hidden || cell.count === 0 || band === "not_yet_due" ? null : cell.oldest,
        };
      }),
    ),
  );
}
