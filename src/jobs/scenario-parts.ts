import { relative, resolve, sep } from "node:path";
import { jsonOutput } from "../report/json-output.js";
import { InputError } from "../errors.js";
import { autoRuleInBrief } from "../forecast/choose-method.js";
import type { StaffingScenario } from "../inputs/staffing-scenario.js";
import { hireMonthLabel, hireMonthLabels } from "../report/hire-month-label.js";
import type { KeyFinding } from "../report/key-findings-section.js";
import { planCsv, planSection, type PlanDescription } from "../report/plan-section.js";
import type { Assumption, ProvenanceInput } from "../report/provenance.js";
import { readableNumber } from "../report/readable-number.js";
import { withoutLocalPaths } from "../report/report-path.js";
import type { ReportSection } from "../report/report-section.js";
import { scenarioKeyFindings } from "../report/scenario-key-findings.js";
import { comparisonCsv, scenariosSection } from "../report/scenarios-section.js";
import { compareScenarios, type ScenarioSummary } from "../scenarios/compare-scenarios.js";
import { leastCostPlan, type LeastCostPlan } from "../scenarios/least-cost-plan.js";
import { UnplannableError } from "../scenarios/monthly-hiring-search.js";
import { planScenario } from "../scenarios/plan-scenario.js";
import { scenarioProjection, type Baseline, type ScenarioProjection } from "../scenarios/scenario-projection.js";
import { readableDate } from "../report/readable-date.js";
import { firstHireMonth } from "../scenarios/first-hire-month.js";
import type { NoHireBefore } from "./inputs-known-to.js";
import type { LoadedForceModel } from "./load-force-model.js";
import type { ReportParts } from "./report-parts.js";
import { readForceFiles, readScenarioFile, scenarioBaseline, type ForceFiles, type ScenarioFile } from "./read-scenario-inputs.js";

/** The file `mosovo plan` writes the plan into, and `mosovo report` beside its other outputs. */
export const planScenarioFile = "least-cost-plan.json";

/** The name the plan found by a run goes by among the compared scenarios, apart from any plan file compared. */
export const planFoundName = "Least-cost plan found by this run";

/** The scenarios to compare: those named with --scenario, else those the force profile lists. */
export function scenarioFilesToCompare(force: ForceFiles, given: readonly string[]): string[] {
  if (given.length > 0) return [...given];
  if (force.scenarioFiles.length > 0) return force.scenarioFiles;
  throw new InputError(
    `${force.profile.file}: expected scenarios to compare; found none: give --scenario FILE once for each, or list the scenario files in the profile's "scenarios"`,
  );
}

/** Scenario files read, checked against the force and projected on one baseline forecast. */
export interface ScenarioComparison {
  scenarios: ScenarioFile[];
  baseline: Baseline;
  projections: ScenarioProjection[];
}

/**
 * Reads the scenario files, forecasts the force's caseload once for them all (with the 80% and 95%
 * intervals, any level a scenario plans for and `extraLevels`), and projects each scenario.
 */
export function compareScenarioFiles(force: ForceFiles, scenarioFiles: readonly string[], extraLevels: readonly number[] = []): ScenarioComparison {
  const scenarios = scenarioFiles.map((file) => readScenarioFile(file, force));
  const baseline = scenarioBaseline(force, scenarios, extraLevels);
  return { scenarios, baseline, projections: scenarios.map(({ scenario }) => scenarioProjection(baseline, scenario)) };
}

/** A plan found from a starting scenario, with the words that say how it was found. */
export interface FoundPlan {
  result: LeastCostPlan;
  /** The scenario the plan was found from: the starting scenario file's, or one that changes nothing. */
  startScenario: StaffingScenario;
  description: PlanDescription;
  start?: ScenarioFile;
  confidence?: number;
}

/**
 * `leastCostPlan` from a scenario file, or from the force profile with no changes when there is none,
 * hiring from the first month starting on or after the no-hire-before date: the one given, else the date
 * the inputs are known to (`ForceFiles.inputsKnownTo`).
 *
 * @throws {InputError} when no month of the forecast starts on or after that date, naming where it came from
 */
