import { mean, sampleStandardDeviation } from "simple-statistics";
import type { Forecast, ForecastOptions } from "../forecast.js";
import { normalIntervals } from "../normal-intervals.js";

/**
 * Random walk with drift: each period adds the average change seen in the history, so the
 * forecast carries on the straight line through the first and last observations.
 *
 *   drift          = mean of the n year-on-year changes = (last − first) / n
 *   point(h)       = last + h × drift
 *   std. error(h)  = s × √(h + h² / n), s = sample standard deviation of the changes
 *
 * The h² / n term widens the interval for the uncertainty in the drift itself. This is R's
 * `forecast::rwf(y, drift = TRUE)`; see Hyndman & Athanasopoulos, Forecasting: Principles and
 * Practice (3rd ed.), sections 5.2 and 5.5.
 *
 * It needs three observations: two changes are the fewest a sample standard deviation can be
 * taken from.
 *
 * @param history observations in time order, oldest first; at least three
 * @param horizon how many periods ahead to forecast; at least one
 * @throws {RangeError} if history has fewer than three observations
 * @example
 * randomWalkWithDrift([10, 12, 15], 2, { levels: [80] }).point; // => [17.5, 20]
 */
export function randomWalkWithDrift(
  history: readonly number[],
  horizon: number,
  { levels }: ForecastOptions,
): Forecast {
  if (history.length < 3) {
    throw new RangeError(`random walk with drift needs at least three observations, got ${history.length}`);
  }
  const changes = history.slice(1).map((value, i) => value - history[i]);
  const drift = mean(changes);
  const spread = sampleStandardDeviation(changes);
  const last = history[history.length - 1];
  const stepsAhead = Array.from({ length: horizon }, (_, i) => i + 1);

  const point = stepsAhead.map((h) => last + h * drift);
  const standardError = stepsAhead.map((h) => spread * Math.sqrt(h + (h * h) / changes.length));
  return { method: "drift", point, intervals: normalIntervals(point, standardError, levels) };
}
