/**
 * The first month of the forecast a plan may hire in, when no hire may start before `noHireBefore`:
 * the first month starting on or after that date, counted from the forecast's first month (0), the month
 * after the last recorded year end (April for a history ending 31 March). A date on or before the
 * forecast's first day gives 0. The result may be at or past the forecast's last month: the caller
 * checks it against the months the plan has.
 *
 * @example firstHireMonth("2025-03-31", "2026-03-31"); // => 12: no hire before 31 March 2026, the first in April 2026
 * @example firstHireMonth("2025-03-31", "2025-04-02"); // => 1: 1 April 2025 is too early, May 2025 is month 1
 * @param lastRecordedPeriodEnding the last year end of the caseload history, YYYY-MM-DD
 * @param noHireBefore YYYY-MM-DD
 */
export function firstHireMonth(lastRecordedPeriodEnding: string, noHireBefore: string): number {
  const monthCount = (date: string) => 12 * Number(date.slice(0, 4)) + Number(date.slice(5, 7)) - 1;
  const forecastStart = monthCount(lastRecordedPeriodEnding) + 1;
  const first = monthCount(noHireBefore) + (Number(noHireBefore.slice(8, 10)) === 1 ? 0 : 1);
  return Math.max(0, first - forecastStart);
}
