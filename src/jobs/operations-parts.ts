import { basename } from "node:path";
import { InputError } from "../errors.js";
import { autoRuleInBrief } from "../forecast/choose-method.js";
import { abstractionColumns, abstractionReader } from "../inputs/abstractions.js";
import { parseCsvTable } from "../inputs/csv-table.js";
import { dateCellExpectation, parseDateCell } from "../inputs/date-cell.js";
import type { ForceProfile } from "../inputs/force-profile.js";
import type { StaffingScenario } from "../inputs/staffing-scenario.js";
import { workItemColumns, workItemReader } from "../inputs/work-items.js";
import { readTextFile } from "../io/read-text-file.js";
import { type CalendarDay, dateParts, isoDate } from "../math/calendar-day.js";
import { operationalMeasures, type OperationalMeasures } from "../operations/operational-measures.js";
import { staffCountWarning, type AssumedTimeAway } from "../operations/abstraction-share.js";
import { outlookRules } from "../operations/outstanding-outlook.js";
import { operationsCsvFiles } from "../report/operations-csv.js";
import { operationsSection } from "../report/operations-section.js";
import type { Assumption, ProvenanceInput } from "../report/provenance.js";
import { scenarioProjection, type ScenarioProjection } from "../scenarios/scenario-projection.js";
import { availableHours } from "../workload/available-hours.js";
import { besideProfile } from "./load-force-model.js";
import type { ReportParts } from "./report-parts.js";
import { readForceFiles, readScenarioFile, scenarioBaseline, type ForceFiles, type ScenarioFile } from "./read-scenario-inputs.js";
import type { ScenarioComparison } from "./scenario-parts.js";

/** What the operational measures are made from. */
export interface OperationsPartsInput {
  /**
   * The force profile (JSON). It gives the hours available a month and the scenarios of the outlook;
   * without it (`mosovo operations` without `--force`) there is no outlook.
   */
  profileFile?: string;
  /** The date the extracts describe, YYYY-MM-DD. */
  asOf: string;
  itemsFile: string;
  abstractionsFile?: string;
  /** Counts from 1 to this − 1 are hidden for publication; 0 (the default) hides nothing. */
  suppressBelow?: number;
  /** Hours the team has in a month, for abstraction shares; by default the profile's (see `operationsParts`). */
  availableHoursPerMonth?: number;
  /** The profile's scenarios already projected (`outlookModel`); without it, they are read from `profileFile`. */
  outlookModel?: OutlookModel;
}

/** The operational measures ready to put in a report and an output folder. */
export interface OperationsParts extends ReportParts {
  /** CSV files by name: outstanding.csv, on-time-completion.csv, reviews.csv, and with their inputs abstractions.csv, regular-abstraction.csv, outlook.csv. */
  files: [string, string][];
  /** Every file read: the profile and the files it names (history, standards, scenarios), then the extracts. */
  inputs: ProvenanceInput[];
  /** Hours a month the abstraction shares are of; null when neither given nor a profile. */
  availableHoursPerMonth: number | null;
  measures: OperationalMeasures;
}

/** The name the outlook gives the force profile as it is, when the profile lists no scenarios. */
export const profileAsItIs = "Status quo (the force profile as it is)";

/**
 * Recommendation 8's operational measures for `mosovo operations` and `mosovo report`: reads and checks
 * the extracts and, with a force profile, its caseload history, workload standards and scenarios
 * (paths relative to the profile; with none listed, the profile as it is), and makes the report section
 * and CSV files.
 *
 * Hours available a month, for the abstraction shares: `availableHoursPerMonth` if given, otherwise the
 * profile's offender managers in post × contracted hours a year (`availableHours(...).contracted`) ÷ 12,
 * before leave, training, sickness and abstraction, because the abstractions extract records those too.
 *
 * @throws {InputError} for a file that cannot be read or does not fit its format, naming it
 */
