import type { AnnualSeries } from "../series/annual-series.js";
import { addYears } from "../series/add-years.js";
import { backtest } from "./backtest.js";
import type { CaseloadForecast, MethodForecast } from "./caseload-forecast.js";
import { chooseMethod } from "./choose-method.js";
import { forecastMethods, type ForecastMethod } from "./methods.js";
import { noFewerThanNone } from "./no-fewer-than-none.js";

export interface CaseloadForecastOptions {
  /** Years ahead, at least 1. */
  horizon: number;
  /** Interval levels in per cent, ascending. */
  levels: readonly number[];
  /** A method's name from the method list, or `auto` for the rule in `chooseMethod`. */
  method: string;
}

/**
 * The forecast stage: fits every method that the history allows, scores each in a rolling-origin
 * backtest, and takes the method asked for, or the one the `auto` rule chooses.
 *
 * Every forecast given on has its points and bounds below zero raised to zero (`noFewerThanNone`), with
 * a warning naming the methods raised; the backtest scores the methods as fitted.
 *
 * A method that cannot be fitted (too short a history; log-linear with a zero count) is left out with a
 * warning saying why, rather than stopping the run: the caller has already refused a history too short
 * for the method the user named.
 *
 * @throws {RangeError} if the named method cannot be fitted to this history
 */
export function forecastCaseload(history: AnnualSeries, options: CaseloadForecastOptions): CaseloadForecast {
  const { horizon, levels } = options;
  const warnings = [...history.warnings];
  const fitted: { method: ForecastMethod; result: MethodForecast }[] = [];
  const leftOut: string[] = [];
  const raisedToZero: string[] = [];
  for (const method of forecastMethods) {
    try {
      const { forecast, raised } = noFewerThanNone(method.forecast(history.values, horizon, { levels }));
      if (raised) raisedToZero.push(method.label);
      fitted.push({ method, result: { method: method.name, label: method.label, forecast } });
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      if (options.method === method.name) throw error;
      leftOut.push(error.message);
    }
  }
  if (leftOut.length > 0) warnings.push(`Methods left out for this history: ${leftOut.join("; ")}.`);
  if (raisedToZero.length > 0) {
    warnings.push(`Forecasts or bounds below zero are shown as 0, as a register cannot hold fewer than no one: ${raisedToZero.join(", ")}.`);
  }

  const usable = fitted.map(({ method }) => method);
  const scores = backtest(history.values, usable, { horizon, levels });
  const choice =
    options.method === "auto"
      ? chooseMethod(scores, usable, history.values.length)
      : {
          method: options.method,
          rule: "The method was named with --method.",
          reason: `The ${usable.find((method) => method.name === options.method)?.label ?? options.method} method was named with --method.`,
        };
  const chosen = fitted.find(({ method }) => method.name === choice.method);
  if (!chosen) throw new RangeError(`the method "${choice.method}" could not be fitted to this history`);

  return {
    history,
    horizon,
    levels: [...levels],
    futurePeriodEnding: Array.from({ length: horizon }, (_, step) => addYears(history.periodEnding[history.periodEnding.length - 1], step + 1)),
    chosen: chosen.result,
    choice: { rule: choice.rule, reason: choice.reason },
    methods: fitted.map(({ result }) => result),
    backtest: scores,
    warnings,
  };
}
