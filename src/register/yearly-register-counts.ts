import { type CalendarDay, dateParts } from "../math/calendar-day.js";
import type { RegisterHistory } from "./register-history.js";

/** The register at one year end of its history. */
export interface YearlyRegisterCount {
  yearEnding: CalendarDay;
  community: number;
  custody: number;
}

/**
 * The history's counts once a year, at the month end of the history's last month and every twelve
 * months back, oldest first. When the last month is February, January's end is used instead, so that
 * every year ends on the same day (29 February comes only in leap years).
 */
export function yearlyRegisterCounts(history: RegisterHistory): YearlyRegisterCount[] {
  const { months } = history;
  if (months.length === 0) return [];
  const lastIndex = dateParts(months[months.length - 1].monthEnding).month === 2 ? months.length - 2 : months.length - 1;
  const counts: YearlyRegisterCount[] = [];
  for (let index = lastIndex; index >= 0; index -= 12) {
    counts.unshift({ yearEnding: months[index].monthEnding, community: months[index].community, custody: months[index].custody });
  }
  return counts;
}
