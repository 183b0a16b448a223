import { Command, InvalidArgumentError } from "commander";
import { InputError } from "../../errors.js";
import { parseDateCell } from "../../inputs/date-cell.js";
import { checkOutputDirectory } from "../../io/write-output-directory.js";
import { outlookColumns } from "../../report/operations-csv.js";
import type { Provenance } from "../../report/provenance.js";
import { readableNumber } from "../../report/readable-number.js";
import type { CommandContext } from "../command-context.js";
import { writeReportFolder } from "../write-report-folder.js";
import { operationsParts } from "../../jobs/operations-parts.js";
import { parseIsoDate, replaceHelp } from "../options.js";

interface OperationsOptions {
  items: string;
  abstractions?: string;
  force?: string;
  availableHours?: number;
  asOf: string;
  suppressBelow: number;
  out: string;
  replace: boolean;
}

/** `mosovo operations`: Recommendation 8's operational measures from a dated work-item extract. */
export function operationsCommand(context: CommandContext): Command {
  return new Command("operations")
    .summary("Measure outstanding work, supervisor reviews and abstractions from extracts.")
    .description("Measure outstanding work, supervisor reviews and abstractions from ViSOR-style extracts (Recommendation 8).")
    .requiredOption("--items <file>", "work-item extract CSV: item_id, item_type, risk_level, due_date, completed_date, reviewed_date")
    .option("--abstractions <file>", "abstractions extract CSV: date, staff_ref, hours, reason")
    .option(
      "--force <file>",
      "force profile JSON: gives the hours available a month (offender managers in post × contracted hours) and the scenarios of the outlook (outlook.csv)",
    )
    .option("--available-hours <hours>", "hours the team has in a month: offender managers in post × contracted hours a month (default: from --force)", parseAvailableHours)
    .requiredOption("--as-of <date>", "the date the extracts describe, YYYY-MM-DD or DD/MM/YYYY, as in the extracts (the clock is never used)", parseIsoDate)
    .option("--suppress-below <count>", "hide counts from 1 to this − 1 for publication; 0 hides nothing", parseSuppressBelow, 0)
    .option("--out <dir>", "folder to write the outputs into (made only when the run succeeds)", "reports/operations")
    .option("--replace", replaceHelp("operations"), false)
    .addHelpText(
      "after",
      `
Outputs, written into --out (no item_id or staff_ref is ever written):
  outstanding.csv          item_type, risk_level, band, count, oldest_days_overdue
  on-time-completion.csv   item_type, due_month, due, completed_on_time, completed_late, outstanding,
                           share_completed_on_time
  reviews.csv              item_type, completed_month, completed, reviewed_within_one_month,
                           reviewed_after_one_month, unreviewed_after_one_month, review_month_not_over,
                           share_reviewed_within_one_month
  abstractions.csv         (with --abstractions) month, reason, hours, share_of_available_hours,
                           staff_abstracted, staff_regularly_abstracted,
                           share_of_available_hours_without_leave_and_sickness (on (all reasons) rows)
  regular-abstraction.csv  (with --abstractions) reason, staff_abstracted_in_three_or_more_consecutive_months
  outlook.csv              (with --force, and not with --suppress-below) ${outlookColumns.join(", ")}
                           for each scenario the profile lists (or the profile as it is) and each of the
                           12 months after --as-of; expected numbers of items, highest risk level done
                           first; months_to_clear_overdue empty when not within 12 months
  report.html, charts/     the section on these measures, with its inputs and assumptions
Shares are fractions from 0 to 1; hidden (suppressed) counts are empty cells.

Examples:
  mosovo operations --items data/synthetic-operations/work-items.csv \\
    --abstractions data/synthetic-operations/abstractions.csv --force models/example-force.json --as-of 2026-03-31
  mosovo operations --items data/synthetic-operations/work-items.csv \\
    --abstractions data/synthetic-operations/abstractions.csv --available-hours 2405 --as-of 2026-03-31
  mosovo operations --items visor-extract.csv --as-of 2026-09-30 --suppress-below 5 --out reports/published --replace`,
    )
    .action((options: OperationsOptions) => runOperations(options, context));
}

