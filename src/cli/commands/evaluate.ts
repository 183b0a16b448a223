import { performance } from "node:perf_hooks";
import { Command } from "commander";
import { InputError } from "../../errors.js";
import { intervalCoverage, mase, maseScale, msis, smape } from "../../forecast/accuracy.js";
import { chooseMethod } from "../../forecast/choose-method.js";
import type { Forecast } from "../../forecast/forecast.js";
import { forecastMethods, type ForecastMethod } from "../../forecast/methods.js";
import { parseForecastPanel, type PanelSeries } from "../../inputs/forecast-panel.js";
import { readTextFile } from "../../io/read-text-file.js";
import { checkOutputDirectory, writeOutputDirectory } from "../../io/write-output-directory.js";
import { formatCsv, formatNumber, type CsvCell } from "../../report/csv-export.js";
import type { CommandContext } from "../command-context.js";
import { parseHorizon, parseLevels, replaceHelp } from "../options.js";

interface EvaluateOptions {
  panel: string;
  horizon: number;
  method?: string;
  levels: number[];
  out: string;
  replace: boolean;
}

/** MSIS is scored at 95%, as in M4, whatever levels are asked for. */
const msisLevel = 95;

/** `mosovo evaluate`: scores methods on a panel of series, each forecast from its train rows and scored on its test rows. */
export function evaluateCommand(context: CommandContext): Command {
  return new Command("evaluate")
    .summary("Score forecasting methods on a panel of series (sMAPE, MASE, coverage, MSIS).")
    .description(
      "Score forecasting methods on a panel of series: each series is forecast from its train rows and scored on its first H test rows by sMAPE, MASE, interval coverage and MSIS (M3/M4 definitions).",
    )
    .requiredOption("--panel <file>", "long-format CSV with columns series_id, split (train or test), t (1, 2, …), value")
    .requiredOption("--horizon <steps>", "steps ahead to forecast and score, 1 to 30", parseHorizon)
    .option("--method <names>", "auto, or method names separated by commas (default: auto and every method the shortest series allows)")
    .option("--levels <list>", "interval levels in per cent whose coverage is scored", parseLevels, [80, 95])
    .option("--out <dir>", "folder to write accuracy.csv and forecasts.csv into", "reports/evaluate")
    .option("--replace", replaceHelp("evaluate"), false)
    .addHelpText(
      "after",
      "\nExamples:\n" +
        "  mosovo evaluate --panel ../shared/benchmarks/m3-yearly.csv --horizon 6 --out reports/m3\n" +
        "  mosovo evaluate --panel areas.csv --horizon 5 --method auto,drift,theta --levels 80,95\n" +
        "\nOutputs:\n" +
        "  accuracy.csv   one row per method: method, series (how many were scored), smape (per cent),\n" +
        "                 mase, coverage_<level> (share 0 to 1), msis (at 95%), seconds (fitting and\n" +
        "                 forecasting time; the only figure that differs between runs)\n" +
        "  forecasts.csv  series, method, h, point, lower_<level>, upper_<level>, actual\n" +
        "Each measure is averaged over steps 1 to H within a series, then over series. MASE and MSIS divide\n" +
        "by the mean absolute one-step change of the series' train values.",
    )
    .action((options: EvaluateOptions) => evaluate(options, context));
}

function evaluate(options: EvaluateOptions, context: CommandContext): void {
  const { horizon, levels } = options;
  checkOutputDirectory(options.out, { replace: options.replace, command: "evaluate" });
  const { file, text } = readTextFile(options.panel);
  const panel = parseForecastPanel(file, text, horizon);
  const methodNames = options.method === undefined ? defaultMethodNames(panel, context) : parseMethodNames(options.method);
  checkSeries(file, panel, methodNames);

  const forecastLevels = [...new Set([...levels, msisLevel])].sort((a, b) => a - b);
  const progress = progressReporter(context, methodNames.length * panel.length);
  const accuracyRows: CsvCell[][] = [];
  const forecastRows: CsvCell[][] = [];
  for (const name of methodNames) {
    const forecastSeries = name === "auto" ? autoForecast : findMethod(name).forecast;
    const scores: SeriesScore[] = [];
    const failed: string[] = [];
    let seconds = 0;
    for (const series of panel) {
      const started = performance.now();
      let forecast: Forecast;
      try {
        forecast = forecastSeries(series.train, horizon, { levels: forecastLevels });
      } catch (error) {
        // as the R benchmark script does: score the naive forecast in its place, and say so
        if (!(error instanceof RangeError)) throw error;
        failed.push(series.id);
        forecast = findMethod("naive").forecast(series.train, horizon, { levels: forecastLevels });
      }
      seconds += (performance.now() - started) / 1000;
      const actual = series.test.slice(0, horizon);
      scores.push(scoreSeries(series, actual, forecast, levels));
      forecastRows.push(...forecastTableRows(series.id, name, forecast, forecastLevels, levels, actual));
      progress(name);
    }
    if (failed.length > 0) {
      context.warn(
        `evaluate: ${name} could not forecast ${failed.length} series (${failed.slice(0, 5).join(", ")}${failed.length > 5 ? ", …" : ""}); the naive forecast was scored in their place`,
      );
    }
    accuracyRows.push([
      name,
      scores.length,
      meanOf(scores, (score) => score.smape),
      meanOf(scores, (score) => score.mase),
      ...levels.map((_, index) => meanOf(scores, (score) => score.coverage[index])),
      meanOf(scores, (score) => score.msis),
      seconds,
    ]);
  }

  const accuracyHeader = ["method", "series", "smape", "mase", ...levels.map((level) => `coverage_${level}`), "msis", "seconds"];
  const forecastHeader = ["series", "method", "h", "point", ...levels.flatMap((level) => [`lower_${level}`, `upper_${level}`]), "actual"];
  writeOutputDirectory(
    options.out,
    new Map([
      ["accuracy.csv", formatCsv(accuracyHeader, accuracyRows)],
      ["forecasts.csv", formatCsv(forecastHeader, forecastRows)],
    ]),
    { replace: options.replace, command: "evaluate" },
  );
  for (const row of accuracyRows) {
    context.print(accuracyHeader.map((column, index) => `${column} ${typeof row[index] === "number" ? formatNumber(row[index], 4) : row[index]}`).join("  "));
  }
  context.print(`wrote ${options.out}/accuracy.csv and ${options.out}/forecasts.csv`);
}

