import { Command, InvalidArgumentError } from "commander";
import { checkOutputDirectory, writeOutputDirectory } from "../../io/write-output-directory.js";
import { planColumns, planCsv } from "../../report/plan-section.js";
import { readableNumber } from "../../report/readable-number.js";
import type { CommandContext } from "../command-context.js";
import { replaceHelp } from "../options.js";
import { readForceFiles, readScenarioFile, scenarioBaseline } from "../../jobs/read-scenario-inputs.js";
import { noHireBeforeOption } from "../../jobs/inputs-known-to.js";
import { findPlan, planHireLines, planScenarioFile, planScenarioText, planStartLine, planWarnings } from "../../jobs/scenario-parts.js";
import { parseIsoDate } from "../options.js";

interface PlanOptions {
  force: string;
  confidence?: number;
  from?: string;
  out: string;
  replace: boolean;
  /** `--no-hire-before DATE`, YYYY-MM-DD; commander keeps a `--no-` option under the rest of its name, true when not given. */
  hireBefore: string | true;
}

/** `mosovo plan`: the least-cost hiring plan that keeps both ratios within target at every month end. */
export function planCommand(context: CommandContext): Command {
  return new Command("plan")
    .summary("Find the least-cost hiring plan that keeps both staffing targets at every month end.")
    .description(
      "Find the least-cost hiring plan: whole offender managers and supervisors to hire at the start of any month of the forecast so that caseload per trained offender manager and offender managers per supervisor stay within the profile's targets at every month end (the caseload between year ends on a straight line), honouring training lag and attrition. Month 1 of a forecast year is its first month: April for years ending 31 March.",
    )
    .requiredOption("--force <file>", "the force profile (JSON), such as models/example-force.json")
    .option("--confidence <level>", "plan for the upper bound of this prediction interval, in per cent from 1 to 99.9 (default: the point forecast)", parseConfidence)
    .option("--from <file>", "a scenario whose demand, training months, attrition, standards and costs the plan keeps and adds hires to (default: no changes)")
    .option(
      "--no-hire-before <date>",
      "hire no one before this date, YYYY-MM-DD or DD/MM/YYYY: the first hires start in the first month starting on or after it (default: the date the inputs are known to, the latest of the caseload history's last year end and the profile's operationalExtracts.asOf)",
      parseIsoDate,
    )
    .option("--out <dir>", `folder to write ${planScenarioFile} and plan.csv into`, "reports/plan")
    .option("--replace", replaceHelp("plan"), false)
    .addHelpText(
      "after",
      "\nExamples:\n" +
        "  mosovo plan --force models/example-force.json --from models/scenarios/status-quo.json --confidence 80\n" +
        "  mosovo plan --force models/example-force.json --from models/scenarios/status-quo.json --no-hire-before 2026-10-01\n" +
        "  mosovo compare --force models/example-force.json --scenario models/scenarios/status-quo.json --scenario reports/plan/least-cost-plan.json\n" +
        "\nOutputs:\n" +
        `  ${planScenarioFile}  the plan as a scenario file, to edit and give to mosovo compare\n` +
        `  plan.csv              ${planColumns.join(", ")}:\n` +
        "                        the hires of each year and the months they arrive in (YYYY-MM:count;…), the plan's year-end FTE and ratios, cost in pounds over the year,\n" +
        "                        the year's month ends breaching each target, and how many of its month ends come before the first hire can start\n" +
        "\nNo hire before: month ends before the first hire can start cannot be fixed by hiring. Their breaches are listed\n" +
        "(a warning, and months_before_first_hire in plan.csv), not planned for; the plan meets the targets from the first\n" +
        "month end a hire can reach.",
    )
    .action((options: PlanOptions) => plan(options, context));
}

function plan(options: PlanOptions, context: CommandContext): void {
  checkOutputDirectory(options.out, { replace: options.replace, command: "plan" });
  const force = readForceFiles(options.force);
  const start = options.from === undefined ? undefined : readScenarioFile(options.from, force);
  const baseline = scenarioBaseline(force, start === undefined ? [] : [start], options.confidence === undefined ? [] : [options.confidence]);
  const noHireBefore = options.hireBefore === true ? force.inputsKnownTo : noHireBeforeOption(options.hireBefore);
  const found = findPlan(baseline, force, start, options.confidence, noHireBefore);

  writeOutputDirectory(
    options.out,
    new Map([
      [planScenarioFile, planScenarioText(found, options.force, options.out)],
      ["plan.csv", planCsv(found.result)],
    ]),
    { replace: options.replace, command: "plan" },
  );
  context.print(planStartLine(found.result, noHireBefore));
  for (const line of planHireLines(found.result)) context.print(line);
  for (const warning of [...baseline.forecast.warnings, ...planWarnings(found.result)]) context.warn(`warning: ${warning}`);
  const cost = found.result.projection.years.reduce((total, year) => total + year.cost, 0);
  context.print(`cost £${readableNumber(cost)} over ${found.result.hires.length} years; wrote ${options.out}/${planScenarioFile} and ${options.out}/plan.csv`);
}

function parseConfidence(text: string): number {
  const value = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text.trim()) || !(value >= 1 && value <= 99.9)) {
    throw new InvalidArgumentError(`expected an interval level in per cent from 1 to 99.9, such as 80; found "${text}"`);
  }
  return value;
}
