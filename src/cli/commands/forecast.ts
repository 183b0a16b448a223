import { Command } from "commander";
import { checkOutputDirectory } from "../../io/write-output-directory.js";
import { forecastAssumptions, forecastMethodReferences } from "../../report/forecast-provenance.js";
import { forecastSection } from "../../report/forecast-section.js";
import { forecastSummaryJson } from "../../report/forecast-summary-json.js";
import { allMethodsCsv, backtestCsv, chosenForecastCsv } from "../../report/forecast-tables.js";
import type { Provenance } from "../../report/provenance.js";
import type { CommandContext } from "../command-context.js";
import { writeReportFolder } from "../write-report-folder.js";
import { forecastLoadedHistory, loadCaseloadHistory } from "../../jobs/load-caseload-history.js";
import { methodHelp, parseMethodName } from "../method-option.js";
import { parseHorizon, parseLevels, replaceHelp } from "../options.js";

interface ForecastOptions {
  history: string;
  horizon: number;
  method: string;
  levels: number[];
  out: string;
  replace: boolean;
}

/** `mosovo forecast`: a caseload history file in, a five-year forecast with its backtest and report out. */
export function forecastCommand(context: CommandContext): Command {
  return new Command("forecast")
    .description("Forecast the caseload of registered sex offenders in the community from a CSV of past yearly counts.")
    .requiredOption("--history <file>", "caseload history CSV: columns year_ending, rsos (optional quality, source, community, custody)")
    .option("--horizon <years>", "years ahead to forecast, 1 to 30", parseHorizon, 5)
    .option("--method <name>", methodHelp(), parseMethodName, "auto")
    .option("--levels <list>", "prediction interval levels in per cent, comma-separated", parseLevels, [80, 95])
    .option("--out <dir>", "folder to write the outputs into (made only when the run succeeds)", "reports/forecast")
    .option("--replace", replaceHelp("forecast"), false)
    .addHelpText(
      "after",
      `
Writes into --out: forecast.csv (the chosen method, one row a year), methods.csv (every method),
backtest.csv (how wrong each method was in the past, by years ahead), summary.json, report.html and
charts/ (each chart as its own page). Missing years in the history are filled in and marked.

What is forecast is the count in the community. Where the history splits rsos into community and
custody, the community column is forecast; where it gives rsos alone, rsos is read as the community
count (the basis of the yearly MAPPA figures), with a warning.

Examples:
  mosovo forecast --history data/national-rso-england-wales.csv --out reports/national
  mosovo forecast --history data/norfolk-rso.csv --method drift --levels 80,90,95 --out reports/norfolk
  mosovo forecast --history my-force.csv --horizon 4 --out reports/fms --replace`,
    )
    .action((options: ForecastOptions) => runForecast(options, context));
}

function runForecast(options: ForecastOptions, context: CommandContext): void {
  checkOutputDirectory(options.out, { replace: options.replace, command: "forecast" });
  const history = loadCaseloadHistory(options.history, options.method);
  const result = forecastLoadedHistory(options.history, history, options);

  const commandLine = [
    "mosovo forecast",
    `--history ${options.history}`,
    `--horizon ${options.horizon}`,
    `--method ${options.method}`,
    `--levels ${options.levels.join(",")}`,
  ].join(" ");
  const provenance: Provenance = {
    tool: { name: "mosovo-workload", version: context.version },
    commandLine,
    inputs: [{ file: options.history, sha256: history.input.sha256, rowsUsed: history.observations.length }],
    options: [
      { name: "--history", value: options.history },
      { name: "--horizon", value: `${options.horizon} years` },
      { name: "--method", value: options.method },
      { name: "--levels", value: options.levels.map((level) => `${level}%`).join(", ") },
    ],
    seed: null,
    methodReferences: forecastMethodReferences(result),
    assumptions: forecastAssumptions(result),
    warnings: result.warnings,
  };

  const title = "Registered sex offender caseload forecast";
  const last = result.history.periodEnding.length - 1;
  const subtitle = `From ${options.history}: ${result.history.periodEnding[0]} to ${result.history.periodEnding[last]}, forecast ${options.horizon} years ahead`;
  const wrote = writeReportFolder(
    { out: options.out, replace: options.replace, command: "forecast" },
    [
      ["forecast.csv", chosenForecastCsv(result)],
      ["methods.csv", allMethodsCsv(result)],
      ["backtest.csv", backtestCsv(result)],
      ["summary.json", forecastSummaryJson(result, provenance)],
    ],
    { title, subtitle, sections: [forecastSection(result)], provenance },
  );

  for (const warning of result.warnings) context.warn(`warning: ${warning}`);
  context.print(`${result.chosen.label}: ${result.choice.reason}`);
  context.print(wrote);
}
