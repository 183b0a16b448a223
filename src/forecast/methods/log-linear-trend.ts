import type { Forecast, ForecastOptions } from "../forecast.js";
import { linearTrend } from "./linear-trend.js";

/**
 * Compound growth (log-linear trend): the straight line fitted by least squares to the natural
 * logarithms of the history, turned back into counts. It assumes the register grows by the same
 * percentage every year, so its forecasts curve upwards (or flatten towards zero if it is falling).
 *
 *   log point(h)   = linear trend of log(history), as in `linearTrend`
 *   point(h)       = exp(log point(h))
 *   interval       = exp of the linear trend's interval on the log scale
 *
 * The point forecast is the **median** of the forecast distribution, not its mean: half the
 * probability lies above it. The mean would be higher by a factor of about exp(σ²/2), where σ is
 * the standard error on the log scale. The intervals are not symmetric: they stretch further above
 * the point than below. Annual growth is exp(slope) − 1. This is R's
 * `forecast(tslm(y ~ trend, lambda = 0), h)` with its default `biasadj = FALSE`; see Hyndman &
 * Athanasopoulos, Forecasting: Principles and Practice (3rd ed.), sections 5.6 and 7.7.
 *
 * It needs three observations, for the same reason as the linear trend, and every one above zero,
 * because a logarithm exists only for positive numbers.
 *
 * @param history observations in time order, oldest first; at least three, each above zero
 * @param horizon how many periods ahead to forecast; at least one
 * @throws {RangeError} if history has fewer than three observations, or any that is zero or negative, or
 *   if the forecast or its upper bounds would be too large to represent (a history that swings by orders
 *   of magnitude)
 * @example
 * logLinearTrend([100, 110, 121], 2, { levels: [] }).point; // => [133.1, 146.41] (10% a year)
 */
export function logLinearTrend(history: readonly number[], horizon: number, options: ForecastOptions): Forecast {
  if (history.length < 3) {
    throw new RangeError(`compound growth (log-linear trend) needs at least three observations, got ${history.length}`);
  }
  const notPositive = history.findIndex((value) => !(value > 0));
  if (notPositive >= 0) {
    throw new RangeError(
      `compound growth (log-linear trend) needs every observation above zero, because it works on their ` +
        `logarithms; observation ${notPositive + 1} is ${history[notPositive]}`,
    );
  }
  const onLogScale = linearTrend(
    history.map((value) => Math.log(value)),
    horizon,
    options,
  );
  const forecast: Forecast = {
    method: "log-linear",
    point: onLogScale.point.map(Math.exp),
    intervals: onLogScale.intervals.map(({ level, lower, upper }) => ({
      level,
      lower: lower.map(Math.exp),
      upper: upper.map(Math.exp),
    })),
  };
  // exp of a wide interval on the log scale can pass the largest number there is: a history that swings
  // by orders of magnitude from year to year has no steady growth rate to carry forward
  const bounds = forecast.intervals.flatMap(({ upper }) => upper);
  if (![...forecast.point, ...bounds].every(Number.isFinite)) {
    throw new RangeError(
      "compound growth (log-linear trend) cannot give finite prediction intervals for this history: its counts swing too far from year to year for a steady growth rate",
    );
  }
  return forecast;
}
