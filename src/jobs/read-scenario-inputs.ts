import { InputError } from "../errors.js";
import { combinationCalibrationTable } from "../forecast/methods/combination-calibration-table.js";
import { forceValues } from "../inputs/force-profile.js";
import { parseStaffingScenario, type StaffingScenario } from "../inputs/staffing-scenario.js";
import { workloadStandardValues } from "../inputs/workload-standards.js";
import { readTextFile, type TextFile } from "../io/read-text-file.js";
import type { Baseline } from "../scenarios/scenario-projection.js";
import { addYears } from "../series/add-years.js";
import type { AnnualSeries } from "../series/annual-series.js";
import type { CustodyFigure } from "../workload/custody-figure.js";
import type { RegisterFlows } from "../workload/register-flows.js";
import { inputsKnownTo, type NoHireBefore } from "./inputs-known-to.js";
import type { ProvenanceInput } from "../report/provenance.js";
import { staffingForecastLevels } from "../workload/caseload-path.js";
import { caseloadFlows, forceCaseloadForecast } from "./force-caseload.js";
import { requireYearsFor } from "./load-caseload-history.js";
import { besideProfile, loadForceModel, type LoadedForceModel } from "./load-force-model.js";

/** Recommendation 8 asks for five years. */
export const scenarioHorizonYears = 5;

/** A force profile and the files it names, read and checked, before any forecast. */
export interface ForceFiles {
  profile: TextFile;
  history: TextFile;
  standards: TextFile;
  series: AnnualSeries;
  baselineRules: Omit<Baseline, "forecast">;
  /** The custody figure the baseline's custody work is counted on, and where it comes from. */
  custody: CustodyFigure;
  /** The profile and the files it names as read, for the baseline forecast. */
  model: LoadedForceModel;
  /** The register extract, where the caseload is its projection's; none otherwise. */
  caseloadInputs: ProvenanceInput[];
  /** The years the forecast will cover, by the calendar year each ends in. */
  yearEndings: number[];
  /** The scenario files the profile lists, as paths from the working folder (relative to the profile in the file). */
  scenarioFiles: string[];
  /**
   * A register projection's joiners and releases by year, where the force's files give one: the flows
   * the scenarios' baseline counts one-off work on (`scenarioBaseline`): the register projection's, where the
   * caseload is its (`caseloadFlows`).
   */
  flows?: RegisterFlows;
  /** The date the inputs are known to (`inputsKnownTo`): a plan's no-hire-before date unless it is given. */
  inputsKnownTo: NoHireBefore;
}

/** A scenario file as read and checked. */
export interface ScenarioFile {
  file: TextFile;
  scenario: StaffingScenario;
}

/**
 * Reads the force profile given with `--force`, the caseload history and workload standards it names
 * (paths relative to the profile), and works out the forecast's years.
 *
 * @param loaded the same profile and files as the caller has already loaded them (`loadForceModel`),
 *   so that they are not read and checked again; the history must still hold years enough for `auto`
 */
export function readForceFiles(forceFile: string, loaded?: LoadedForceModel): ForceFiles {
  if (loaded !== undefined) requireYearsFor("auto", loaded.historyFile, loaded.history.observations);
  const model = loaded ?? loadForceModel(forceFile, "auto");
  const { series } = model.history;
  // the register projection's custody year by year, where the caseload is its
  const fromRegister = model.profile.register?.caseloadFrom === "register" ? forceCaseloadForecast(model, { horizon: scenarioHorizonYears, levels: staffingForecastLevels, method: "auto" }) : undefined;
  const custody = fromRegister?.custody ?? model.custody;
  const lastPeriodEnding = series.periodEnding[series.periodEnding.length - 1];
  const yearEndings = Array.from({ length: scenarioHorizonYears }, (_, step) => Number(addYears(lastPeriodEnding, step + 1).slice(0, 4)));
  return {
    profile: model.profileInput,
    history: model.history.input,
    standards: model.standardsInput,
    series,
    baselineRules: { standards: workloadStandardValues(model.standards), force: { ...forceValues(model.profile), peopleInCustody: custody.people } },
    custody,
    model,
    caseloadInputs: fromRegister?.inputs ?? [],
    ...(fromRegister === undefined ? {} : { flows: caseloadFlows(fromRegister.forecast) }),
    yearEndings,
    scenarioFiles: (model.profile.scenarios ?? []).map((path) => besideProfile(forceFile, path)),
    inputsKnownTo: inputsKnownTo(model.profile, series, { profile: forceFile, history: model.historyFile }),
  };
}

