import { Command, InvalidArgumentError } from "commander";
import { InputError } from "../../errors.js";
import { parseDateCell } from "../../inputs/date-cell.js";
import { registerExtractColumns } from "../../inputs/register-extract.js";
import { checkOutputDirectory, writeOutputDirectory } from "../../io/write-output-directory.js";
import { disposals, syntheticRegister, syntheticRegisterParameters } from "../../register/synthetic-register.js";
import { formatCsv } from "../../report/csv-export.js";
import type { CommandContext } from "../command-context.js";
import { parseIsoDate, parseSeed, replaceHelp } from "../options.js";

interface SyntheticRegisterCommandOptions {
  seed: number;
  asOf: string;
  onRegister: number;
  historyYears: number;
  out: string;
  replace: boolean;
}

const columns = [...registerExtractColumns.required, ...(registerExtractColumns.optional ?? [])];

/**
 * `mosovo synthetic-register`, left out of the help: writes the synthetic register extract bundled in
 * `data/synthetic-register/`. Run again with the same options to check it is unchanged:
 *   mosovo synthetic-register --out data/synthetic-register --replace
 */
export function syntheticRegisterCommand(context: CommandContext): Command {
  return new Command()
    .command("synthetic-register", { hidden: true })
    .description("Write a synthetic example register extract (invented data).")
    .option("--seed <number>", "seed of the random numbers", parseSeed, 20260331)
    .option("--as-of <date>", "the date the extract describes, YYYY-MM-DD", parseIsoDate, "2026-03-31")
    .option("--on-register <count>", "people on the register at the as-of date, roughly", parseCount, 1500)
    .option("--history-years <count>", "years back the extract keeps people who left", parseCount, 10)
    .option("--out <dir>", "folder to write into", "data/synthetic-register")
    .option("--replace", replaceHelp("synthetic-register"), false)
    .action((options: SyntheticRegisterCommandOptions) => {
      checkOutputDirectory(options.out, { replace: options.replace, command: "synthetic-register" });
      const asOf = parseDateCell(options.asOf);
      if (asOf === undefined) throw new InputError(`--as-of ${options.asOf}: expected a date in 1900 or later; found an earlier one`);
      const rows = syntheticRegister({ seed: options.seed, asOf, onRegister: options.onRegister, historyYears: options.historyYears });
      const onRegister = rows.filter((row) => row.left_on === "").length;
      const files = new Map<string, string>([
        ["register.csv", formatCsv(columns, rows.map((row) => columns.map((column) => row[column as keyof typeof row])))],
        ["README.md", readme(options, rows.length, onRegister)],
      ]);
      writeOutputDirectory(options.out, files, { replace: options.replace, command: "synthetic-register" });
      context.print(`Wrote ${rows.length} synthetic people, ${onRegister} on the register at ${options.asOf}, to ${options.out}`);
    });
}

function readme(options: SyntheticRegisterCommandOptions, people: number, onRegister: number): string {
  const parameters = syntheticRegisterParameters;
  return `# Synthetic register extract: not real data

Everything in this folder is **synthetic**: invented by a seeded random generator
(\`src/register/synthetic-register.ts\`), describing no real person, offender or force. The references
(\`SYN-000001\`) are made up. Use it to try \`mosovo register\`.

- \`register.csv\`: ${people} people, ${onRegister} of them on the register at ${options.asOf}; people who
  left more than ${options.historyYears} years before then are not in it, as in a real extract.

How it is made: the register is simulated from 1 September 1997 (Sex Offenders Act 1997) to the as-of
date. Joiners arrive each month (a Poisson count), ${parameters.joinerGrowthPerYear * 100}% more each year (assumption). Each
joiner gets a disposal, which sets the notification period (Sexual Offences Act 2003, section 82; halved
for the ${parameters.underEighteenShare * 100}% under 18, an assumption) and any custody, served to half the sentence before
release (Criminal Justice Act 2003, section 244):

| Disposal | Share of joiners (assumption) | Notification period |
| --- | --- | --- |
${disposals.map((disposal) => `| ${disposal.name} | ${Math.round(disposal.share * 100)}% | ${disposal.notificationYears === null ? "indefinite" : `${disposal.notificationYears} years`} |`).join("\n")}

People then leave by the first of: the end of the notification period; death (${Object.entries(parameters.deathsPerYear).filter(([band]) => band !== "age_not_given").map(([band, rate]) => `${band.replaceAll("_", " ")}: ${rate * 1000} in 1,000 a year`).join("; ")}; roughly the ONS life tables for men, an assumption);
moving away (${parameters.movingAwayPerYear * 100}% a year, assumption); removal on review, for indefinite registrations from
${parameters.reviewAfterYears} years after release (8 if under 18; Sexual Offences Act 2003, sections 91A–91F) at
${parameters.removalOnReviewPerYear * 100}% a year (assumption); another reason (${parameters.otherPerYear * 100}% a year, assumption). Risk levels follow
the NPCC 2016/17 national mix (2% very high, 18% high, 30% medium, 50% low); half of those who joined in
the last ${parameters.unassessedDays} days are not yet assessed (assumption).

Made with (FOLDER standing for this folder's path):

    mosovo synthetic-register --seed ${options.seed} --as-of ${options.asOf} --on-register ${options.onRegister} --history-years ${options.historyYears} --out FOLDER --replace

Try:

    mosovo register --extract FOLDER/register.csv --as-of ${options.asOf}
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
