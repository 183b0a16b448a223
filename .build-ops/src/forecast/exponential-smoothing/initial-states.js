import { linearRegression, mean } from "simple-statistics";
/** How many of the first observations the starting guess looks at, as R's `ets` for yearly data. */
const OBSERVATIONS_FOR_START = 10;
/**
 * A first guess at the state before the first observation, from which the optimiser starts, made
 * as R's `ets` makes it for non-seasonal data (forecast package, function `initstate`). It looks
 * at the first ten observations, or all of them if there are fewer:
 *
 * - no trend: the level is their mean, the trend 0;
 * - a trend: the least-squares line through them against t = 1, 2, …; the level is its
 *   intercept (its value at t = 0) and the trend its slope. If level + trend is within 1e-8 of 0,
 *   R nudges them apart by 0.1% and so does this.
 *
 * The optimiser then fits these two numbers together with the smoothing parameters, so the guess
 * only decides where the search starts.
 *
 * @param history observations, oldest first; at least two for a trend
 */
export function initialStates(history, trendKind) {
    const count = Math.min(OBSERVATIONS_FOR_START, history.length);
    const first = history.slice(0, count);
    if (trendKind === "none")
        return { level: mean(first), trend: 0 };
    const { m: slope, b: intercept } = linearRegression(first.map((value, i) => [i + 1, value]));
    if (Math.abs(intercept + slope) < 1e-8)
        return { level: intercept * (1 + 0.001), trend: slope * (1 - 0.001) };
    return { level: intercept, trend: slope };
}
