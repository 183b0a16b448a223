/**
 * How far a forecast of one series was from what happened, by the measures of the M3 and M4
 * forecasting competitions. Each function scores the steps ahead 1 to h of one forecast and returns
 * their mean; averaging over series is left to the caller (as M3 and M4 do: per series first, then
 * the plain mean over series).
 *
 * The definitions are those of Makridakis & Hibon (2000), "The M3-Competition", and of the M4
 * Competitor's Guide (2018), and of the shared benchmark script
 * `../shared/benchmarks/r-baselines/m3_r_baselines.R`, whose figures the tests reproduce.
 */
/**
 * sMAPE as in the M3 and M4 competitions, in per cent: the mean over steps of
 * 200 × |actual − forecast| / (|actual| + |forecast|). It runs from 0 to 200. A step where both the
 * actual and the forecast are zero counts as no error.
 */
export function smape(actual, forecast) {
    return meanOverSteps(actual, forecast, (value, predicted) => {
        const size = Math.abs(value) + Math.abs(predicted);
        return size === 0 ? 0 : (200 * Math.abs(value - predicted)) / size;
    });
}
/**
 * MAPE in per cent: the mean over steps of 100 × |actual − forecast| / |actual|. Infinite if an
 * actual value is zero, which is why the competitions prefer sMAPE and MASE.
 */
export function mape(actual, forecast) {
    return meanOverSteps(actual, forecast, (value, predicted) => (100 * Math.abs(value - predicted)) / Math.abs(value));
}
/**
 * The scale MASE and MSIS divide by (Hyndman & Koehler 2006, for series without seasons): the mean
 * absolute one-step change in the history, mean(|x[t] − x[t−1]|), which is the in-sample mean
 * absolute error of the naive forecast. Zero if the history never changes.
 *
 * @param history observations the forecast was made from, oldest first; at least two
 * @throws {RangeError} for fewer than two observations
 */
export function maseScale(history) {
    if (history.length < 2) {
        throw new RangeError(`the MASE scale needs at least two observations, got ${history.length}`);
    }
    let total = 0;
    for (let t = 1; t < history.length; t += 1)
        total += Math.abs(history[t] - history[t - 1]);
    return total / (history.length - 1);
}
/**
 * MASE: the mean over steps of |actual − forecast| / scale, with the scale from `maseScale` of the
 * history the forecast was made from. Below 1, the forecast erred less per step than the naive
 * forecast did one step ahead within the history. Infinite if the scale is zero.
 */
export function mase(actual, forecast, scale) {
    return meanOverSteps(actual, forecast, (value, predicted) => Math.abs(value - predicted) / scale);
}
/**
 * MSIS as in M4, at a level such as 95: the mean over steps of the interval score
 *
 *   (upper − lower) + (2 / a) × (lower − actual) if actual < lower
 *                   + (2 / a) × (actual − upper) if actual > upper,   a = 1 − level / 100,
 *
 * divided by the MASE scale. Wide intervals are penalised by their width, and narrow ones by
 * 2 / a (40 at 95%) times each miss, so a lower score is better (Gneiting & Raftery 2007).
 */
export function msis(actual, interval, level, scale) {
    const penalty = 2 / (1 - level / 100);
    checkSameLength(actual, interval.upper);
    return meanOverSteps(actual, interval.lower, (value, _, step) => {
        const lower = interval.lower[step];
        const upper = interval.upper[step];
        const below = value < lower ? penalty * (lower - value) : 0;
        const above = value > upper ? penalty * (value - upper) : 0;
        return (upper - lower + below + above) / scale;
    });
}
/** Interval coverage: the share (0 to 1) of steps whose actual value lies within lower ≤ actual ≤ upper. */
export function intervalCoverage(actual, interval) {
    checkSameLength(actual, interval.upper);
    return meanOverSteps(actual, interval.lower, (value, _, step) => interval.lower[step] <= value && value <= interval.upper[step] ? 1 : 0);
}
function meanOverSteps(actual, forecast, error) {
    checkSameLength(actual, forecast);
    let total = 0;
    for (let step = 0; step < actual.length; step += 1)
        total += error(actual[step], forecast[step], step);
    return total / actual.length;
}
function checkSameLength(actual, forecast) {
    if (actual.length === 0 || actual.length !== forecast.length) {
        throw new RangeError(`expected as many forecasts as actual values, at least one; got ${forecast.length} and ${actual.length}`);
    }
}
