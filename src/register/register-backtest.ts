import type { ForecastMethod } from "../forecast/methods.js";
import type { CalendarDay } from "../math/calendar-day.js";
import { extractAsOf } from "./extract-as-of.js";
import { projectRegister } from "./project-register.js";
import type { RegisterHistory } from "./register-history.js";
import type { RegisterPerson } from "./register-person.js";
import { yearlyRegisterCounts } from "./yearly-register-counts.js";

/** One forecast of the community count, made at an origin, scored against the reconstructed count. */
export interface RegisterBacktestRow {
  origin: CalendarDay;
  yearsAhead: number;
  periodEnding: CalendarDay;
  /** The community count the full extract's history shows at `periodEnding`. */
  actual: number;
  /** `register` for the register projection, otherwise a trend method's name. */
  method: string;
  label: string;
  point: number;
  intervals: { level: number; lower: number; upper: number }[];
  /** |point − actual| ÷ actual × 100. */
  absolutePercentageError: number;
}

export interface RegisterBacktestOptions {
  asOf: CalendarDay;
  completeFrom: CalendarDay;
  paths: number;
  seed: number;
  levels: readonly number[];
  /** The trend methods to set beside the register projection. */
  methods: readonly ForecastMethod[];
  /** Origins go back at most this many years; default 5. */
  maximumYearsBack?: number;
}

/**
 * The register projection and the trend methods, each forecasting the community caseload from one to
 * five years before the last year end of the history to that year end, scored against the history.
 *
 * Origins are the history's yearly points (`yearlyRegisterCounts`) one to five years back, each with
 * at least twelve whole months of history before it. At each, the register projection runs on the
 * extract as it stood then (`extractAsOf`), learning its rates and joiners from that history alone; the
 * trend methods forecast the yearly community counts up to the origin (those with enough years). Each
 * forecast is scored at every yearly point after its origin.
 */
export function registerBacktest(people: readonly RegisterPerson[], history: RegisterHistory, options: RegisterBacktestOptions): RegisterBacktestRow[] {
  const yearly = yearlyRegisterCounts(history);
  const firstMonthEnd = history.months[0]?.monthEnding;
  const rows: RegisterBacktestRow[] = [];
  const last = yearly.length - 1;
  for (let yearsBack = Math.min(options.maximumYearsBack ?? 5, last); yearsBack >= 1; yearsBack--) {
    const originIndex = last - yearsBack;
    const origin = yearly[originIndex].yearEnding;
    const monthsBefore = history.months.filter((month) => month.monthEnding <= origin).length;
    if (firstMonthEnd === undefined || monthsBefore < 12) continue;
    const actuals = yearly.slice(originIndex + 1);
    const score = (method: string, label: string, points: number[], intervals: { level: number; lower: number[]; upper: number[] }[]) => {
      actuals.forEach((actual, step) => {
        rows.push({
          origin,
          yearsAhead: step + 1,
          periodEnding: actual.yearEnding,
          actual: actual.community,
          method,
          label,
          point: points[step],
          intervals: intervals.map((interval) => ({ level: interval.level, lower: interval.lower[step], upper: interval.upper[step] })),
          absolutePercentageError: (Math.abs(points[step] - actual.community) / actual.community) * 100,
        });
      });
    };

    const projection = projectRegister(extractAsOf(people, origin), {
      asOf: origin,
      completeFrom: options.completeFrom,
      horizonYears: yearsBack,
      paths: options.paths,
      seed: options.seed,
      levels: options.levels,
    });
    const yearEnds = actuals.map((_, step) => (step + 1) * 12 - 1);
    score(
      "register",
      "register projection",
      yearEnds.map((index) => projection.measures.community[index].point),
      options.levels.map((level, levelIndex) => ({
        level,
        lower: yearEnds.map((index) => projection.measures.community[index].intervals[levelIndex].lower),
        upper: yearEnds.map((index) => projection.measures.community[index].intervals[levelIndex].upper),
      })),
    );

    const known = yearly.slice(0, originIndex + 1).map((count) => count.community);
    for (const method of options.methods) {
      if (method.minimumObservations > known.length) continue;
      try {
        const forecast = method.forecast(known, yearsBack, { levels: options.levels });
        score(method.name, method.label, forecast.point, forecast.intervals);
      } catch (error) {
        // a method that refuses this history (such as compound growth on counts that swing) is left out
        if (!(error instanceof RangeError)) throw error;
      }
    }
  }
  return rows;
}

/** Each method's mean absolute percentage error over all its backtest forecasts, lowest first. */
export function backtestSummary(rows: readonly RegisterBacktestRow[]): { method: string; label: string; forecasts: number; meanAbsolutePercentageError: number }[] {
  const byMethod = new Map<string, { label: string; errors: number[] }>();
  for (const row of rows) {
    const entry = byMethod.get(row.method) ?? { label: row.label, errors: [] };
    entry.errors.push(row.absolutePercentageError);
    byMethod.set(row.method, entry);
  }
  return [...byMethod]
    .map(([method, { label, errors }]) => ({ method, label, forecasts: errors.length, meanAbsolutePercentageError: errors.reduce((sum, error) => sum + error, 0) / errors.length }))
    .sort((a, b) => a.meanAbsolutePercentageError - b.meanAbsolutePercentageError);
}
