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

/**
 * The months `months` (1 to 12, in order) of the forecast year ending `periodEnding`, named as
 * `hireMonthLabel` names them, separated by commas, a run of three or more in a row written as its first
 * and last: `hireMonthLabels("2026-03-31", [1, 2, 3, 4, 9])` is `April 2025 to July 2025, December 2025`.
 */
export function hireMonthLabels(periodEnding: string, months: readonly number[]): string {
  const runs: number[][] = [];
  for (const month of months) {
    const run = runs[runs.length - 1];
    if (run !== undefined && month === run[run.length - 1] + 1) run.push(month);
    else runs.push([month]);
  }
  return runs
    .flatMap((run) =>
      run.length >= 3 ? [`${hireMonthLabel(periodEnding, run[0])} to ${hireMonthLabel(periodEnding, run[run.length - 1])}`] : run.map((month) => hireMonthLabel(periodEnding, month)),
    )
    .join(", ");
}
