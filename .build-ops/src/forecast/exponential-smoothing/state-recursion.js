/**
 * Runs an additive-error exponential smoothing model through a history, one observation at a time
 * (Hyndman et al. 2008, section 2.5.1, with the trend damped by φ):
 *
 *   forecast[t] = level[t−1] + φ · trend[t−1]
 *   e[t]        = y[t] − forecast[t]
 *   level[t]    = forecast[t] + α · e[t]
 *   trend[t]    = φ · trend[t−1] + (β / α) · (level[t] − level[t−1] − φ · trend[t−1])  (= φ · trend[t−1] + β · e[t])
 *
 * Simple exponential smoothing is the case β = 0, trend 0; Holt's linear trend is φ = 1. The
 * arithmetic is done in the order of R's C routine `etscalc`, running mean of squared errors
 * included, so that the optimiser sees the same numbers R's does.
 *
 * @param history observations, oldest first, no gaps
 * @param parameters α, β and φ
 * @param initialState the state before the first observation
 */
export function runStateRecursion(history, { alpha, beta, phi }, initialState) {
    let level = initialState.level;
    let trend = initialState.trend;
    let sumOfSquaredErrors = 0;
    let meanSquaredError = 0;
    const trendShare = beta / alpha;
    for (let t = 0; t < history.length; t++) {
        const previousLevel = level;
        const dampedTrend = phi * trend;
        const forecast = previousLevel + dampedTrend;
        const error = history[t] - forecast;
        meanSquaredError = (meanSquaredError * t + error * error) / (t + 1);
        level = forecast + alpha * (history[t] - forecast);
        trend = dampedTrend + trendShare * (level - previousLevel - dampedTrend);
        sumOfSquaredErrors += error * error;
    }
    return { sumOfSquaredErrors, meanSquaredError, finalState: { level, trend } };
}
