import type { ForecastMethod } from "../forecast/methods.js";
import type { CalendarDay } from "../math/calendar-day.js";
import { extractAsOf } from "./extract-as-of.js";
import { projectRegister } from "./project-register.js";
import type { RegisterHistory } from "./register-history.js";
import { type RegisterPerson, leftReasons } from "./register-person.js";
import type { ProjectedFlow } from "./register-projection.js";
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
  /**
   * For the register projection only: the flows from the origin to `periodEnding`, as projected (mean
   * over the paths) and as the reconstructed history shows them, so that a miss can be traced to joiners,
   * leavers or releases.
   */
  flows?: RegisterBacktestFlows;
}

/** Joiners, leavers (all reasons) and releases from custody over a backtest forecast's span, projected and actual. */
export interface RegisterBacktestFlows {
  joinersProjected: number;
  joinersActual: number;
  leaversProjected: number;
  leaversActual: number;
  releasesProjected: number;
  releasesActual: number;
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
    const score = (method: string, label: string, points: number[], intervals: { level: number; lower: number[]; upper: number[] }[], flows?: RegisterBacktestFlows[]) => {
      actuals.forEach((actual, step) => {
        rows.push({
          ...(flows === undefined ? {} : { flows: flows[step] }),
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
    // the history's months after the origin: the projection's month m is history month originMonth + 1 + m
    const originMonth = history.months.findIndex((month) => month.monthEnding === origin);
    const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
    const flows = yearEnds.map((last): RegisterBacktestFlows => {
      const projected = (flow: ProjectedFlow) => sum(projection.flows[flow].slice(0, last + 1).map((month) => month.point));
      const months = history.months.slice(originMonth + 1, originMonth + 2 + last);
      return {
        joinersProjected: projected("joiners"),
        joinersActual: sum(months.map((month) => month.joiners)),
        leaversProjected: sum(leftReasons.map((reason) => projected(`leavers_${reason}`))),
        leaversActual: sum(months.map((month) => sum(leftReasons.map((reason) => month.leaversByReason[reason])))),
        releasesProjected: projected("releases"),
        releasesActual: sum(months.map((month) => month.releases)),
      };
    });
    score(
      "register",
      "register projection",
      yearEnds.map((index) => projection.measures.community[index].point),
      options.levels.map((level, levelIndex) => ({
        level,
        lower: yearEnds.map((index) => projection.measures.community[index].intervals[levelIndex].lower),
        upper: yearEnds.map((index) => projection.measures.community[index].intervals[levelIndex].upper),
      })),
      flows,
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

/** One method's backtest, beside the register projection's on the same forecasts. */
export interface BacktestSummaryEntry {
  method: string;
  label: string;
  forecasts: number;
  meanAbsolutePercentageError: number;
  /**
   * The register projection's mean absolute percentage error over the forecasts this method made (the
   * same origins and years ahead); the method's own for the register itself, null when the register
   * projection made none of them.
   */
  registerOnSameForecasts: number | null;
  /** Whether this method was scored on every forecast the register projection was scored on. */
  coversRegister: boolean;
}

/**
 * Each method's mean absolute percentage error over all its backtest forecasts, lowest first, with the
 * register projection's over the same forecasts. Methods that need more years of history are scored on
 * fewer, shorter-horizon forecasts (errors grow with the years ahead), so only errors over the same
 * forecasts compare like with like.
 */
export function backtestSummary(rows: readonly RegisterBacktestRow[]): BacktestSummaryEntry[] {
  const forecastKey = (row: RegisterBacktestRow) => `${row.origin} ${row.yearsAhead}`;
  const registerErrors = new Map(rows.filter((row) => row.method === "register").map((row) => [forecastKey(row), row.absolutePercentageError]));
  const byMethod = new Map<string, { label: string; errors: number[]; registerErrors: number[] }>();
  for (const row of rows) {
    const entry = byMethod.get(row.method) ?? { label: row.label, errors: [], registerErrors: [] };
    entry.errors.push(row.absolutePercentageError);
    const registerError = registerErrors.get(forecastKey(row));
    if (registerError !== undefined) entry.registerErrors.push(registerError);
    byMethod.set(row.method, entry);
  }
  const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  return [...byMethod]
    .map(([method, { label, errors, registerErrors: same }]) => ({
      method,
      label,
      forecasts: errors.length,
      meanAbsolutePercentageError: mean(errors),
      registerOnSameForecasts: same.length === 0 ? null : mean(same),
      coversRegister: registerErrors.size > 0 && same.length === registerErrors.size,
    }))
    .sort((a, b) => a.meanAbsolutePercentageError - b.meanAbsolutePercentageError);
}