export function operationsParts(input: OperationsPartsInput): OperationsParts {
  const asOf = parseDateCell(input.asOf);
  if (asOf === undefined) throw new InputError(`as-of date ${input.asOf}: expected ${dateCellExpectation}, in 1900 or later; found "${input.asOf}"`);
  const suppressBelow = input.suppressBelow ?? 0;

  const model = input.outlookModel ?? (input.profileFile === undefined ? null : readOutlookModel(input.profileFile));
  const items = loadExtract(input.itemsFile, (file, text) => parseCsvTable(file, text, workItemColumns, workItemReader(file, { asOf })));
  const abstractions =
    input.abstractionsFile === undefined
      ? null
      : loadExtract(input.abstractionsFile, (file, text) => parseCsvTable(file, text, abstractionColumns, abstractionReader(file, { asOf })));

  checkExtractSpan(asOf, [
    { file: input.itemsFile, column: "due_date", days: items.values.map((item) => item.dueDay) },
    ...(abstractions === null || input.abstractionsFile === undefined
      ? []
      : [{ file: input.abstractionsFile, column: "date", days: abstractions.values.map((abstraction) => abstraction.day) }]),
  ]);

  const profileHours = model === null ? null : (model.force.baselineRules.force.offenderManagers.inPost * availableHours(model.force.baselineRules.force.workingTime).contracted) / 12;
  const availableHoursPerMonth = input.availableHoursPerMonth ?? profileHours;
  const measures = operationalMeasures(items.values, abstractions?.values ?? null, {
    asOf,
    availableHoursPerMonth,
    suppressBelow,
    scenarios: model?.projections ?? null,
    assumedTimeAway: model === null ? null : timeAway(model.force.baselineRules.force.workingTime),
  });

  const assumptions: Assumption[] = [
    { statement: "Work is overdue from the day after its due date; bands are 1–30, 31–90 and over 90 days", source: "tool default", isAssumption: true },
    { statement: "A member of staff abstracted in three consecutive calendar months is regularly abstracted", source: "tool default", isAssumption: true },
  ];
  if (input.availableHoursPerMonth === undefined && profileHours !== null && model !== null) {
    assumptions.push({
      statement: "Hours available a month, for abstraction shares: offender managers in post × contracted hours a week × 365.25 ÷ 7 ÷ 12, before leave, training, sickness and abstraction, which the abstractions extract records",
      source: `${model.force.profile.file}: offenderManagers.inPost, workingTime.contractedHoursPerWeek`,
      isAssumption: false,
    });
  }
  if (model !== null) {
    assumptions.push(...outlookRules.map((statement) => ({ statement, source: "tool default", isAssumption: true })));
    assumptions.push({
      statement: `Outlook scenarios: ${model.projections.map((projection) => projection.name).join("; ")}; caseload forecast by ${model.methodLabel}, the caseload forecast's method (--method; ${autoRuleInBrief}), unless a scenario names another method or a growth rate`,
      source: model.scenarioFiles.length === 0 ? `${model.force.profile.file} (it lists no scenarios)` : `${model.force.profile.file}: scenarios`,
      isAssumption: true,
    });
  }
  const outlookWarnings = (measures.outlook ?? []).flatMap((outlook) => outlook.warnings);
  const staffWarning =
    abstractions === null || model === null
      ? null
      : staffCountWarning(
          input.abstractionsFile!,
          new Set(abstractions.values.map((abstraction) => abstraction.staffNumber)).size,
          model.force.baselineRules.force.offenderManagers.inPost,
        );

  return {
    sections: [operationsSection(measures)],
    files: [...operationsCsvFiles(measures)],
    inputs: [...(model === null ? [] : forceInputs(model.force, model.scenarioFiles)), items.input, ...(abstractions === null ? [] : [abstractions.input])],
    methodReferences: [
      { method: "Within one calendar month", reference: "The corresponding-date rule: Dodds v Walker [1981] 1 WLR 1027 (House of Lords)" },
      { method: "Small-cell suppression", reference: "Primary suppression of small counts, with secondary suppression within a row that has a published total (Office for National Statistics practice)" },
      ...(model === null
        ? []
        : [{ method: "Outlook of outstanding work", reference: "A monthly stock of work: items fall due at the workload standards' rates and are done with the staffing model's hours, highest risk level first (mosovo-workload's outlook model; its rules are under Assumptions)" }]),
    ],
    assumptions,
    warnings: [...new Set([...(model?.warnings ?? []), ...outlookWarnings, ...(staffWarning === null ? [] : [staffWarning])])],
    availableHoursPerMonth,
    measures,
  };
}

/**
 * The input `operationsParts` takes for the extracts a force profile names in `operationalExtracts`,
 * their paths taken relative to the profile; null when it names none.
 */
