import { type CalendarDay, calendarDay, dateParts, daysInMonth } from "../math/calendar-day.js";

/**
 * The last day that is still "within one calendar month" of a day, by the corresponding-date rule
 * English law uses for calendar months (Dodds v Walker [1981] 1 WLR 1027, HL): the same day of the
 * month in the next month, or that month's last day if it is shorter.
 *
 *   15 March → 15 April;  31 March → 30 April;  31 January → 28 February, or 29 February in a leap year;
 *   31 December → 31 January of the next year.
 *
 * A supervisor's review on or before this day counts as within one month; the day after is late.
 * A review on the day of completion is within.
 */
export function oneCalendarMonthAfter(day: CalendarDay): CalendarDay {
  const { year, month, dayOfMonth } = dateParts(day);
  const nextYear = month === 12 ? year + 1 : year;
  const nextMonth = (month % 12) + 1;
  return calendarDay(nextYear, nextMonth, Math.min(dayOfMonth, daysInMonth(nextYear, nextMonth)));
}
