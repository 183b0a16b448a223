import { type CalendarDay, calendarDay, dateParts, daysInMonth } from "../math/calendar-day.js";

/** A calendar month as a count of months since January of year 0: consecutive months differ by one. */
export type MonthIndex = number;

/** The month a day falls in. */
export function monthOf(day: CalendarDay): MonthIndex {
  const { year, month } = dateParts(day);
  return year * 12 + month - 1;
}

/** The last day of a month: the month end every register count is taken at. */
export function monthEnd(month: MonthIndex): CalendarDay {
  const year = Math.floor(month / 12);
  const monthOfYear = month - year * 12 + 1;
  return calendarDay(year, monthOfYear, daysInMonth(year, monthOfYear));
}

/** The first day of a month. */
export function monthStart(month: MonthIndex): CalendarDay {
  const year = Math.floor(month / 12);
  return calendarDay(year, month - year * 12 + 1, 1);
}
