import type { Forecast } from "./forecast.js";

/**
 * A caseload forecast with every point and bound below zero raised to zero: a register cannot hold
 * fewer than no one, and a lower bound of −1,500 people reads as a fault in front of an inspector. The
 * methods' own forecasts (compared with R's, and scored in the backtest) are left as fitted; only what
 * the caseload stage gives on is raised. `raised` says whether anything was.
 */
export function noFewerThanNone(forecast: Forecast): { forecast: Forecast; raised: boolean } {
  const values = [forecast.point, ...forecast.intervals.flatMap(({ lower, upper }) => [lower, upper])];
  if (values.every((row) => row.every((value) => value >= 0))) return { forecast, raised: false };
  const atLeastZero = (row: readonly number[]) => row.map((value) => Math.max(0, value));
  return {
    forecast: {
      ...forecast,
      point: atLeastZero(forecast.point),
      intervals: forecast.intervals.map(({ level, lower, upper }) => ({ level, lower: atLeastZero(lower), upper: atLeastZero(upper) })),
    },
    raised: true,
  };
}
