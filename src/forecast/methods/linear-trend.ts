import { linearRegression } from "simple-statistics";
import { studentTQuantile } from "../../math/student-t-quantile.js";
import type { Forecast, ForecastOptions } from "../forecast.js";

/**
 * Linear trend: the least-squares straight line through the history against time (years 1 to n),
 * carried on. It assumes the register grows by the same number every year, with independent
 * normal scatter around the line.
 *
 *   point(h)       = intercept + slope × (n + h)
 *   std. error(h)  = s × √(1 + 1/n + (n + h − t̄)² / Σ(t − t̄)²)
 *   interval       = point ± t(n − 2) × std. error, t(n − 2) the Student's t quantile
 *
 * where s² = Σ residual² / (n − 2) and t̄ = (n + 1)/2. The prediction interval allows for the
 * scatter of a new year around the line (the 1) and for the uncertainty in the fitted line (the
 * rest), which grows the further ahead the year is. Student's t is used instead of the normal
 * because s is estimated from only n − 2 degrees of freedom. This is R's
 * `forecast(tslm(y ~ trend), h)`; see Hyndman & Athanasopoulos, Forecasting: Principles and
 * Practice (3rd ed.), sections 7.1 and 7.6.
 *
 * It needs three observations: a line through two points fits them exactly and leaves no degrees of
 * freedom to measure the scatter from.
 *
 * @param history observations in time order, oldest first; at least three
 * @param horizon how many periods ahead to forecast; at least one
 * @throws {RangeError} if history has fewer than three observations
 * @example
 * linearTrend([10, 12, 15], 2, { levels: [] }).point; // => [17.333…, 19.833…]
 */
export function linearTrend(history: readonly number[], horizon: number, { levels }: ForecastOptions): Forecast {
  const n = history.length;
  if (n < 3) {
    throw new RangeError(`a linear trend needs at least three observations, got ${n}`);
  }
  const { m: slope, b: intercept } = linearRegression(history.map((value, i) => [i + 1, value]));
  const residualSumOfSquares = history.reduce((sum, value, i) => sum + (value - intercept - slope * (i + 1)) ** 2, 0);
  const residualStandardError = Math.sqrt(residualSumOfSquares / (n - 2));
  const meanTime = (n + 1) / 2;
  const timeSumOfSquares = (n * (n * n - 1)) / 12; // Σ(t − t̄)² for t = 1 … n
  const stepsAhead = Array.from({ length: horizon }, (_, i) => i + 1);

  const point = stepsAhead.map((h) => intercept + slope * (n + h));
  const standardError = stepsAhead.map(
    (h) => residualStandardError * Math.sqrt(1 + 1 / n + (n + h - meanTime) ** 2 / timeSumOfSquares),
  );
  const intervals = levels.map((level) => {
    const t = studentTQuantile(0.5 + level / 200, n - 2);
    return {
      level,
      lower: point.map((value, i) => value - t * standardError[i]),
      upper: point.map((value, i) => value + t * standardError[i]),
    };
  });

  return { method: "linear", point, intervals };
}
