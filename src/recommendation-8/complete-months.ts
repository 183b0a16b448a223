import { daysInMonth } from "../math/calendar-day.js";

/**
 * The last `count` calendar months that are complete on the as-of date, oldest first, as YYYY-MM. A
 * month is complete when the as-of date is its last day or later: on 31 March, March is complete; on
 * 30 March, the last complete month is February.
 *
 * @param asOf YYYY-MM-DD
 */
export function lastCompleteMonths(asOf: string, count: number): string[] {
  let year = Number(asOf.slice(0, 4));
  let month = Number(asOf.slice(5, 7));
  if (Number(asOf.slice(8, 10)) < daysInMonth(year, month)) [year, month] = previous(year, month);
  const months: string[] = [];
  for (let i = 0; i < count; i++) {
    months.unshift(`${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`);
    [year, month] = previous(year, month);
  }
  return months;
}

function previous(year: number, month: number): [number, number] {
  return month === 1 ? [year - 1, 12] : [year, month - 1];
}
