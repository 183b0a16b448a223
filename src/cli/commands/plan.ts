import { relative, resolve, sep } from "node:path";
import { Command, InvalidArgumentError } from "commander";
import type { StaffingScenario } from "../../inputs/staffing-scenario.js";
import { checkOutputDirectory, writeOutputDirectory } from "../../io/write-output-directory.js";
import { formatCsv } from "../../report/csv-export.js";
import { readableNumber } from "../../report/readable-number.js";
import { leastCostPlan, type LeastCostPlan } from "../../scenarios/least-cost-plan.js";
import type { CommandContext } from "../command-context.js";
import { readForceFiles, readScenarioFile, scenarioBaseline, type ScenarioFile } from "../read-scenario-inputs.js";

interface PlanOptions {
  force: string;
  confidence?: number;
  from?: string;
  out: string;
  replace?: boolean;
}

/** The plan's scenario file, in the --out folder. */
export const planScenarioFile = "least-cost-plan.json";

/** `mosovo plan`: the least-cost hiring plan that keeps both ratios within target every year. */
export function planCommand(context: CommandContext): Command {
  return new Command("plan")
    .description(
      "Find the least-cost hiring plan: whole offender managers and supervisors to hire at the start of\n" +
        "each forecast year so that caseload per trained offender manager and offender managers per\n" +
        "supervisor stay within the profile's targets at every year end, honouring training lag and attrition.",
    )
    .requiredOption("--force <file>", "the force profile (JSON), such as models/example-force.json")
    .option("--confidence <level>", "plan for the upper bound of this prediction interval, in per cent from 1 to 99.9 (default: the point forecast)", parseConfidence)
    .option("--from <file>", "a scenario whose demand, training months, attrition, standards and costs the plan keeps and adds hires to (default: no changes)")
    .option("--out <dir>", `folder to write ${planScenarioFile} and plan.csv into`, "reports/plan")
    .option("--replace", "replace the --out folder if an earlier run of mosovo wrote it")
    .addHelpText(
      "after",
      "\nExamples:\n" +
        "  mosovo plan --force models/example-force.json --from models/scenarios/status-quo.json --confidence 80\n" +
        "  mosovo compare --force models/example-force.json --scenario models/scenarios/status-quo.json --scenario reports/plan/least-cost-plan.json\n" +
        "\nOutputs:\n" +
        `  ${planScenarioFile}  the plan as a scenario file, to edit and give to mosovo compare\n` +
        "  plan.csv              period_ending, offender_managers_hired, supervisors_hired, and the plan's year-end\n" +
        "                        trained_offender_managers, supervisors_in_post, caseload_per_offender_manager,\n" +
        "                        offender_managers_per_supervisor and cost (pounds over the year)",
    )
    .action((options: PlanOptions) => plan(options, context));
}

function plan(options: PlanOptions, context: CommandContext): void {
  const replace = options.replace ?? false;
  checkOutputDirectory(options.out, { force: replace });
  const force = readForceFiles(options.force);
  const start: ScenarioFile[] = options.from === undefined ? [] : [readScenarioFile(options.from, force)];
  const baseline = scenarioBaseline(force, start, options.confidence === undefined ? [] : [options.confidence]);
  const startScenario: StaffingScenario = start[0]?.scenario ?? { name: "No change", forceProfile: options.force };
  const result = leastCostPlan(baseline, startScenario, options.confidence);

  const forceFromOut = relative(resolve(options.out), resolve(options.force)).split(sep).join("/");
  const scenario = planScenario(result, startScenario, forceFromOut, options);
  writeOutputDirectory(
    options.out,
    new Map([
      [planScenarioFile, `${JSON.stringify(scenario, null, 2)}\n`],
      ["plan.csv", planCsv(result)],
    ]),
    { force: replace },
  );
  for (const hire of result.hires) {
    context.print(`${hire.periodEnding}: hire ${count(hire.offenderManagers, "offender manager")} and ${count(hire.supervisors, "supervisor")}`);
  }
  for (const year of result.yearsBeyondReach) {
    context.warn(`plan: the caseload target cannot be met in the year ending ${year}: a new offender manager hired at the start of the forecast is still training then`);
  }
  const cost = result.projection.years.reduce((total, year) => total + year.cost, 0);
  context.print(`cost £${readableNumber(cost)} over ${result.hires.length} years; wrote ${options.out}/${planScenarioFile} and ${options.out}/plan.csv`);
}

/** The plan as a scenario file: the starting scenario's changes and the hires, the force profile relative to the --out folder. */
function planScenario(result: LeastCostPlan, start: StaffingScenario, forceProfile: string, options: PlanOptions): StaffingScenario {
  const basis = options.confidence === undefined ? "the point forecast" : `the upper bound of the ${options.confidence}% prediction interval`;
  const from = options.from === undefined ? "the force profile with no other changes" : `the scenario "${start.name}" (${options.from})`;
  const { demand, workforce, workloadStandards, costs } = result.scenario;
  return {
    name: "Least-cost hiring plan",
    description:
      `Found by mosovo plan from ${from}, planning for ${basis}: the cheapest whole hires at the start of each year that keep ` +
      "caseload per trained offender manager and offender managers per supervisor within the profile's targets at every year end. " +
      "Edit the hires and run mosovo compare to see the effect.",
    forceProfile,
    ...(demand === undefined ? {} : { demand }),
    ...(workforce === undefined ? {} : { workforce }),
    ...(workloadStandards === undefined ? {} : { workloadStandards }),
    ...(costs === undefined ? {} : { costs }),
  };
}

function planCsv(result: LeastCostPlan): string {
  const header = [
    "period_ending",
    "offender_managers_hired",
    "supervisors_hired",
    "trained_offender_managers",
    "supervisors_in_post",
    "caseload_per_offender_manager",
    "offender_managers_per_supervisor",
    "cost",
  ];
  const rows = result.hires.map((hire, index) => {
    const year = result.projection.years[index];
    return [
      hire.periodEnding,
      hire.offenderManagers,
      hire.supervisors,
      year.workforce.trainedOffenderManagers,
      year.workforce.supervisorsInPost,
      year.caseloadPerOffenderManager,
      year.offenderManagersPerSupervisor,
      year.cost,
    ];
  });
  return formatCsv(header, rows);
}

function parseConfidence(text: string): number {
  const value = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text.trim()) || !(value >= 1 && value <= 99.9)) {
    throw new InvalidArgumentError(`expected an interval level in per cent from 1 to 99.9, such as 80; found "${text}"`);
  }
  return value;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
