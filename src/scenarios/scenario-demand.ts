import type { CaseloadForecast } from "../forecast/caseload-forecast.js";
import { caseloadDistribution, type CaseloadDistribution } from "./caseload-distribution.js";
import { yearOfPeriodEnding } from "./year-of-period-ending.js";
import { demandShock, type DemandShock } from "./demand-shock.js";

/** What a scenario changes about the caseload. Everything is optional: nothing given keeps the baseline forecast. */
export interface DemandChanges {
  /** A method's name from the method list, or `auto` for the method the baseline forecast chose. */
  method?: string;
  /** Replaces the method's point forecast with last recorded × (1 + rate)^h; a fraction, 0.04 = 4% a year. */
  growthRatePerYear?: number;
  /** Plan for the upper bound of this interval level, in per cent, instead of the point forecast. */
  upperBoundLevel?: number;
  shocks?: readonly DemandShock[];
}

/** The caseload of one forecast year under a scenario. */
export interface DemandYear {
  periodEnding: string;
  /** The expected caseload: the point forecast (or growth path) plus the shocks, not below 0. */
  expected: number;
  /**
   * The caseload's predictive distribution: the method's point forecast and every interval the forecast
   * was made with (`caseloadDistribution`), moved by the growth rate and shocks without changing its spread.
   */
  distribution: CaseloadDistribution;
  /** The caseload the staff are planned for: the expected caseload, or the upper bound asked for; not below 0. */
  planned: number;
}

/**
 * The caseload a scenario plans for, year by year, with its spread, from the baseline forecast:
 *
 *   centre(h)  = point(h) of the method, or last recorded × (1 + growth)^h with a growth rate
 *   shift(h)   = centre(h) − point(h) + shocks(h)          (`demandShock`)
 *   expected   = max(0, point(h) + shift(h))
 *   planned    = max(0, point(h) + shift(h)), or with an upper bound level L,
 *                max(0, upper_L(h) + shift(h))
 *
 * so a growth rate or a shock moves the whole forecast distribution, intervals and all. With no change
 * the shift is exactly 0 and the figures are the forecast's own, as the baseline staffing uses them.
 *
 * @throws {RangeError} if the method was not fitted, or the forecast lacks the asked-for interval
 */
export function scenarioDemand(forecast: CaseloadForecast, changes: DemandChanges = {}): DemandYear[] {
  const method =
    changes.method === undefined || changes.method === "auto"
      ? forecast.chosen
      : forecast.methods.find((fitted) => fitted.method === changes.method);
  if (!method) throw new RangeError(`the ${changes.method} method was not fitted to this history`);
  const { point, intervals } = method.forecast;
  const intervalAt = (level: number) => {
    const interval = intervals.find((entry) => entry.level === level);
    if (!interval) throw new RangeError(`the forecast has no ${level}% interval; forecast with ${level} among the levels`);
    return interval;
  };
  const upper = changes.upperBoundLevel === undefined ? undefined : intervalAt(changes.upperBoundLevel).upper;
  const lastRecorded = forecast.history.values[forecast.history.values.length - 1];
  const shocks = demandShock(changes.shocks ?? [], forecast.futurePeriodEnding.map(yearOfPeriodEnding));

  return forecast.futurePeriodEnding.map((periodEnding, step) => {
    const growthShift = changes.growthRatePerYear === undefined ? 0 : lastRecorded * (1 + changes.growthRatePerYear) ** (step + 1) - point[step];
    const shift = growthShift + shocks[step];
    return {
      periodEnding,
      expected: Math.max(0, point[step] + shift),
      distribution: caseloadDistribution(
        point[step],
        intervals.map((interval) => ({ level: interval.level, lower: interval.lower[step], upper: interval.upper[step] })),
        shift,
      ),
      planned: Math.max(0, (upper === undefined ? point[step] : upper[step]) + shift),
    };
  });
}
