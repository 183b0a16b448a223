import type { Forecast, ForecastOptions } from "../forecast.js";
import type { FittedAdditiveModel } from "./fit-additive-model.js";
import { normalIntervals } from "../normal-intervals.js";
import { predictionVariances } from "./prediction-variance.js";

/**
 * Forecasts from a fitted ETS(A,N,N), ETS(A,A,N) or ETS(A,Ad,N) model, as R's `forecast.ets`:
 *
 *   point(h)    = level + (φ + φ² + … + φ^h) · trend    (the last fitted state)
 *   interval(h) = point(h) ± z · √variance(h),           z the standard normal quantile for the level
 *
 * with `predictionVariances` for the variance. The errors are taken to be normal, as R takes them.
 *
 * @param method the method's name, for the result
 * @param horizon steps ahead, at least 1
 */
export function additiveModelForecast(
  method: string,
  model: FittedAdditiveModel,
  horizon: number,
  { levels }: ForecastOptions,
): Forecast {
  const { level, trend } = model.finalState;
  const { phi } = model.parameters;
  const point: number[] = [];
  let dampingSum = 0;
  let dampingPower = 1;
  for (let step = 1; step <= horizon; step++) {
    dampingPower *= phi;
    dampingSum += dampingPower;
    point.push(level + dampingSum * trend);
  }
  const standardErrors = predictionVariances(model.parameters, model.residualVariance, horizon).map(Math.sqrt);
  return { method, point, intervals: normalIntervals(point, standardErrors, levels) };
}
