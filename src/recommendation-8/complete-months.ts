import { lastCompleteMonth } from "../operations/abstraction-share.js";

/**
 * The last `count` calendar months that are complete on the as-of date, oldest first, as YYYY-MM, ending
 * with `lastCompleteMonth`: on 31 March, March is complete; on 30 March, the last complete month is
 * February.
 *
 * @param asOf YYYY-MM-DD
 */
export function lastCompleteMonths(asOf: string, count: number): string[] {
  let [year, month] = lastCompleteMonth(asOf).split("-").map(Number);
  const months: string[] = [];
  for (let i = 0; i < count; i++) {
    months.unshift(`${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`);
    [year, month] = month === 1 ? [year - 1, 12] : [year, month - 1];
  }
  return months;
}
