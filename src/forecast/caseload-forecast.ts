import type { AnnualSeries } from "../series/annual-series.js";
import type { BacktestScore } from "./backtest-score.js";
import type { Forecast } from "./forecast.js";
import type { RegisterCaseloadSource } from "./register-caseload-forecast.js";

/** A method's forecast of the caseload, with the method's name for people. */
export interface MethodForecast {
  method: string;
  label: string;
  forecast: Forecast;
}

/** Everything the forecast stage gives the stages after it and the report. */
export interface CaseloadForecast {
  /** The history as forecast from: every year present, filled-in years marked. */
  history: AnnualSeries;
  /** Steps ahead forecast. */
  horizon: number;
  /** Interval levels in per cent, ascending. */
  levels: number[];
  /** The date each forecast year ends on, YYYY-MM-DD, one per step ahead. */
  futurePeriodEnding: string[];
  /** The forecast the tool uses: the method asked for, or the one `auto` chose. */
  chosen: MethodForecast;
  /** How the method was chosen, in plain English: the rule, and why it picked this method. */
  choice: { rule: string; reason: string };
  /** Every method that could be fitted to the history, in the method list's order. */
  methods: MethodForecast[];
  /** How each method would have done in the past. */
  backtest: BacktestScore[];
  /** Notes an analyst must see: filled years, methods skipped for too short a history. */
  warnings: string[];
  /**
   * Present when the caseload is the register projection's (`registerCaseloadForecast`): where it comes
   * from, and each year's risk mix and custody, which the staffing model then uses instead of the
   * profile's risk mix and the single custody figure.
   */
  register?: RegisterCaseloadSource;
}
