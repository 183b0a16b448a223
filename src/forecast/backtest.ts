import type { BacktestScore } from "./backtest-score.js";
import type { ForecastMethod } from "./methods.js";
import { maseScale } from "./accuracy.js";

export interface BacktestOptions {
  /** Steps ahead to score, at least 1. */
  horizon: number;
  /** Interval levels in per cent whose coverage is scored, such as [80, 95]. */
  levels: readonly number[];
  /**
   * Fewest observations the first origin is fitted to. Default: half the history, rounded up, and
   * never fewer than any method needs.
   */
  minimumTrainingLength?: number;
}

/**
 * The origins of a rolling-origin backtest: the numbers of leading observations each fit uses,
 * first to last. Every method is fitted at the same origins, so their scores compare like with like.
 * The first origin is the larger of `minimumTrainingLength` (default: half the history, rounded up)
 * and the most observations any of the methods needs; the last uses all but the final observation.
 * Empty when the history is too short to hold anything back.
 */
export function backtestOrigins(
  historyLength: number,
  methods: readonly ForecastMethod[],
  minimumTrainingLength = Math.ceil(historyLength / 2),
): number[] {
  const first = Math.max(minimumTrainingLength, 2, ...methods.map((method) => method.minimumObservations));
  return Array.from({ length: Math.max(0, historyLength - first) }, (_, index) => first + index);
}

/**
 * How wrong each method would have been had it been used in the past: a rolling-origin backtest
 * (Tashman 2000; Hyndman & Athanasopoulos, Forecasting: Principles and Practice, 3rd ed., §5.10).
 *
 * For each origin k from `backtestOrigins`, each method is fitted to the first k observations and
 * forecasts steps 1 to `horizon`; each step that falls within the history is compared with what
 * happened. Scores are then averaged per method and step ahead over every origin that reached that far,
 * so the 1-step score averages the most forecasts and the furthest step the fewest (`forecasts` says
 * how many).
 *
 * - MAPE is in per cent (infinite if an actual value is zero).
 * - MASE divides each absolute error by one scale for the whole series: the mean absolute one-step
 *   change over the entire history (`maseScale`). One scale keeps the methods' scores comparable
 *   within a series across origins; it does not affect any forecast. If the history never changes,
 *   the scale is taken as 1, so MASE is then the mean absolute error in the history's own units.
 * - Coverage is the share (0 to 1) of actual values inside each level's interval, bounds included.
 *
 * A method that cannot be fitted at some origin (it throws a RangeError, as log-linear does on a zero
 * count) gets no scores at all, so that no method is scored on an easier set of origins than another.
 *
 * @param history observations, oldest first, no gaps
 * @param methods the methods to score, in the order the scores are given back
 * @returns one score per method and step ahead that at least one origin reached; empty if the
 *   history is too short to backtest
 */
export function backtest(
  history: readonly number[],
  methods: readonly ForecastMethod[],
  { horizon, levels, minimumTrainingLength }: BacktestOptions,
): BacktestScore[] {
  const origins = backtestOrigins(history.length, methods, minimumTrainingLength);
  if (origins.length === 0) return [];
  const changeScale = maseScale(history);
  const scale = changeScale > 0 ? changeScale : 1;
  return methods.flatMap((method) => scoreMethod(history, method, origins, { horizon, levels, scale }));
}

function scoreMethod(
  history: readonly number[],
  method: ForecastMethod,
  origins: readonly number[],
  { horizon, levels, scale }: { horizon: number; levels: readonly number[]; scale: number },
): BacktestScore[] {
  const totals = Array.from({ length: horizon }, () => ({
    forecasts: 0,
    percentageError: 0,
    scaledError: 0,
    inside: levels.map(() => 0),
  }));
  for (const origin of origins) {
    const steps = Math.min(horizon, history.length - origin);
    let forecast;
    try {
      forecast = method.forecast(history.slice(0, origin), steps, { levels });
    } catch (error) {
      if (error instanceof RangeError) return [];
      throw error;
    }
    for (let step = 0; step < steps; step += 1) {
      const actual = history[origin + step];
      const error = Math.abs(actual - forecast.point[step]);
      const total = totals[step];
      total.forecasts += 1;
      total.percentageError += (100 * error) / Math.abs(actual);
      total.scaledError += error / scale;
      forecast.intervals.forEach((interval, index) => {
        if (interval.lower[step] <= actual && actual <= interval.upper[step]) total.inside[index] += 1;
      });
    }
  }
  return totals
    .map((total, step) => ({ total, step }))
    .filter(({ total }) => total.forecasts > 0)
    .map(({ total, step }) => ({
      method: method.name,
      horizon: step + 1,
      forecasts: total.forecasts,
      mape: total.percentageError / total.forecasts,
      mase: total.scaledError / total.forecasts,
      coverage: levels.map((level, index) => ({ level, share: total.inside[index] / total.forecasts })),
    }));
}
