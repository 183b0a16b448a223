import { Command, InvalidArgumentError } from "commander";
import { checkOutputDirectory } from "../../io/write-output-directory.js";
import type { Provenance } from "../../report/provenance.js";
import type { CommandContext } from "../command-context.js";
import { writeReportFolder } from "../write-report-folder.js";
import { parseHorizon, parseIsoDate, parseLevels, parseSeed, replaceHelp } from "../options.js";
import { registerParts } from "../../jobs/register-parts.js";
import { registerProjectionDefaults } from "../../inputs/force-profile.js";

interface RegisterOptions {
  extract: string;
  asOf: string;
  horizon: number;
  paths: number;
  seed: number;
  levels: number[];
  completeFrom?: string;
  out: string;
  replace: boolean;
}

/** `mosovo register`: the register's history reconstructed from its extract, and projected month by month. */
export function registerCommand(context: CommandContext): Command {
  return new Command("register")
    .summary("Reconstruct the register's monthly history from its extract and project it.")
    .description(
      "Reconstruct the register's monthly history from a register extract (one row per person) and project it month by month: known exits on notification end dates, known releases on expected release dates, other exits at the rates the extract's past shows, and joiners forecast from past joiners, with ranges from seeded simulation.",
    )
    .requiredOption("--extract <file>", "register extract CSV: person_ref, registered_on, notification_ends, left_on, left_reason, risk_level, custody_from, custody_until, expected_release, and optionally birth_year")
    .requiredOption("--as-of <date>", "the date the extract describes, YYYY-MM-DD (the clock is never used)", parseIsoDate)
    .option("--horizon <years>", "years ahead to project, 1 to 30", parseHorizon, 5)
    .option("--paths <count>", "simulated paths, 1 to 100000", parsePaths, registerProjectionDefaults.paths)
    .option("--seed <number>", "seed of the random numbers; the same seed gives the same outputs", parseSeed, registerProjectionDefaults.seed)
    .option("--levels <list>", "prediction interval levels in per cent, comma-separated", parseLevels, [80, 95])
    .option("--complete-from <date>", "first day the extract holds everyone who left from, YYYY-MM-DD (default: its earliest left_on)", parseIsoDate)
    .option("--out <dir>", "folder to write the outputs into (made only when the run succeeds)", "reports/register")
    .option("--replace", replaceHelp("register"), false)
    .addHelpText(
      "after",
      `
Outputs, written into --out (aggregates only: no person_ref or other detail of a person is ever written):
  register-history.csv           month_ending, community, custody, community by risk level, joiners,
                                 releases, leavers by reason, from the first whole month the extract
                                 is complete
  register-projection.csv        period_ending, measure, point, lower_L, upper_L for each level; measures
                                 community, custody, community_very_high, community_high, community_medium,
                                 community_low, community_unassessed
  flows.csv                      period_ending, flow, kind (recorded or projected), point, lower_L, upper_L
  register-caseload-history.csv  the yearly counts as a caseload history for mosovo forecast --history
  register-backtest.csv          origin, years_ahead, period_ending, actual, method, point, lower_L, upper_L,
                                 absolute_percentage_error: the projection run on the extract as it stood
                                 1 to 5 years before, beside the trend methods on the same yearly counts
  report.html, charts/           the history and fan chart, the flows, the backtest, and how they were made
A person counts at a month end when registered on or before it and leaving after it.

Examples:
  mosovo register --extract data/synthetic-register/register.csv --as-of 2026-03-31
  mosovo register --extract visor-register.csv --as-of 2026-09-30 --complete-from 2016-04-01 --paths 2000 --out reports/register --replace`,
    )
    .action((options: RegisterOptions) => runRegister(options, context));
}

function runRegister(options: RegisterOptions, context: CommandContext): void {
  checkOutputDirectory(options.out, { replace: options.replace, command: "register" });
  const parts = registerParts({
    extractFile: options.extract,
    asOf: options.asOf,
    ...(options.completeFrom === undefined ? {} : { completeFrom: options.completeFrom }),
    horizonYears: options.horizon,
    paths: options.paths,
    seed: options.seed,
    levels: options.levels,
  });
  const provenance: Provenance = {
    tool: { name: "mosovo-workload", version: context.version },
    commandLine: [
      "mosovo register",
      `--extract ${options.extract}`,
      `--as-of ${options.asOf}`,
      `--horizon ${options.horizon}`,
      `--paths ${options.paths}`,
      `--seed ${options.seed}`,
      `--levels ${options.levels.join(",")}`,
      ...(options.completeFrom === undefined ? [] : [`--complete-from ${options.completeFrom}`]),
    ].join(" "),
    inputs: parts.inputs,
    options: [
      { name: "--as-of", value: options.asOf },
      { name: "--horizon", value: `${options.horizon} years` },
      { name: "--paths", value: String(options.paths) },
      { name: "--levels", value: options.levels.map((level) => `${level}%`).join(", ") },
      { name: "--complete-from", value: options.completeFrom ?? "not given: the extract's earliest left_on" },
    ],
    seed: options.seed,
    methodReferences: parts.methodReferences,
    assumptions: parts.assumptions,
    warnings: parts.warnings,
  };
  const wrote = writeReportFolder({ out: options.out, replace: options.replace, command: "register" }, parts.files, {
    title: "The register: history and projection",
    subtitle: `From ${options.extract}, as of ${options.asOf}`,
    sections: parts.sections,
    provenance,
  });
  for (const warning of parts.warnings) context.warn(`warning: ${warning}`);
  context.print(wrote);
}

/** `--paths`: a whole number of simulated paths from 1 to 100,000. */
function parsePaths(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < 1 || value > 100_000) {
    throw new InvalidArgumentError(`expected a whole number of paths from 1 to 100000, such as 1000; found "${text}"`);
  }
  return value;
}
