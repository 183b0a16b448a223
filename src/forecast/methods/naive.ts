import type { Forecast, ForecastOptions } from "../forecast.js";
import { normalIntervals } from "../normal-intervals.js";

/**
 * Naive forecast: every future year is expected to equal the last one seen. It assumes the register
 * moves as a random walk with no tendency to rise or fall, and is the yardstick every other method
 * must beat (MASE divides by its errors).
 *
 *   point(h)       = last
 *   std. error(h)  = σ × √h,  σ² = mean of the squared year-on-year changes
 *
 * σ is the root mean square of the changes, not their standard deviation: the model says a change
 * has mean zero, so nothing is subtracted and the divisor is the number of changes. This is R's
 * `forecast::naive(y)` (the same as `rwf(y)`); see Hyndman & Athanasopoulos, Forecasting: Principles
 * and Practice (3rd ed.), sections 5.2 and 5.5.
 *
 * One observation is enough for the point forecast; prediction intervals need two, so that there is
 * at least one change to measure the spread from.
 *
 * @param history observations in time order, oldest first; at least one, or two if any levels are asked for
 * @param horizon how many periods ahead to forecast; at least one
 * @throws {RangeError} if history is empty, or has one observation and levels are asked for
 * @example
 * naive([10, 12, 15], 2, { levels: [] }).point; // => [15, 15]
 */
export function naive(history: readonly number[], horizon: number, { levels }: ForecastOptions): Forecast {
  if (history.length < 1) {
    throw new RangeError("the naive method needs at least one observation, got 0");
  }
  if (history.length < 2 && levels.length > 0) {
    throw new RangeError(
      `the naive method needs at least two observations for prediction intervals, got ${history.length}`,
    );
  }
  const changes = history.slice(1).map((value, i) => value - history[i]);
  const spread = Math.sqrt(changes.reduce((sum, change) => sum + change * change, 0) / changes.length);
  const last = history[history.length - 1];
  const stepsAhead = Array.from({ length: horizon }, (_, i) => i + 1);

  const point = stepsAhead.map(() => last);
  const standardError = stepsAhead.map((h) => spread * Math.sqrt(h));
  return { method: "naive", point, intervals: normalIntervals(point, standardError, levels) };
}