export function findPlan(
  baseline: Baseline,
  force: ForceFiles,
  start: ScenarioFile | undefined,
  confidence: number | undefined,
  noHireBefore: NoHireBefore = force.inputsKnownTo,
): FoundPlan {
  const startScenario: StaffingScenario = start?.scenario ?? { name: "No change", forceProfile: force.profile.file };
  checkHireCanStart(baseline, noHireBefore);
  let result: LeastCostPlan;
  try {
    result = leastCostPlan(baseline, startScenario, confidence, noHireBefore.date);
  } catch (error) {
    if (!(error instanceof UnplannableError)) throw error;
    throw new InputError(
      `${start?.file.file ?? force.profile.file}: cannot plan hires for this force: ${error.message}; check the caseload, the targets, the training months and the attrition`,
    );
  }
  return {
    result,
    startScenario,
    description: {
      from: start === undefined ? "the force profile with no other changes" : `the scenario "${start.scenario.name}" (${withoutLocalPaths(start.file.file)})`,
      planningFor: confidence === undefined ? "the point forecast" : `the upper bound of the ${confidence}% prediction interval`,
      noHireBefore: { date: noHireBefore.date, reason: noHireBefore.reason },
    },
    ...(start === undefined ? {} : { start }),
    ...(confidence === undefined ? {} : { confidence }),
  };
}

/** Refuses a no-hire-before date after which no month of the forecast starts: the plan could hire no one. */
function checkHireCanStart(baseline: Baseline, noHireBefore: NoHireBefore): void {
  const { history, futurePeriodEnding } = baseline.forecast;
  const months = 12 * futurePeriodEnding.length;
  if (firstHireMonth(history.periodEnding[history.periodEnding.length - 1], noHireBefore.date) < months) return;
  const lastEnd = futurePeriodEnding[futurePeriodEnding.length - 1];
  const lastMonthStart = `${lastEnd.slice(0, 7)}-01`;
  throw new InputError(
    `${noHireBefore.source}: expected a no-hire-before date on or before ${lastMonthStart}, the first day of the plan's last month (its years end on ${lastEnd}), so that a hire can start within the plan; found ${noHireBefore.date}` +
      (noHireBefore.given ? "" : `, the date the inputs are known to, which no hire of a plan may start before`),
  );
}

/** The plan as scenario file text, naming the force profile relative to the folder it is written into. */
export function planScenarioText(plan: FoundPlan, profileFile: string, outFolder: string): string {
  const forceProfile = relative(resolve(outFolder), resolve(profileFile)).split(sep).join("/");
  const from = plan.start === undefined ? undefined : { name: plan.start.scenario.name, file: withoutLocalPaths(plan.start.file.file) };
  const scenario = planScenario(plan.result, {
    forceProfile,
    noHireBefore: plan.description.noHireBefore,
    ...(from === undefined ? {} : { from }),
    ...(plan.confidence === undefined ? {} : { confidence: plan.confidence }),
  });
  return jsonOutput(scenario);
}

/** One line a scenario's breaches and cost, as `compare` prints it. */
export function summaryLine(summary: ScenarioSummary, years: number): string {
  const breach = [
    summary.firstCaseloadBreach === null ? "caseload within target at every month end" : `caseload target first breached in the year ending ${summary.firstCaseloadBreach}`,
    summary.firstSupervisionBreach === null ? "supervision within target at every month end" : `supervision target first breached in the year ending ${summary.firstSupervisionBreach}`,
    `chance of a caseload breach at a year end in any year at least ${percent(summary.highestBreachProbability)}` +
      (summary.breachProbabilityOnceHiresCanStart === null
        ? ""
        : `, from the year ending ${summary.breachProbabilityOnceHiresCanStart.fromPeriodEnding} (the first a hire can still change) at least ${percent(summary.breachProbabilityOnceHiresCanStart.probability)}`),
  ].join("; ");
  return `${summary.name}: ${breach}; cost £${readableNumber(summary.totalCost)} over ${years} years`;
}

/**
 * One line a year of the plan's hires, as `plan` prints them, naming the calendar month each arrives
 * in (month 1 of a year ending 31 March is April).
 */
export function planHireLines(plan: LeastCostPlan): string[] {
  return plan.hires.map((hire) => {
    const when = (role: "offenderManagers" | "supervisors") => {
      const months = hire.months.filter((month) => month[role] > 0);
      if (months.length === 0) return "";
      return ` (${months.map((month) => (months.length === 1 && month[role] === hire[role] ? "" : `${month[role]} `) + `in ${hireMonthLabel(hire.periodEnding, month.month)}`).join(", ")})`;
    };
    return `${hire.periodEnding}: hire ${count(hire.offenderManagers, "offender manager")}${when("offenderManagers")} and ${count(hire.supervisors, "supervisor")}${when("supervisors")}`;
  });
}

/** The line `plan` prints first: the date no hire is planned before, why, and the first month a hire can start. */
export function planStartLine(plan: LeastCostPlan, noHireBefore: { date: string; reason: string }): string {
  return `no hire before ${readableDate(noHireBefore.date)}: ${noHireBefore.reason}; the first hire can start in ${firstHireMonthLabel(plan)}`;
}