/**
 * `auto` on one series: the method the documented rule chooses. The rule depends only on which methods
 * the history is long enough for; the backtest only feeds the reason given, which this command does
 * not write, so it is not run here.
 */
function autoForecast(history: readonly number[], horizon: number, { levels }: { levels: readonly number[] }): Forecast {
  const usable = forecastMethods.filter((method) => history.length >= method.minimumObservations);
  const choice = chooseMethod([], usable, history.length);
  return findMethod(choice.method).forecast(history, horizon, { levels });
}

interface SeriesScore {
  smape: number;
  mase: number;
  coverage: number[];
  msis: number;
}

function scoreSeries(series: PanelSeries, actual: number[], forecast: Forecast, levels: readonly number[]): SeriesScore {
  const scale = maseScale(series.train);
  const intervalAt = (level: number) => {
    const interval = forecast.intervals.find((entry) => entry.level === level);
    if (!interval) throw new Error(`the ${forecast.method} forecast has no ${level}% interval`);
    return interval;
  };
  return {
    smape: smape(actual, forecast.point),
    mase: mase(actual, forecast.point, scale),
    coverage: levels.map((level) => intervalCoverage(actual, intervalAt(level))),
    msis: msis(actual, intervalAt(msisLevel), msisLevel, scale),
  };
}

function forecastTableRows(
  series: string,
  method: string,
  forecast: Forecast,
  forecastLevels: readonly number[],
  levels: readonly number[],
  actual: readonly number[],
): CsvCell[][] {
  return forecast.point.map((point, step) => [
    series,
    method,
    step + 1,
    point,
    ...levels.flatMap((level) => {
      const interval = forecast.intervals[forecastLevels.indexOf(level)];
      return [interval.lower[step], interval.upper[step]];
    }),
    actual[step],
  ]);
}

/**
 * With no --method: auto and every method that can be fitted to the shortest series, so that every
 * method is scored on the same series; the methods left out are named on standard error.
 */
function defaultMethodNames(panel: readonly PanelSeries[], context: CommandContext): string[] {
  // a loop, not Math.min(...lengths): spreading 130,000 arguments overflows the stack
  let shortest = Infinity;
  for (const series of panel) shortest = Math.min(shortest, series.train.length);
  const usable = forecastMethods.filter((method) => method.minimumObservations <= shortest);
  const leftOut = forecastMethods.filter((method) => method.minimumObservations > shortest);
  if (leftOut.length > 0) {
    context.warn(
      `evaluate: left out ${leftOut.map((method) => `${method.name} (needs ${method.minimumObservations} train rows)`).join(", ")}, as the shortest series has ${shortest}`,
    );
  }
  return ["auto", ...usable.map((method) => method.name)];
}

function parseMethodNames(text: string): string[] {
  const names = text.split(",").map((name) => name.trim());
  const known = ["auto", ...forecastMethods.map((method) => method.name)];
  for (const name of names) {
    if (!known.includes(name)) {
      throw new InputError(`--method: expected auto or method names from ${known.slice(1).join(", ")}, separated by commas; found "${name}"`);
    }
  }
  return [...new Set(names)];
}

function findMethod(name: string): ForecastMethod {
  const method = forecastMethods.find((entry) => entry.name === name);
  if (!method) throw new Error(`no method named ${name}`);
  return method;
}

/** Refuses series that no named method could forecast, or that MASE cannot scale, before any work is done. */
function checkSeries(file: string, panel: readonly PanelSeries[], methodNames: readonly string[]): void {
  const named = methodNames.filter((name) => name !== "auto").map(findMethod);
  const needed = Math.max(2, ...named.map((method) => method.minimumObservations));
  for (const series of panel) {
    if (series.train.length < needed) {
      const demanding = named.find((method) => method.minimumObservations === needed);
      const why = demanding ? `the fewest the ${demanding.label} method needs` : "the fewest MASE can be scaled by";
      throw new InputError(
        `${file}, line ${series.line}, column split: expected at least ${needed} train rows for series "${series.id}", ${why}; found ${series.train.length}`,
      );
    }
    if (maseScale(series.train) === 0) {
      throw new InputError(
        `${file}, line ${series.line}, column value: expected train values for series "${series.id}" that change at least once, as MASE and MSIS divide by the mean one-step change; found every value equal to ${series.train[0]}`,
      );
    }
  }
}

/** A progress line on standard error at every tenth of the work, for panels big enough to wait for. */
function progressReporter(context: CommandContext, total: number): (method: string) => void {
  let done = 0;
  let reported = 0;
  return (method) => {
    done += 1;
    const tenths = Math.floor((10 * done) / total);
    if (total >= 200 && tenths > reported) {
      reported = tenths;
      context.warn(`evaluate: ${tenths * 10}% done (${done} of ${total} forecasts; now ${method})`);
    }
  };
}

function meanOf<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0) / items.length;
}