export function profileOperationsInput(profileFile: string, profile: ForceProfile, suppressBelow = 0): OperationsPartsInput | null {
  const extracts = profile.operationalExtracts;
  if (extracts === undefined) return null;
  return {
    profileFile,
    asOf: extracts.asOf,
    itemsFile: besideProfile(profileFile, extracts.workItems),
    ...(extracts.abstractions === undefined ? {} : { abstractionsFile: besideProfile(profileFile, extracts.abstractions) }),
    suppressBelow,
  };
}

/** The force profile, the files it names and its scenarios projected: what the outlook is made from. */
export interface OutlookModel {
  force: ForceFiles;
  scenarioFiles: ScenarioFile[];
  projections: ScenarioProjection[];
  methodLabel: string;
  warnings: string[];
}

/**
 * The outlook model from scenarios already read and projected on one baseline, as `mosovo report`'s
 * scenario comparison has them, so that the report reads and projects them once.
 */
export function outlookModel(force: ForceFiles, comparison: ScenarioComparison): OutlookModel {
  return {
    force,
    scenarioFiles: comparison.scenarios,
    projections: comparison.projections,
    methodLabel: comparison.baseline.forecast.chosen.label,
    warnings: comparison.baseline.forecast.warnings,
  };
}

/** Reads the force profile, the files it names and its scenarios (with none, the profile as it is), and projects them. */
function readOutlookModel(profileFile: string): OutlookModel {
  const force = readForceFiles(profileFile);
  const scenarioFiles = force.scenarioFiles.map((path) => readScenarioFile(path, force));
  const asItIs: StaffingScenario = { name: profileAsItIs, forceProfile: basename(profileFile) };
  const scenarios = scenarioFiles.length === 0 ? [asItIs] : scenarioFiles.map(({ scenario }) => scenario);
  const baseline = scenarioBaseline(force, scenarioFiles);
  return outlookModel(force, { scenarios: scenarioFiles, baseline, projections: scenarios.map((scenario) => scenarioProjection(baseline, scenario)) });
}

function forceInputs(force: ForceFiles, scenarios: readonly ScenarioFile[]): ProvenanceInput[] {
  return [
    { file: force.profile.file, sha256: force.profile.sha256, rowsUsed: 1 },
    { file: force.history.file, sha256: force.history.sha256, rowsUsed: force.series.filled.filter((filled) => !filled).length },
    { file: force.standards.file, sha256: force.standards.sha256, rowsUsed: 1 },
    ...force.caseloadInputs,
    ...scenarios.map(({ file }) => ({ file: file.file, sha256: file.sha256, rowsUsed: 1 })),
  ];
}

/**
 * Reads and checks one extract. The file's text and its raw rows go out of scope on return, so that a
 * quarter-million-row extract's text can be freed before the next one is read.
 */
/** Most years from the earliest date in the extracts to the as-of date; the tables have a row a month between. */
export const maximumExtractSpanYears = 20;

/**
 * Refuses extracts whose earliest date is more than `maximumExtractSpanYears` before the as-of date: the
 * tables run month by month from that date, so a mistyped as-of date (6000-12-31) or due date would
 * otherwise make thousands of years of empty months.
 *
 * @throws {InputError} naming the as-of date and the earliest date with its file and column
 */
function checkExtractSpan(asOf: CalendarDay, extracts: readonly { file: string; column: string; days: readonly CalendarDay[] }[]): void {
  for (const { file, column, days } of extracts) {
    let earliest = asOf;
    for (const day of days) if (day < earliest) earliest = day;
    const from = dateParts(earliest);
    const to = dateParts(asOf);
    const months = (to.year - from.year) * 12 + (to.month - from.month);
    if (months >= maximumExtractSpanYears * 12) {
      throw new InputError(
        `as-of date ${isoDate(asOf)}: expected a date less than ${maximumExtractSpanYears} years after the earliest ${column} in ${file}; found ${isoDate(earliest)} there, ${Math.floor(months / 12)} years earlier (check the as-of date, or extract a shorter period)`,
      );
    }
  }
}

function loadExtract<Value>(file: string, parse: (file: string, text: string) => Value[]): { values: Value[]; input: ProvenanceInput } {
  const { text, sha256 } = readTextFile(file);
  const values = parse(file, text);
  return { values, input: { file, sha256, rowsUsed: values.length } };
}

function timeAway({ leaveShare, trainingShare, sicknessShare, abstractionShare }: AssumedTimeAway): AssumedTimeAway {
  return { leaveShare, trainingShare, sicknessShare, abstractionShare };
}
