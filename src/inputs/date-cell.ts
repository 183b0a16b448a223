import { type CalendarDay, calendarDay, daysInMonth } from "../math/calendar-day.js";

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
  return day === undefined || day < firstDayOf1900 ? undefined : day;
}

const firstDayOf1900 = calendarDay(1900, 1, 1);

/**
 * A date in either form `parseDateCell` reads, in any year: for `--as-of`, which names an early year in
 * its own message.
 *
 * @returns the day, or undefined if the text is not such a date or names a day that does not exist
 */
export function parseDateText(text: string): CalendarDay | undefined {
  // an extract holds tens of thousands of dates: no array is made for the parts
  let year: number, month: number, dayOfMonth: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    dayOfMonth = Number(iso[3]);
  } else {
    const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
    if (!uk) return undefined;
    year = Number(uk[3]);
    month = Number(uk[2]);
    dayOfMonth = Number(uk[1]);
  }
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) {
    return undefined;
  }
  return calendarDay(year, month, dayOfMonth);
}
