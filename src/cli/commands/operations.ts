import { Command, InvalidArgumentError } from "commander";
import { InputError } from "../../errors.js";
import { abstractionColumns, parseAbstractions } from "../../inputs/abstractions.js";
import { parseCsvTable } from "../../inputs/csv-table.js";
import { parseDateCell } from "../../inputs/date-cell.js";
import { parseWorkItems, workItemColumns } from "../../inputs/work-items.js";
import { readPlotlyBundle } from "../../io/read-plotly-bundle.js";
import { readTextFile } from "../../io/read-text-file.js";
import { checkOutputDirectory, writeOutputDirectory } from "../../io/write-output-directory.js";
import { operationalMeasures } from "../../operations/operational-measures.js";
import { operationsCsvFiles } from "../../report/operations-csv.js";
import { operationsSection } from "../../report/operations-section.js";
import type { Provenance, ProvenanceInput } from "../../report/provenance.js";
import { reportFiles } from "../../report/report-files.js";
import type { CommandContext } from "../command-context.js";
import { parseIsoDate } from "../options.js";

interface OperationsOptions {
  items: string;
  abstractions?: string;
  availableHours?: number;
  asOf: string;
  suppressBelow: number;
  out: string;
  replace: boolean;
}

/** `mosovo operations`: Recommendation 8's operational measures from a dated work-item extract. */
export function operationsCommand(context: CommandContext): Command {
  return new Command("operations")
    .description("Measure outstanding work, supervisor reviews and abstractions from ViSOR-style extracts (Recommendation 8).")
    .requiredOption("--items <file>", "work-item extract CSV: item_id, item_type, risk_level, due_date, completed_date, reviewed_date")
    .option("--abstractions <file>", "abstractions extract CSV: date, staff_ref, hours, reason")
    .option("--available-hours <hours>", "hours the team has in a month: offender managers in post × contracted hours a month", parseAvailableHours)
    .requiredOption("--as-of <date>", "the date the extracts describe, YYYY-MM-DD (the clock is never used)", parseIsoDate)
    .option("--suppress-below <count>", "hide counts from 1 to this − 1 for publication; 0 hides nothing", parseSuppressBelow, 0)
    .option("--out <dir>", "folder to write the outputs into (made only when the run succeeds)", "reports/operations")
    .option("--replace", "replace the outputs already in --out", false)
    .addHelpText(
      "after",
      `
Writes into --out: outstanding.csv (item_type, risk_level, band, count, oldest_days_overdue),
on-time-completion.csv, reviews.csv, abstractions.csv and regular-abstraction.csv (with
--abstractions), report.html and charts/. No item_id or staff_ref is ever written.

Examples:
  mosovo operations --items data/synthetic-operations/work-items.csv \\
    --abstractions data/synthetic-operations/abstractions.csv --available-hours 3207 --as-of 2026-03-31
  mosovo operations --items visor-extract.csv --as-of 2026-09-30 --suppress-below 5 --out reports/published --replace`,
    )
    .action((options: OperationsOptions) => runOperations(options, context));
}

function runOperations(options: OperationsOptions, context: CommandContext): void {
  checkOutputDirectory(options.out, { force: options.replace });
  if (options.availableHours !== undefined && options.abstractions === undefined) {
    throw new InputError(`--available-hours ${options.availableHours}: expected together with --abstractions, whose hours it divides; found no --abstractions`);
  }
  const asOf = parseDateCell(options.asOf);
  if (asOf === undefined) throw new InputError(`--as-of ${options.asOf}: expected a date in 1900 or later; found an earlier one`);

  const items = loadExtract(options.items, (file, text) => parseWorkItems(file, parseCsvTable(file, text, workItemColumns), { asOf }));
  const abstractions =
    options.abstractions === undefined
      ? null
      : loadExtract(options.abstractions, (file, text) => parseAbstractions(file, parseCsvTable(file, text, abstractionColumns), { asOf }));
  const inputs = [items.input, ...(abstractions === null ? [] : [abstractions.input])];

  const measures = operationalMeasures(items.values, abstractions?.values ?? null, {
    asOf,
    availableHoursPerMonth: options.availableHours ?? null,
    suppressBelow: options.suppressBelow,
  });

  const provenance: Provenance = {
    tool: { name: "mosovo-workload", version: context.version },
    commandLine: commandLine(options),
    inputs,
    options: [
      { name: "--as-of", value: options.asOf },
      { name: "--available-hours", value: options.availableHours === undefined ? "not given" : `${options.availableHours} hours a month` },
      { name: "--suppress-below", value: options.suppressBelow > 1 ? String(options.suppressBelow) : `${options.suppressBelow} (nothing hidden)` },
    ],
    seed: null,
    methodReferences: [
      { method: "Within one calendar month", reference: "The corresponding-date rule: Dodds v Walker [1981] 1 WLR 1027 (House of Lords)" },
      { method: "Small-cell suppression", reference: "Primary suppression of small counts, with secondary suppression within a row that has a published total (Office for National Statistics practice)" },
    ],
    assumptions: [
      { statement: "Work is overdue from the day after its due date; bands are 1–30, 31–90 and over 90 days", source: "tool default (issue 6)", isAssumption: true },
      { statement: "A member of staff abstracted in three consecutive calendar months is regularly abstracted", source: "tool default (issue 6)", isAssumption: true },
    ],
    warnings: [],
  };
  const files = new Map<string, string>([
    ...operationsCsvFiles(measures),
    ...reportFiles({
      title: "Outstanding work, supervisor reviews and abstractions",
      subtitle: `From ${options.items}, as of ${options.asOf}`,
      sections: [operationsSection(measures)],
      provenance,
      plotlyBundle: readPlotlyBundle(),
    }),
  ]);
  writeOutputDirectory(options.out, files, { force: options.replace });
  context.print(`Wrote ${[...files.keys()].filter((name) => !name.startsWith("charts/")).join(", ")} and charts/ to ${options.out}`);
}

/**
 * Reads and checks one extract. The file's text and its raw rows go out of scope on return, so that a
 * quarter-million-row extract's text can be freed before the next one is read.
 */
function loadExtract<Value>(file: string, parse: (file: string, text: string) => Value[]): { values: Value[]; input: ProvenanceInput } {
  const { text, sha256 } = readTextFile(file);
  const values = parse(file, text);
  return { values, input: { file, sha256, rowsUsed: values.length } };
}

function commandLine(options: OperationsOptions): string {
  return [
    "mosovo operations",
    `--items ${options.items}`,
    ...(options.abstractions === undefined ? [] : [`--abstractions ${options.abstractions}`]),
    ...(options.availableHours === undefined ? [] : [`--available-hours ${options.availableHours}`]),
    `--as-of ${options.asOf}`,
    `--suppress-below ${options.suppressBelow}`,
  ].join(" ");
}

/** `--available-hours`: a number of hours above 0, such as 3207 (20 offender managers × 37 hours a week × 52 ÷ 12). */
function parseAvailableHours(text: string): number {
  const value = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text.trim()) || !(value > 0)) {
    throw new InvalidArgumentError(`expected hours a month above 0, such as 3207; found "${text}"`);
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
