import { calendarDay } from "../../src/math/calendar-day.js";
import type { ItemType, RiskLevel, WorkItem } from "../../src/operations/work-item.js";

/** A day from YYYY-MM-DD, for writing small extracts in tests. */
export function day(iso: string): number {
  const [year, month, dayOfMonth] = iso.split("-").map(Number);
  return calendarDay(year, month, dayOfMonth);
}

/** A work item from its type, risk level and dates, blank dates as undefined. */
export function item(itemType: ItemType, riskLevel: RiskLevel, due: string, completed?: string, reviewed?: string): WorkItem {
  return {
    itemType,
    riskLevel,
    dueDay: day(due),
    completedDay: completed === undefined ? null : day(completed),
    reviewedDay: reviewed === undefined ? null : day(reviewed),
  };
}