/** The first month a hire of the plan can start in, such as `April 2026`. */
export function firstHireMonthLabel(plan: LeastCostPlan): string {
  return hireMonthLabel(plan.firstHireMonth.periodEnding, plan.firstHireMonth.month);
}

/**
 * A warning for each year with month ends that breach a target before any hire can start, one for each
 * year with month ends no hire can reach in training, and one if the search stopped at its cap.
 */
export function planWarnings(plan: LeastCostPlan): string[] {
  const labels = hireMonthLabels;
  const beforeFirstHire = plan.breachesBeforeFirstHire.map((year) => {
    const breached = [
      ...(year.caseloadMonths.length === 0 ? [] : [`the caseload target at the end of ${labels(year.periodEnding, year.caseloadMonths)}`]),
      ...(year.supervisionMonths.length === 0 ? [] : [`the supervision target at the end of ${labels(year.periodEnding, year.supervisionMonths)}`]),
    ];
    return (
      `plan: ${breached.join(" and ")} (year ending ${year.periodEnding}) ${breached.length === 1 ? "is" : "are"} breached before any hire can start ` +
      `(no hire before ${readableDate(plan.noHireBefore!)}), so no hire can change ${breached.length === 1 ? "it" : "them"}`
    );
  });
  const beyondReach = plan.monthsBeyondReach.map(
    (year) =>
      `plan: the caseload target cannot be met at the end of ${labels(year.periodEnding, year.months)} (year ending ${year.periodEnding}): a new offender manager hired in ${firstHireMonthLabel(plan)}, the first month a hire can start, is still training then`,
  );
  const cap = plan.stoppedAtCap
    ? [`plan: the search stopped at its limit of work before proving the plan the cheapest; it meets every target, and no plan costs more than £${readableNumber(Math.ceil(plan.possibleSaving))} less`]
    : [];
  return [...beforeFirstHire, ...beyondReach, ...cap];
}

/** What the scenario comparison takes as given. */
export function scenarioAssumptions(methodLabel: string): Assumption[] {
  return [
    { statement: `Baseline caseload forecast by ${methodLabel}, the caseload forecast's method (--method; ${autoRuleInBrief}), unless a scenario names another method or a growth rate`, source: "tool default", isAssumption: true },
    {
      statement: "A new offender manager carries no caseload until the training months are over, then a full one: the scenario's figure, else the force profile's offenderManagers.trainingMonths, else 0",
      source: "scenario files and the force profile",
      isAssumption: true,
    },
    { statement: "Leavers go at a constant monthly rate from the scenario's yearly attrition and are not replaced unless the scenario hires", source: "scenario files (default 0)", isAssumption: true },
    {
      statement:
        "The targets are checked at every month end, the caseload between year ends on a straight line from one year end's figure to the next. The chance of a caseload breach is read from the forecast's own distribution at each year end (its point and every interval level, the combination's at every calibrated level), so at the upper bound of the L% interval it is (100 − L)/2 %. The chance of a breach in any year is the highest year's: the years' caseloads are taken as moving together (a forecast too low in one year is too low in the next), which gives the least it can be",
      source: "tool default",
      isAssumption: true,
    },
  ];
}

/** What the least-cost plan takes as given. */
export const planAssumption: Assumption = {
  statement:
    "The least-cost plan hires whole offender managers and supervisors at the start of any month of the forecast from the first month starting on or after its no-hire-before date (by default the date the inputs are known to: the latest of the caseload history's last year end and the operational extracts' as-of date), keeps both targets at every month end a hire can reach, and costs them at the scenario's cost per FTE over the months they are in post",
  source: "tool default",
  isAssumption: true,
};

/** The scenarios and the plan, as `mosovo report` takes them into its output. */
export interface ScenarioParts extends Omit<ReportParts, "methodReferences"> {
  /** The scenarios compared, the plan among them, then the plan's hires. */
  sections: ReportSection[];
  /** comparison.csv (the plan's rows last, unless a compared scenario holds the same plan), least-cost-plan.json and plan.csv, by their names in the output folder. */
  files: [string, string][];
  /** The scenario files read; the force profile and the files it names are the caller's to list. */
  inputs: ProvenanceInput[];
  /** Lines to print: one a scenario, the plan among them, and the plan's hires. */
  summaryLines: string[];
  /** The comparison and the plan in a few sentences, for the report's "At a glance". */
  keyFindings: KeyFinding[];
  /** The force files and the profile's scenarios as read and projected, for the operations outlook to reuse. */
  force: ForceFiles;
  comparison: ScenarioComparison;
  /** Every scenario compared, the plan found last, with their summaries in the same order. */
  compared: ScenarioProjection[];
  summaries: ScenarioSummary[];
  /** The least-cost plan found, on `comparison.baseline`, for the sensitivity analysis to find again. */
  plan: FoundPlan;
  /** The name the plan is shown under: `planFoundName`, or that of a compared scenario holding the same plan. */
  planName: string;
}

