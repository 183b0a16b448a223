/**
 * The variance of the forecast error h = 1, 2, … steps ahead for an additive-error exponential
 * smoothing model without seasonality: Hyndman et al. (2008), Forecasting with Exponential
 * Smoothing, chapter 6, "class 1" (linear homoscedastic models), as R's `forecast.ets` computes it:
 *
 *   variance(h) = σ² · (1 + c₁² + c₂² + … + c²₍h−1₎),   c_j = α + β · (φ + φ² + … + φ^j)
 *
 * For simple exponential smoothing (β = 0) that is σ² · (1 + (h − 1) α²); for Holt's linear trend
 * (φ = 1), c_j = α + jβ.
 *
 * @param residualVariance σ², the one-step error variance of the fitted model
 * @param horizon steps ahead, at least 1
 * @returns one variance per step ahead, 1 to horizon
 */
export function predictionVariances({ alpha, beta, phi }, residualVariance, horizon) {
    const variances = [];
    let sumOfSquaredWeights = 0;
    let dampingSum = 0;
    let dampingPower = 1;
    for (let step = 1; step <= horizon; step++) {
        variances.push(residualVariance * (1 + sumOfSquaredWeights));
        dampingPower *= phi;
        dampingSum += dampingPower;
        const weight = alpha + beta * dampingSum;
        sumOfSquaredWeights += weight * weight;
    }
    return variances;
}
