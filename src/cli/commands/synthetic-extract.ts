import { Command, InvalidArgumentError } from "commander";
import { InputError } from "../../errors.js";
import { parseDateCell } from "../../inputs/date-cell.js";
import { abstractionColumns } from "../../inputs/abstractions.js";
import { workItemColumns } from "../../inputs/work-items.js";
import { checkOutputDirectory, writeOutputDirectory } from "../../io/write-output-directory.js";
import { syntheticExtract } from "../../operations/synthetic-extract.js";
import { formatCsv } from "../../report/csv-export.js";
import type { CommandContext } from "../command-context.js";
import { parseIsoDate, parseSeed, replaceHelp } from "../options.js";

interface SyntheticExtractOptions {
  seed: number;
  asOf: string;
  rsos: number;
  months: number;
  offenderManagers?: number;
  out: string;
  replace: boolean;
}

/**
 * `mosovo synthetic-extract`, left out of the help: writes the synthetic example extracts bundled in
 * `data/synthetic-operations/`. Run again with the same options to check they are unchanged:
 *   mosovo synthetic-extract --out data/synthetic-operations --replace
 */
export function syntheticExtractCommand(context: CommandContext): Command {
  // commander hides a command only when a parent makes it with .command(name, { hidden: true })
  return new Command()
    .command("synthetic-extract", { hidden: true })
    .description("Write synthetic example work-item and abstraction extracts (invented data).")
    .option("--seed <number>", "seed of the random numbers", parseSeed, 20260331)
    .option("--as-of <date>", "the date the extracts describe, YYYY-MM-DD or DD/MM/YYYY", parseIsoDate, "2026-03-31")
    .option("--rsos <count>", "registered sex offenders in the synthetic force", parseCount, 1200)
    .option("--months <count>", "months of history before the as-of date", parseCount, 24)
    .option("--offender-managers <count>", "offender managers whose abstractions the extract holds, OM-01 on (default: one per 60 registered sex offenders, rounded)", parseCount)
    .option("--out <dir>", "folder to write into", "data/synthetic-operations")
    .option("--replace", replaceHelp("synthetic-extract"), false)
    .action((options: SyntheticExtractOptions) => {
      checkOutputDirectory(options.out, { replace: options.replace, command: "synthetic-extract" });
      const asOf = parseDateCell(options.asOf);
      if (asOf === undefined) throw new InputError(`--as-of ${options.asOf}: expected a date in 1900 or later; found an earlier one`);
      const extract = syntheticExtract({
        seed: options.seed,
        asOf,
        registeredSexOffenders: options.rsos,
        months: options.months,
        ...(options.offenderManagers === undefined ? {} : { offenderManagers: options.offenderManagers }),
      });
      const files = new Map<string, string>([
        ["work-items.csv", formatCsv(workItemColumns.required, extract.workItems.map((row) => workItemColumns.required.map((column) => row[column as keyof typeof row])))],
        ["abstractions.csv", formatCsv(abstractionColumns.required, extract.abstractions.map((row) => abstractionColumns.required.map((column) => row[column as keyof typeof row])))],
        ["README.md", readme(options, extract.workItems.length, extract.abstractions.length, extract.offenderManagers)],
      ]);
      writeOutputDirectory(options.out, files, { replace: options.replace, command: "synthetic-extract" });
      context.print(`Wrote ${extract.workItems.length} synthetic work items and ${extract.abstractions.length} abstractions to ${options.out}`);
    });
}

function readme(options: SyntheticExtractOptions, items: number, abstractions: number, staff: number): string {
  const staffOption = options.offenderManagers === undefined ? "" : ` --offender-managers ${options.offenderManagers}`;
  const hoursAMonth = Math.round((staff * 37 * 52) / 12);
  return `# Synthetic example extracts: not real data

Everything in this folder is **synthetic**: invented by a seeded random generator
(\`src/operations/synthetic-extract.ts\`), describing no real person, offender, officer or force.
The references (\`WI-000001\`, \`OM-01\`) are made up. Use these files to try \`mosovo operations\`.

- \`work-items.csv\`: ${items} ARMS assessments, risk management plans and home visits for a force of
  ${options.rsos} registered sex offenders in the national risk mix (2% very high, 18% high, 30% medium,
  50% low), over ${options.months} months to ${options.asOf} and two months after.
- \`abstractions.csv\`: ${abstractions} days or part-days ${staff} offender managers (OM-01 to OM-${String(staff).padStart(2, "0")}) spent
  away from their cases; no supervisors or other staff.

Made with (FOLDER standing for this folder's path):

    mosovo synthetic-extract --seed ${options.seed} --as-of ${options.asOf} --rsos ${options.rsos} --months ${options.months}${staffOption} --out FOLDER --replace

Try:

    mosovo operations --items FOLDER/work-items.csv --abstractions FOLDER/abstractions.csv \\
      --available-hours ${hoursAMonth} --as-of ${options.asOf}

(${hoursAMonth} hours a month: ${staff} offender managers × 37 hours a week × 52 ÷ 12.)
`;
}

/** A whole number from 1 to 1,000,000. */
function parseCount(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < 1 || value > 1_000_000) {
    throw new InvalidArgumentError(`expected a whole number from 1 to 1000000; found "${text}"`);
  }
  return value;
}