/** The interval level the report's plan plans for by default: the upper bound the staffing section also shows. */
export const reportPlanConfidence = 80;

/**
 * Compares the given scenarios and finds the least-cost plan for `mosovo report`. The plan starts from
 * the first scenario named "Status quo" (in any case), or from the profile with no changes, plans for
 * the upper bound of the `planConfidence`% interval (default 80), hires no one before the date the inputs
 * are known to (`inputsKnownTo`, as `mosovo plan` by default), and is compared as one more scenario,
 * named `planFoundName`, unless a compared scenario has the same caseload, staff and cost every year: then
 * it is shown once, under that scenario's name, and the section says so. Works out the force's years again: the scenarios always cover five years, whatever
 * the report's horizon; the force files are read again unless `input.model` gives them as loaded.
 *
 * @param input.scenarioFiles paths from the working folder, such as `ForceFiles.scenarioFiles`
 * @param input.out the folder the files will be written into, so the plan names the profile relative to it
 * @throws {InputError} for a scenario file that cannot be read or does not fit, naming its JSON path
 */
export function scenarioParts(input: {
  profileFile: string;
  scenarioFiles: readonly string[];
  out: string;
  planConfidence?: number;
  noHireBefore?: NoHireBefore;
  /** The profile and the files it names as the caller has loaded them (`loadForceModel`), so they are not read again. */
  model?: LoadedForceModel;
}): ScenarioParts {
  const confidence = input.planConfidence ?? reportPlanConfidence;
  const force = readForceFiles(input.profileFile, input.model);
  const comparison = compareScenarioFiles(force, input.scenarioFiles, [confidence]);
  const { scenarios, baseline, projections } = comparison;
  const start = scenarios.find(({ scenario }) => scenario.name.trim().toLowerCase() === "status quo");
  const plan = findPlan(baseline, force, start, confidence, input.noHireBefore ?? force.inputsKnownTo);
  const planProjection = { ...plan.result.projection, name: planFoundName };
  // a plan that a compared scenario already holds (such as a plan file made by an earlier run) is shown once, under that scenario's name
  const sameAs = projections.find((projection) => sameStaffAndCaseload(projection, planProjection));
  const compared = sameAs === undefined ? [...projections, planProjection] : projections;
  const planName = sameAs?.name ?? planFoundName;
  const summaries = compareScenarios(compared, plan.description.noHireBefore.date);
  const description = { ...plan.description, ...(sameAs === undefined ? {} : { sameAs: sameAs.name }) };
  const shownOnce =
    sameAs === undefined
      ? undefined
      : `The least-cost plan found by this run hires as "${sameAs.name}" does, with the same caseload, staff and cost every year, so it is shown once, under that name.`;

  return {
    sections: [scenariosSection(compared, summaries, shownOnce), planSection(plan.result, description)],
    files: [
      ["comparison.csv", comparisonCsv(compared)],
      [planScenarioFile, planScenarioText(plan, input.profileFile, input.out)],
      ["plan.csv", planCsv(plan.result)],
    ],
    inputs: scenarios.map(({ file }) => ({ file: file.file, sha256: file.sha256, rowsUsed: 1 })),
    assumptions: [...scenarioAssumptions(baseline.forecast.chosen.label), planAssumption],
    warnings: planWarnings(plan.result),
    summaryLines: [...summaries.map((summary) => summaryLine(summary, force.yearEndings.length)), ...planHireLines(plan.result)],
    keyFindings: scenarioKeyFindings(summaries, { name: planName, result: plan.result, planningFor: plan.description.planningFor }),
    force,
    comparison,
    compared,
    summaries,
    plan,
    planName,
  };
}

function sameStaffAndCaseload(a: ScenarioProjection, b: ScenarioProjection): boolean {
  return a.years.every((year, index) => {
    const other = b.years[index];
    return (
      year.demand.planned === other.demand.planned &&
      year.workforce.offenderManagersInPost === other.workforce.offenderManagersInPost &&
      year.workforce.trainedOffenderManagers === other.workforce.trainedOffenderManagers &&
      year.workforce.supervisorsInPost === other.workforce.supervisorsInPost &&
      year.cost === other.cost
    );
  });
}

function percent(probability: number): string {
  return `${Number((probability * 100).toPrecision(3))}%`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
