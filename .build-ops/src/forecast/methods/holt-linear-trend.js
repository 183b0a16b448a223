import { additiveModelForecast } from "../exponential-smoothing/additive-model-forecast.js";
import { fewestObservations, fitAdditiveModel } from "../exponential-smoothing/fit-additive-model.js";
import { requireHistory } from "../exponential-smoothing/require-history.js";
/** Fewest observations: R's `holt` fits ETS(A,A,N) by optimisation only to more than eight. */
export const HOLT_LINEAR_TREND_MINIMUM = fewestObservations.linear;
/**
 * Holt's linear trend, ETS(A,A,N): a smoothed level and a smoothed yearly change, and a forecast
 * that carries the latest change on for ever in a straight line:
 *
 *   point(h)    = level + h · trend            (the state after the last observation)
 *   variance(h) = σ² · (1 + Σ_{j=1}^{h−1} (α + jβ)²)
 *
 * α, β and the starting level and trend are fitted by maximum likelihood (least squares on the
 * one-step errors) with R's bounds (0.0001 ≤ β ≤ α ≤ 0.9999), as R's `forecast::holt(y)`
 * (= `ets(y, "AAN", damped = FALSE, opt.crit = "mse")`); see Hyndman & Athanasopoulos, FPP3,
 * section 8.2.
 *
 * @param history observations in time order, oldest first, no gaps; at least nine
 * @param horizon how many periods ahead to forecast; at least one
 * @throws {RangeError} if the history has fewer than nine observations
 */
export function holtLinearTrend(history, horizon, options) {
    requireHistory("Holt's linear trend", history, HOLT_LINEAR_TREND_MINIMUM, horizon);
    return additiveModelForecast("holt", fitAdditiveModel(history, "linear"), horizon, options);
}
