import type { ForecastFunction } from "./forecast.js";
import { COMBINATION_MINIMUM, combination } from "./methods/combination.js";
import { DAMPED_TREND_MINIMUM, dampedTrend } from "./methods/damped-trend.js";
import { HOLT_LINEAR_TREND_MINIMUM, holtLinearTrend } from "./methods/holt-linear-trend.js";
import { linearTrend } from "./methods/linear-trend.js";
import { logLinearTrend } from "./methods/log-linear-trend.js";
import { naive } from "./methods/naive.js";
import { randomWalkWithDrift } from "./methods/random-walk-with-drift.js";
import {
  SIMPLE_EXPONENTIAL_SMOOTHING_MINIMUM,
  simpleExponentialSmoothing,
} from "./methods/simple-exponential-smoothing.js";
import { THETA_MINIMUM, theta } from "./methods/theta.js";

/** A forecasting method as the command line and the backtest know it. */
export interface ForecastMethod {
  /** Name used on the command line (`--method drift`) and in every output. */
  name: string;
  /** What an analyst reads in a report, such as "random walk with drift". */
  label: string;
  /** Fewest observations the method can be fitted to. */
  minimumObservations: number;
  /** Where the method is defined, and the established implementation it is checked against. */
  reference: string;
  forecast: ForecastFunction;
}

/**
 * The one list of methods. Its order is the order of every table and chart, and the order in which
 * ties are broken when `auto` chooses.
 */
export const forecastMethods: readonly ForecastMethod[] = [
  {
    name: "naive",
    label: "naive (last value carried forward)",
    minimumObservations: 2, // one gives a point forecast, but its prediction interval needs one change to scale by
    reference: "Hyndman & Athanasopoulos, FPP3 §5.2; R forecast::naive(y)",
    forecast: naive,
  },
  {
    name: "drift",
    label: "random walk with drift",
    minimumObservations: 3,
    reference: "Hyndman & Athanasopoulos, FPP3 §5.2; R forecast::rwf(y, drift = TRUE)",
    forecast: randomWalkWithDrift,
  },
  {
    name: "linear",
    label: "linear trend",
    minimumObservations: 3,
    reference: "Hyndman & Athanasopoulos, FPP3 §7.6; R forecast(tslm(y ~ trend), h)",
    forecast: linearTrend,
  },
  {
    name: "log-linear",
    label: "compound growth (log-linear trend)",
    minimumObservations: 3,
    reference: "Hyndman & Athanasopoulos, FPP3 §5.6, §7.7; R forecast(tslm(y ~ trend, lambda = 0), h)",
    forecast: logLinearTrend,
  },
  {
    name: "ses",
    label: "simple exponential smoothing",
    minimumObservations: SIMPLE_EXPONENTIAL_SMOOTHING_MINIMUM,
    reference: "Hyndman & Athanasopoulos, FPP3 §8.1; Hyndman et al. (2008) ETS(A,N,N); R forecast::ses(y)",
    forecast: simpleExponentialSmoothing,
  },
  {
    name: "holt",
    label: "Holt's linear trend",
    minimumObservations: HOLT_LINEAR_TREND_MINIMUM,
    reference: "Hyndman & Athanasopoulos, FPP3 §8.2; Hyndman et al. (2008) ETS(A,A,N); R forecast::holt(y)",
    forecast: holtLinearTrend,
  },
  {
    name: "damped",
    label: "damped trend (Holt, damped)",
    minimumObservations: DAMPED_TREND_MINIMUM,
    reference: "Gardner & McKenzie (1985); FPP3 §8.2; Hyndman et al. (2008) ETS(A,Ad,N); R forecast::holt(y, damped = TRUE)",
    forecast: dampedTrend,
  },
  {
    name: "theta",
    label: "Theta (SES with drift)",
    minimumObservations: THETA_MINIMUM,
    reference: "Assimakopoulos & Nikolopoulos (2000); Hyndman & Billah (2003); R forecast::thetaf(y)",
    forecast: theta,
  },
  {
    name: "combination",
    label: "combination of five simple methods (median of naive, drift, SES, Holt and average growth rate)",
    minimumObservations: COMBINATION_MINIMUM,
    reference: "Jose & Winkler (2008) robust averages of forecasts; intervals calibrated on odd-numbered M3 yearly series (models/combination-calibration.json)",
    forecast: combination,
  },
  // each method file adds its entry here
];

/** The method of that name, or undefined. */
export function findForecastMethod(name: string): ForecastMethod | undefined {
  return forecastMethods.find((method) => method.name === name);
}
