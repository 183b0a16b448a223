import { additiveModelForecast } from "../exponential-smoothing/additive-model-forecast.js";
import { fewestObservations, fitAdditiveModel } from "../exponential-smoothing/fit-additive-model.js";
import { requireHistory } from "../exponential-smoothing/require-history.js";
import type { Forecast, ForecastOptions } from "../forecast.js";

/** Fewest observations: R's `ses` fits ETS(A,N,N) by optimisation only to more than six. */
export const SIMPLE_EXPONENTIAL_SMOOTHING_MINIMUM = fewestObservations.none;

/**
 * Simple exponential smoothing, ETS(A,N,N): the forecast is a level, a weighted average of past
 * observations with weights falling by the factor (1 − α) each year back, carried flat into the
 * future. The interval widens as the level may wander:
 *
 *   point(h)    = level after the last observation
 *   variance(h) = σ² · (1 + (h − 1) α²)
 *
 * α and the starting level are fitted by maximum likelihood (least squares on the one-step errors),
 * as R's `forecast::ses(y)` (= `ets(y, "ANN", opt.crit = "mse")`); see Hyndman & Athanasopoulos,
 * Forecasting: Principles and Practice (3rd ed.), section 8.1, and Hyndman et al. (2008), chapter 2.
 *
 * @param history observations in time order, oldest first, no gaps; at least seven
 * @param horizon how many periods ahead to forecast; at least one
 * @throws {RangeError} if the history has fewer than seven observations
 */
export function simpleExponentialSmoothing(history: readonly number[], horizon: number, options: ForecastOptions): Forecast {
  requireHistory("simple exponential smoothing", history, SIMPLE_EXPONENTIAL_SMOOTHING_MINIMUM, horizon);
  return additiveModelForecast("ses", fitAdditiveModel(history, "none"), horizon, options);
}
