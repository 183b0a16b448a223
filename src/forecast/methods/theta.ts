import { linearRegression } from "simple-statistics";
import { fewestObservations, fitAdditiveModel } from "../exponential-smoothing/fit-additive-model.js";
import { normalIntervals } from "../normal-intervals.js";
import { requireHistory } from "../exponential-smoothing/require-history.js";
import type { Forecast, ForecastOptions } from "../forecast.js";

/** Fewest observations: as simple exponential smoothing, which Theta is built on. */
export const THETA_MINIMUM = fewestObservations.none;

/** The smallest α the drift term divides by, as R's `thetaf` (so that α near 0 cannot divide by 0). */
const SMALLEST_ALPHA = 1e-10;

/**
 * The Theta method (Assimakopoulos & Nikolopoulos 2000), the winner of the M3 competition, in the
 * form Hyndman & Billah (2003) showed it to be: simple exponential smoothing with drift. The drift
 * is half the slope b of the least-squares line through the history:
 *
 *   point(h)          = SES point + (b/2) · (h − 1 + 1/α − (1 − α)ⁿ/α)
 *   standard error(h) = σ · √(1 + (h − 1) α²)
 *
 * where α and σ² are those of the simple exponential smoothing fit (`ses`) to the n observations.
 * The interval is SES's, centred on the drifting point, as R's `forecast::thetaf(y)` makes it: it
 * takes no account of the uncertainty in the slope.
 *
 * @param history observations in time order, oldest first, no gaps; at least seven
 * @param horizon how many periods ahead to forecast; at least one
 * @throws {RangeError} if the history has fewer than seven observations
 */
export function theta(history: readonly number[], horizon: number, { levels }: ForecastOptions): Forecast {
  requireHistory("Theta", history, THETA_MINIMUM, horizon);
  const model = fitAdditiveModel(history, "none");
  const count = history.length;
  const drift = linearRegression(history.map((value, t) => [t, value])).m / 2;
  const alpha = Math.max(SMALLEST_ALPHA, model.parameters.alpha);
  const drifted = (1 - (1 - alpha) ** count) / alpha;
  const sigma = Math.sqrt(model.residualVariance);

  const point: number[] = [];
  const standardErrors: number[] = [];
  for (let step = 1; step <= horizon; step++) {
    point.push(model.finalState.level + drift * (step - 1 + drifted));
    standardErrors.push(sigma * Math.sqrt((step - 1) * alpha * alpha + 1));
  }
  return { method: "theta", point, intervals: normalIntervals(point, standardErrors, levels) };
}
