import { formatNumber } from "./csv-export.js";

/**
 * A number as people read it in a report: exactly `decimals` decimal places and commas between
 * thousands, such as `73,047` or `3.10`. Rounds as `formatNumber` does; never `-0`.
 *
 * @throws {RangeError} for NaN or an infinity
 * @example
 * readableNumber(1234567.891, 1); // => "1,234,567.9"
 */
export function readableNumber(value: number, decimals = 0): string {
  const text = formatNumber(value, decimals);
  const [whole, fraction = ""] = text.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ",");
  return decimals > 0 ? `${grouped}.${fraction.padEnd(decimals, "0")}` : grouped;
}