function runOperations(options: OperationsOptions, context: CommandContext): void {
  checkOutputDirectory(options.out, { replace: options.replace, command: "operations" });
  if (options.availableHours !== undefined && options.abstractions === undefined) {
    throw new InputError(`--available-hours ${options.availableHours}: expected together with --abstractions, whose hours it divides; found no --abstractions`);
  }
  if (parseDateCell(options.asOf) === undefined) throw new InputError(`--as-of ${options.asOf}: expected a date in 1900 or later; found an earlier one`);

  const parts = operationsParts({
    ...(options.force === undefined ? {} : { profileFile: options.force }),
    asOf: options.asOf,
    itemsFile: options.items,
    ...(options.abstractions === undefined ? {} : { abstractionsFile: options.abstractions }),
    suppressBelow: options.suppressBelow,
    ...(options.availableHours === undefined ? {} : { availableHoursPerMonth: options.availableHours }),
  });

  const provenance: Provenance = {
    tool: { name: "mosovo-workload", version: context.version },
    commandLine: commandLine(options),
    inputs: parts.inputs,
    options: [
      { name: "--as-of", value: options.asOf },
      { name: "--force", value: options.force ?? "not given: no outlook" },
      { name: "--available-hours", value: availableHoursOption(options.availableHours, parts.availableHoursPerMonth) },
      { name: "--suppress-below", value: options.suppressBelow > 1 ? String(options.suppressBelow) : `${options.suppressBelow} (nothing hidden)` },
    ],
    seed: null,
    methodReferences: parts.methodReferences,
    assumptions: parts.assumptions,
    warnings: parts.warnings,
  };
  const wrote = writeReportFolder({ out: options.out, replace: options.replace, command: "operations" }, parts.files, {
    title: "Outstanding work, supervisor reviews and abstractions",
    subtitle: `From ${options.items}, as of ${options.asOf}`,
    sections: parts.sections,
    provenance,
  });
  for (const warning of parts.warnings) context.warn(`warning: ${warning}`);
  context.print(wrote);
  if (options.force === undefined) context.print("No outlook.csv: the outlook of outstanding work needs --force with a force profile.");
  else if (options.suppressBelow > 0) context.print("No outlook.csv: it starts from outstanding counts by risk level that --suppress-below hides, so it is left out for publication.");
}

function availableHoursOption(given: number | undefined, used: number | null): string {
  if (given !== undefined) return `${given} hours a month`;
  return used === null ? "not given" : `not given: ${readableNumber(used, 1)} hours a month from --force`;
}

function commandLine(options: OperationsOptions): string {
  return [
    "mosovo operations",
    `--items ${options.items}`,
    ...(options.force === undefined ? [] : [`--force ${options.force}`]),
    ...(options.abstractions === undefined ? [] : [`--abstractions ${options.abstractions}`]),
    ...(options.availableHours === undefined ? [] : [`--available-hours ${options.availableHours}`]),
    `--as-of ${options.asOf}`,
    `--suppress-below ${options.suppressBelow}`,
  ].join(" ");
}

/** `--available-hours`: a number of hours above 0, such as 2405 (15 offender managers × 37 hours a week × 52 ÷ 12). */
function parseAvailableHours(text: string): number {
  const value = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text.trim()) || !(value > 0)) {
    throw new InvalidArgumentError(`expected hours a month above 0, such as 2405; found "${text}"`);
  }
  return value;
}

/** `--suppress-below`: a whole number of items from 0 to 100. */
function parseSuppressBelow(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value > 100) {
    throw new InvalidArgumentError(`expected a whole number from 0 to 100, such as 5; found "${text}"`);
  }
  return value;
}
