import { additiveModelForecast } from "../exponential-smoothing/additive-model-forecast.js";
import { fewestObservations, fitAdditiveModel } from "../exponential-smoothing/fit-additive-model.js";
import { requireHistory } from "../exponential-smoothing/require-history.js";
/** Fewest observations: R's `holt(damped = TRUE)` fits ETS(A,Ad,N) by optimisation only to more than nine. */
export const DAMPED_TREND_MINIMUM = fewestObservations.damped;
/**
 * Holt's damped trend, ETS(A,Ad,N): like Holt's linear trend, but each year ahead adds only φ times
 * the previous year's change, so the forecast levels off towards level + trend · φ / (1 − φ):
 *
 *   point(h)    = level + (φ + φ² + … + φ^h) · trend
 *   variance(h) = σ² · (1 + Σ_{j=1}^{h−1} (α + β(φ + … + φ^j))²)
 *
 * α, β, φ and the starting level and trend are fitted by maximum likelihood (least squares on the
 * one-step errors) within R's bounds (0.0001 ≤ β ≤ α ≤ 0.9999, 0.8 ≤ φ ≤ 0.98), as R's
 * `forecast::holt(y, damped = TRUE)` (= `ets(y, "AAN", damped = TRUE, opt.crit = "mse")`).
 * Gardner & McKenzie (1985) introduced it; in the M3 competition it was among the most accurate
 * methods on yearly series. See Hyndman & Athanasopoulos, FPP3, section 8.2.
 *
 * @param history observations in time order, oldest first, no gaps; at least ten
 * @param horizon how many periods ahead to forecast; at least one
 * @throws {RangeError} if the history has fewer than ten observations
 */
export function dampedTrend(history, horizon, options) {
    requireHistory("damped trend", history, DAMPED_TREND_MINIMUM, horizon);
    return additiveModelForecast("damped", fitAdditiveModel(history, "damped"), horizon, options);
}
