/**
 * The trend of an additive-error exponential smoothing model without seasonality, in the ETS
 * taxonomy of Hyndman et al. (2008), Forecasting with Exponential Smoothing, table 2.1:
 *
 * - `none`: ETS(A,N,N), simple exponential smoothing; a level only.
 * - `linear`: ETS(A,A,N), Holt's linear trend; a level and a slope carried on for ever.
 * - `damped`: ETS(A,Ad,N), the damped trend; the slope shrinks by the factor φ each year ahead.
 */
export type TrendKind = "none" | "linear" | "damped";

/**
 * Smoothing parameters, as R's `ets` names them. In error-correction form, with one-step error
 * e[t] = y[t] − (level[t−1] + φ · trend[t−1]):
 *
 *   level[t] = level[t−1] + φ · trend[t−1] + α · e[t]
 *   trend[t] =               φ · trend[t−1] + β · e[t]
 *
 * (β here is α · β* in Hyndman & Athanasopoulos' notation.)
 */
export interface SmoothingParameters {
  /** Level smoothing α, a fraction; near 1 the level follows the latest observation. */
  alpha: number;
  /** Trend smoothing β, a fraction no bigger than α; 0 in a model with no trend. */
  beta: number;
  /** Damping factor φ, a fraction; 1 in a model whose trend is not damped. */
  phi: number;
}

/** The model's state at one time: where the series is, and how fast it is moving. */
export interface ModelState {
  /** The level, in the series' own units (registered sex offenders). */
  level: number;
  /** The change per year, in the same units; 0 in a model with no trend. */
  trend: number;
}
