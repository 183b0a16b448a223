/**
 * A calendar date held as a whole number: days since 1 January 1970. Dates in extracts have no time
 * of day or time zone, so counting days is exact and "days overdue" is a subtraction.
 */
export type CalendarDay = number;

/**
 * The day of a year, month (1–12) and day of the month; the caller has checked the date exists.
 * Howard Hinnant's `days_from_civil` (chrono-Compatible Low-Level Date Algorithms, 2013): integer
 * arithmetic on the proleptic Gregorian calendar, about ten times faster than building a `Date`.
 */
export function calendarDay(year: number, month: number, dayOfMonth: number): CalendarDay {
  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + dayOfMonth - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The year, month (1–12) and day of the month of a day: Hinnant's `civil_from_days`. */
export function dateParts(day: CalendarDay): { year: number; month: number; dayOfMonth: number } {
  const shifted = day + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfMonth };
}

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of a year, with 29 in February of a Gregorian leap year. */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : monthLengths[month - 1];
}

/** The day as YYYY-MM-DD. */
export function isoDate(day: CalendarDay): string {
  const { year, month, dayOfMonth } = dateParts(day);
  return `${year}-${month < 10 ? "0" : ""}${month}-${dayOfMonth < 10 ? "0" : ""}${dayOfMonth}`;
}

/** The day's calendar month as YYYY-MM, which sorts in time order as text. */
export function yearMonth(day: CalendarDay): string {
  const { year, month } = dateParts(day);
  return `${year}-${month < 10 ? "0" : ""}${month}`;
}

/** Every month from `first` to `last` (both YYYY-MM) in order; empty if `last` is before `first`. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  for (let text = first; text <= last; text = `${year}-${String(month).padStart(2, "0")}`) {
    months.push(text);
    month = (month % 12) + 1;
    if (month === 1) year++;
  }
  return months;
}

/** Day of the week, 0 for Sunday to 6 for Saturday (1 January 1970 was a Thursday). */
export function dayOfWeek(day: CalendarDay): number {
  return (((day + 4) % 7) + 7) % 7;
}
