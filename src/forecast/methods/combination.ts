import type { Forecast, ForecastFunction, ForecastOptions } from "../forecast.js";
import { normalQuantile } from "../../math/normal-quantile.js";
import { calibratedHalfWidth } from "./combination-calibration.js";
import { geometricDriftPoint } from "./geometric-drift.js";
import { HOLT_LINEAR_TREND_MINIMUM, holtLinearTrend } from "./holt-linear-trend.js";
import { naive } from "./naive.js";
import { randomWalkWithDrift } from "./random-walk-with-drift.js";
import { SIMPLE_EXPONENTIAL_SMOOTHING_MINIMUM, simpleExponentialSmoothing } from "./simple-exponential-smoothing.js";

/**
 * The four fitted methods combined, each weighing the same; the fifth member, the average growth rate
 * (`geometricDriftPoint`), adds a point forecast only.
 */
export const combinationComponents: readonly { name: string; forecast: ForecastFunction; minimumObservations: number }[] = [
  { name: "naive", forecast: naive, minimumObservations: 2 },
  { name: "drift", forecast: randomWalkWithDrift, minimumObservations: 3 },
  { name: "ses", forecast: simpleExponentialSmoothing, minimumObservations: SIMPLE_EXPONENTIAL_SMOOTHING_MINIMUM },
  { name: "holt", forecast: holtLinearTrend, minimumObservations: HOLT_LINEAR_TREND_MINIMUM },
];

/**
 * Fewest observations: ten. The members need nine at most (Holt's linear trend), but the rule and its
 * calibration were chosen on M3 histories of fourteen years or more, and the `auto` rule has used the
 * combination from ten years; nothing measured supports going lower.
 */
export const COMBINATION_MINIMUM = 10;

const z95 = normalQuantile(0.975);

/**
 * The point forecast of the combination and the spread its intervals are built on, before calibration.
 *
 *   point(h)  = median of the five members' point forecasts at h: naive, drift, SES, Holt, average growth rate
 *   spread(h) = mean of the four fitted methods' standard errors at h, each read off its own 95%
 *               interval as (upper − lower) / (2 × 1.959964)
 */
export function uncalibratedCombination(history: readonly number[], horizon: number): { point: number[]; spread: number[] } {
  const forecasts = combinationComponents.map((component) => component.forecast(history, horizon, { levels: [95] }));
  const growth = geometricDriftPoint(history, horizon);
  const steps = Array.from({ length: horizon }, (_, step) => step);
  return {
    point: steps.map((step) => median([...forecasts.map((forecast) => forecast.point[step]), growth[step]])),
    spread: steps.map(
      (step) =>
        forecasts.reduce((total, forecast) => total + (forecast.intervals[0].upper[step] - forecast.intervals[0].lower[step]), 0) /
        (2 * z95 * forecasts.length),
    ),
  };
}

/**
 * A robust equal-weight combination of five simple methods: naive, random walk with drift, simple
 * exponential smoothing, Holt's linear trend and the average growth rate (the yearly growth rate
 * carried forward). The point forecast for each year ahead is the median of the five (each method has
 * one vote, so no single method's wild forecast can carry it; Jose & Winkler 2008, "Simple robust
 * averages of forecasts").
 *
 * Intervals are calibrated, not taken from any model: each is point ± m(h, level) × spread(h),
 * where spread(h) is the mean of the fitted methods' standard errors (`uncalibratedCombination`) and
 * the multiplier m is the empirical quantile of |actual − point| / spread at that step and level over
 * the odd-numbered M3 yearly series (`models/combination-calibration.json`, learned by
 * `models/learn-combination-calibration.mjs`). Each method's own interval assumes its model is
 * right; on short yearly series they are not, and their 95% intervals catch only about 80% of
 * outcomes (the M3 benchmark in ../shared/benchmarks).
 *
 * Intervals never narrow as the step ahead rises: the multipliers do not fall with the step (the
 * calibration is a cumulative maximum), but the spread may (a fitted method's standard error can), so
 * each half-width is at least the one before it, half-width(h) = max(half-width(h − 1),
 * m(h, level) × spread(h)). Nor do they narrow as the level rises, as the multipliers do not.
 *
 * How the members were chosen, on the odd-numbered M3 yearly series only: first, from nine means and
 * medians of three to six simple methods, the one with the lowest sMAPE, which had damped trend where
 * the average growth rate is now (odd series: sMAPE 16.03, MASE 2.562; `test/bench/compare-auto-rules.ts`);
 * then other mixes of the same methods (`test/bench/odd-combination-search.ts`) lowered MASE only by
 * raising sMAPE; then new members, each scored across two folds of the odd series
 * (`test/bench/odd-member-search.ts`): the average growth rate in damped trend's place lowered both (odd series:
 * sMAPE 15.89, MASE 2.523). Checked once on the even-numbered series, held out from every choice
 * (`test/bench/held-out-member-check.ts`): sMAPE 15.42 and MASE 2.599, against 15.57 and 2.638 before.
 *
 * @param history observations in time order, oldest first, no gaps; at least ten
 * @throws {RangeError} if the history is shorter than ten observations
 */
export function combination(history: readonly number[], horizon: number, { levels }: ForecastOptions): Forecast {
  if (history.length < COMBINATION_MINIMUM) {
    throw new RangeError(`the combination needs at least ${COMBINATION_MINIMUM} observations, got ${history.length}`);
  }
  const { point, spread } = uncalibratedCombination(history, horizon);
  const intervals = levels.map((level) => {
    const halfWidth = neverNarrowing(spread.map((value, step) => calibratedHalfWidth(step + 1, level) * value));
    return {
      level,
      lower: point.map((value, step) => value - halfWidth[step]),
      upper: point.map((value, step) => value + halfWidth[step]),
    };
  });
  return { method: "combination", point, intervals };
}

/** Each value raised to the largest before it: half-widths that never shrink as the step ahead rises. */
function neverNarrowing(halfWidths: readonly number[]): number[] {
  let widest = 0;
  return halfWidths.map((halfWidth) => (widest = Math.max(widest, halfWidth)));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