/**
 * Reads and checks a scenario file against the force: its schema and years, that the force profile it
 * names is the file given with `--force` (same bytes), and that its abstraction share leaves time for
 * casework.
 */
export function readScenarioFile(scenarioFile: string, force: ForceFiles): ScenarioFile {
  const file = readTextFile(scenarioFile);
  const scenario = parseStaffingScenario(scenarioFile, file.text, { yearEndings: force.yearEndings });
  const named = besideProfile(scenarioFile, scenario.forceProfile);
  let namedSha256: string;
  try {
    namedSha256 = readTextFile(named).sha256;
  } catch {
    throw new InputError(`${scenarioFile}, JSON path forceProfile: expected the path of a force profile relative to this file; found "${scenario.forceProfile}", which cannot be read (${named})`);
  }
  if (namedSha256 !== force.profile.sha256) {
    throw new InputError(
      `${scenarioFile}, JSON path forceProfile: expected the force profile given with --force (${force.profile.file}); found "${scenario.forceProfile}", a different file`,
    );
  }
  const workingTime = force.baselineRules.force.workingTime;
  const abstraction = scenario.workforce?.abstractionShare;
  if (abstraction !== undefined && workingTime.leaveShare + workingTime.trainingShare + workingTime.sicknessShare + abstraction >= 1) {
    const away = workingTime.leaveShare + workingTime.trainingShare + workingTime.sicknessShare;
    throw new InputError(
      `${scenarioFile}, JSON path workforce.abstractionShare: expected a share below ${Number((1 - away).toPrecision(12))}, so that with the profile's leave, training and sickness (${Number(away.toPrecision(12))}) some time is left for casework; found ${abstraction}`,
    );
  }
  return { file, scenario };
}

/**
 * The baseline forecast for the scenarios: every method fitted, the one asked for or the `auto` rule's
 * (or the register projection, where the profile takes the caseload from it, `forceCaseloadForecast`),
 * with the 80% and 95% intervals, any other level a scenario plans for, and every level the
 * combination's calibration learned, so that the chance of a breach reads the forecast's whole
 * distribution. A scenario naming a method the history is too short for is refused, naming its JSON path.
 *
 * @param flows a register projection's joiners and releases by year, one entry for each forecast year,
 *   by default the force's (`ForceFiles.flows`): with them every scenario counts the one-off work of
 *   joining the register and release from custody, as the staffing section does. Without them it is not counted.
 */
export function scenarioBaseline(
  force: ForceFiles,
  scenarios: readonly ScenarioFile[],
  extraLevels: readonly number[] = [],
  flows: RegisterFlows | undefined = force.flows,
): Baseline {
  const levels = [...new Set([80, 95, ...combinationCalibrationTable.levels, ...extraLevels, ...scenarios.flatMap(({ scenario }) => (scenario.demand?.upperBoundLevel === undefined ? [] : [scenario.demand.upperBoundLevel]))])].sort(
    (a, b) => a - b,
  );
  const { forecast } = forceCaseloadForecast(force.model, { horizon: scenarioHorizonYears, levels, method: "auto" });
  for (const { file, scenario } of scenarios) {
    const method = scenario.demand?.method;
    if (method !== undefined && method !== "auto" && !forecast.methods.some((fitted) => fitted.method === method)) {
      throw new InputError(
        `${file.file}, JSON path demand.method: expected a method that can be fitted to the ${force.series.values.length} years of ${force.history.file}, one of auto, ${forecast.methods.map((fitted) => fitted.method).join(", ")}; found "${method}"`,
      );
    }
  }
  return { forecast, ...force.baselineRules, ...(flows === undefined ? {} : { flows }) };
}
