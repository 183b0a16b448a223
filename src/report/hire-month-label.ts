const monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * The calendar month a hire in month `month` (1 to 12) of the forecast year ending `periodEnding`
 * arrives in: month 1 is the month after the previous year end, so April for years ending 31 March.
 *
 * @example hireMonthLabel("2027-03-31", 1); // => "April 2026"
 */
export function hireMonthLabel(periodEnding: string, month: number): string {
  const { year, monthNumber } = hireCalendarMonth(periodEnding, month);
  return `${monthNames[monthNumber - 1]} ${year}`;
}

/** The same month as `YYYY-MM`, for files: `hireMonthCode("2027-03-31", 1)` is `2026-04`. */
export function hireMonthCode(periodEnding: string, month: number): string {
  const { year, monthNumber } = hireCalendarMonth(periodEnding, month);
  return `${year}-${String(monthNumber).padStart(2, "0")}`;
}

function hireCalendarMonth(periodEnding: string, month: number): { year: number; monthNumber: number } {
  const endYear = Number(periodEnding.slice(0, 4));
  const endMonth = Number(periodEnding.slice(5, 7));
  const fromStart = endMonth - 12 + month; // calendar month counted from January of the end's year
  return fromStart >= 1 ? { year: endYear, monthNumber: fromStart } : { year: endYear - 1, monthNumber: fromStart + 12 };
}
