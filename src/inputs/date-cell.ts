import { type CalendarDay, calendarDay, dateParts, daysInMonth } from "../math/calendar-day.js";

/** Completes "expected …" in a message about a date cell. */
export const dateCellExpectation = "a date written YYYY-MM-DD or DD/MM/YYYY, such as 2025-03-31 or 31/03/2025";

/**
 * Reads a date cell as an extract writes it: ISO 8601 `YYYY-MM-DD`, or the UK form `DD/MM/YYYY` that
 * Excel writes on a UK machine (day and month may have one digit). Never `MM/DD/YYYY`: 03/04/2025 is
 * 3 April. Years before 1900 are refused as typing errors.
 *
 * @returns the day, or undefined if the text is not such a date or names a day that does not exist
 */
export function parseDateCell(text: string): CalendarDay | undefined {
  const day = parseDateText(text);
  return day === undefined || dateParts(day).year < 1900 ? undefined : day;
}

/**
 * A date in either form `parseDateCell` reads, in any year: for `--as-of`, which names an early year in
 * its own message.
 *
 * @returns the day, or undefined if the text is not such a date or names a day that does not exist
 */
export function parseDateText(text: string): CalendarDay | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const uk = iso ? null : /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!iso && !uk) return undefined;
  const [year, month, dayOfMonth] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : [Number(uk![3]), Number(uk![2]), Number(uk![1])];
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) {
    return undefined;
  }
  return calendarDay(year, month, dayOfMonth);
}
