import { Command } from "commander";
import { readPlotlyBundle } from "../../io/read-plotly-bundle.js";
import { checkedPlotlyBundle } from "../../report/plotly-bundle.js";
import { checkOutputDirectory, type OutputContent, writeOutputDirectory } from "../../io/write-output-directory.js";
import { custodyAssumption } from "../../report/custody-statement.js";
import { forecastAssumptions, forecastMethodReferences } from "../../report/forecast-provenance.js";
import { forecastAppendixSection, forecastSection } from "../../report/forecast-section.js";
import { forecastSummaryJson } from "../../report/forecast-summary-json.js";
import { forecastSummary } from "../../report/forecast-summary.js";
import { allMethodsCsv, backtestCsv, chosenForecastCsv } from "../../report/forecast-tables.js";
import { type KeyFinding, keyFindingsSection } from "../../report/key-findings-section.js";
import { operationsKeyFindings } from "../../report/operations-key-findings.js";
import type { Provenance } from "../../report/provenance.js";
import { reportFiles } from "../../report/report-files.js";
import type { ReportSection } from "../../report/report-section.js";
import { staffingKeyFindings } from "../../report/staffing-key-findings.js";
import { modelValuesAppendixSection, staffingSection } from "../../report/staffing-section.js";
import { staffingCsv, staffingJson } from "../../report/staffing-tables.js";
import { staffingResult } from "../../workload/staffing-result.js";
import { lower80Path, staffingForecastLevels } from "../../workload/caseload-path.js";
import type { CommandContext } from "../command-context.js";
import { caseloadFlows, caseloadSubtitle, forceCaseloadForecast, profileDateNames, profileRegisterInput } from "../../jobs/force-caseload.js";
import { registerParts } from "../../jobs/register-parts.js";
import { escapeHtml } from "../../report/escape-html.js";
import { registerSectionNote } from "../../report/register-caseload-statement.js";
import { besideProfile, forceModelInputs, loadForceModel, type LoadedForceModel } from "../../jobs/load-force-model.js";
import { recommendation8Parts } from "../../jobs/recommendation-8-parts.js";
import type { CaseloadForecast } from "../../forecast/caseload-forecast.js";
import { forceValues } from "../../inputs/force-profile.js";
import { workloadStandardValues } from "../../inputs/workload-standards.js";
import { renderRecommendation8Page } from "../../report/recommendation-8-page.js";
import { recommendation8Section } from "../../report/recommendation-8-summary.js";
import { sensitivityCsv, sensitivitySection } from "../../report/sensitivity-section.js";
import { sensitivityAnalysis, type ChosenOption, type SensitivityModel } from "../../sensitivity/sensitivity-analysis.js";
import type { StaffingResult } from "../../workload/staffing-result.js";
import { operationsParts, outlookModel, profileOperationsInput } from "../../jobs/operations-parts.js";
import { scenarioParts, type ScenarioParts } from "../../jobs/scenario-parts.js";
import { noHireBeforeOption } from "../../jobs/inputs-known-to.js";
import { methodHelp, parseMethodName } from "../method-option.js";
import { parseHorizon, parseIsoDate, replaceHelp } from "../options.js";

interface ReportOptions {
  force: string;
  horizon: number;
  method: string;
  out: string;
  replace: boolean;
  chartPages: boolean;
  /** `--no-hire-before DATE`, YYYY-MM-DD; commander keeps a `--no-` option under the rest of its name, true when not given. */
  hireBefore: string | true;
}

/**
 * `mosovo report`: the whole job for one force profile, what `npm start` runs on the bundled example.
 */
export function reportCommand(context: CommandContext): Command {
  return new Command("report")
    .description("Run the whole job on a force profile (forecast, staffing, scenarios, operations) and write one report.")
    .option("--force <file>", "force profile JSON; it names its caseload history, workload standards, scenarios and extracts", "models/example-force.json")
    .option("--horizon <years>", "years ahead to forecast, 1 to 30", parseHorizon, 5)
    .option("--method <name>", methodHelp(), parseMethodName, "auto")
    .option("--out <dir>", "folder to write the outputs into (made only when the run succeeds)", "reports/example")
    .option("--replace", replaceHelp("report"), false)
    .option(
      "--no-hire-before <date>",
      "the least-cost plan hires no one before this date, YYYY-MM-DD or DD/MM/YYYY (default: the date the inputs are known to, the latest of the caseload history's last year end and the profile's operationalExtracts.asOf)",
      parseIsoDate,
    )
    .option("--chart-pages", "also write each chart as a self-contained page of its own in charts/, to attach on its own (about 4 MB each)", false)
    .addHelpText(
      "after",
      `
Forecasts the caseload history the profile names, works out the offender managers and supervisors
needed, compares the scenarios the profile lists and measures the operational extracts it names, and
writes recommendation-8.html (the one-page summary), report.html (all sections), sensitivity.csv and the
CSV and JSON files of each stage into --out; with --chart-pages, each chart as its own page in charts/.
Where the profile names its register extract, the register's history, projection and backtest are
added; with caseloadFrom "register", the caseload, its risk mix and custody are the projection's.

Examples:
  mosovo report                                              the bundled example, to reports/example/
  mosovo report --force my-force.json --out reports/2026-review
  mosovo report --force my-force.json --method damped --out reports/2026-review --replace
  mosovo report --chart-pages --replace                      the example, with every chart as a page of its own`,
    )
    .action((options: ReportOptions) => runReport(options, context));
}

function runReport(options: ReportOptions, context: CommandContext): void {
  checkOutputDirectory(options.out, { replace: options.replace, command: "report" });
  const model = loadForceModel(options.force, options.method);
  const { profile, standards, standardsFile, historyFile } = model;

  const caseload = forceCaseloadForecast(model, { horizon: options.horizon, levels: staffingForecastLevels, method: options.method });
  const { forecast } = caseload;
  const staffing = staffingResult(forecast, { standards, standardsFile, profile, profileFile: options.force, custody: caseload.custody }, caseloadFlows(forecast));
  // the register's history, projection and backtest, where the profile names its extract
  const registerInput = profile.register === undefined ? undefined : profileRegisterInput(options.force, profile, { horizonYears: options.horizon, levels: staffingForecastLevels });
  const register = registerInput === undefined ? undefined : registerParts(registerInput, profileDateNames(options.force));
  // the scenarios the profile lists, compared with the least-cost plan this run finds
  const scenarioFiles = (profile.scenarios ?? []).map((path) => besideProfile(options.force, path));
  const scenarios = scenarioFiles.length === 0 ? undefined : scenarioParts({
          profileFile: options.force,
          scenarioFiles,
          out: options.out,
          model,
          ...(options.hireBefore === true ? {} : { noHireBefore: noHireBeforeOption(options.hireBefore) }),
        });
  // the operational measures, where the profile names its extracts
  // its outlook reuses the scenarios the comparison has read and projected
  const operationsInput = profileOperationsInput(options.force, profile);
  const operations =
    operationsInput === null
      ? undefined
      : operationsParts({ ...operationsInput, ...(scenarios === undefined ? {} : { outlookModel: outlookModel(scenarios.force, scenarios.comparison) }) });
  const recommendation8 = recommendation8Parts({ profileFile: options.force, profile, forecast, staffing, scenarios, operations });
  const summary = recommendation8Section(recommendation8.evidence);
  const sensitivity = sensitivityAnalysis(sensitivityModel(forecast, staffing, model, scenarios));
  const lastYear = staffing.years[staffing.years.length - 1].point;
  const stageSections: ReportSection[] = [
    staffingSection(staffing, { modelValuesInAppendix: true }),
    sensitivitySection({ analysis: sensitivity, lastYear, standards: workloadStandardValues(standards), maxCaseloadPerOffenderManager: staffing.targets.maxCaseloadPerOffenderManager }),
    ...(scenarios?.sections ?? []),
    ...(operations?.sections ?? []),
    forecastSection(forecast, { backtestInAppendix: true }),
    ...(register?.sections ?? []).map((section, index) =>
      index === 0 && registerInput !== undefined && profile.register !== undefined
        ? { ...section, html: `<p>${escapeHtml(registerSectionNote(profile.register.caseloadFrom, registerInput.paths))}</p>\n${section.html}` }
        : section,
    ),
  ];
  const keyFindings: KeyFinding[] = [
    { text: forecastSummary(forecast), sectionId: "forecast" },
    ...staffingKeyFindings(staffing),
    ...(scenarios?.keyFindings ?? []),
    ...(operations === undefined ? [] : operationsKeyFindings(operations.measures)),
  ];
  const appendices = [modelValuesAppendixSection(staffing), forecastAppendixSection(forecast)];
  const sections = [summary, keyFindingsSection(keyFindings, stageSections), ...stageSections, ...appendices];
  const warnings = unique([...forecast.warnings, ...(register?.warnings ?? []), ...(scenarios?.warnings ?? []), ...(operations?.warnings ?? [])]);

  const provenance: Provenance = {
    tool: { name: "mosovo-workload", version: context.version },
    commandLine: ["mosovo report", `--force ${options.force}`, `--horizon ${options.horizon}`, `--method ${options.method}`].join(" "),
    // each file once, though several parts read it
    inputs: [...forceModelInputs(model), ...caseload.inputs, ...(register?.inputs ?? []), ...(scenarios?.inputs ?? []), ...(operations?.inputs ?? []), recommendation8.rulesInput].filter(
      (input, index, all) => all.findIndex((other) => other.file === input.file) === index,
    ),
    options: [
      { name: "--force", value: options.force },
      { name: "--horizon", value: `${options.horizon} years` },
      { name: "--method", value: options.method },
      { name: "--chart-pages", value: options.chartPages ? "yes" : "no" },
    ],
    seed: registerInput?.seed ?? null,
    methodReferences: unique([...forecastMethodReferences(forecast), ...caseload.methodReferences, ...(register?.methodReferences ?? []), ...(operations?.methodReferences ?? [])]),
    assumptions: [
      ...forecastAssumptions(forecast),
      ...caseload.assumptions,
      custodyAssumption(caseload.custody),
      ...(register?.assumptions ?? []),
      ...(scenarios?.assumptions ?? []),
      ...(operations?.assumptions ?? []),
    ].filter(
      (assumption, index, all) => all.findIndex((other) => other.statement === assumption.statement) === index,
    ),
    warnings,
  };
  const title = `MOSOVO demand and staffing: ${profile.name}`;
  const subtitle = caseloadSubtitle(historyFile, forecast, options.horizon);
  const files = new Map<string, OutputContent>([
    ["forecast.csv", chosenForecastCsv(forecast)],
    ["methods.csv", allMethodsCsv(forecast)],
    ["backtest.csv", backtestCsv(forecast)],
    ["summary.json", forecastSummaryJson(forecast, provenance)],
    ["staffing.csv", staffingCsv(staffing)],
    ["staffing.json", staffingJson(staffing, context.version)],
    ...(scenarios?.files ?? []),
    ...(operations?.files ?? []),
    ...(register?.files ?? []),
    ["sensitivity.csv", sensitivityCsv(sensitivity)],
    ["recommendation-8.html", renderRecommendation8Page({ title, subtitle, summary, provenance })],
    ...reportFiles({ title, subtitle, sections, provenance, plotlyBundle: checkedPlotlyBundle(readPlotlyBundle()) }, { chartPages: options.chartPages }),
  ]);
  writeOutputDirectory(options.out, files, { replace: options.replace, command: "report" });

  for (const line of scenarios?.summaryLines ?? []) context.print(line);
  for (const warning of warnings) context.warn(`warning: ${warning}`);
  context.print(`Wrote report.html and ${files.size - 1} other files to ${options.out}`);
}

/**
 * The staffing model as the sensitivity analysis moves it: the forecast's 80% interval, custody, standards
 * and profile, and the least-cost plan the report chooses, where the profile lists scenarios to find it from.
 */
function sensitivityModel(forecast: CaseloadForecast, staffing: StaffingResult, model: LoadedForceModel, scenarios: ScenarioParts | undefined): SensitivityModel {
  return {
    caseload: {
      periodEnding: staffing.years.map((year) => year.periodEnding),
      point: staffing.years.map((year) => year.point.registeredSexOffenders),
      lower80: lower80Path(forecast),
      upper80: staffing.years.map((year) => year.upper80.registeredSexOffenders),
    },
    peopleInCustody: staffing.years.map((year) => year.point.peopleInCustody),
    ...(forecast.register === undefined ? {} : { riskMix: forecast.register.years.map((year) => year.riskMix), flows: caseloadFlows(forecast) }),
    standards: workloadStandardValues(model.standards),
    force: { ...forceValues(model.profile), peopleInCustody: staffing.custody.people },
    ...(scenarios === undefined ? {} : { chosenOption: chosenOption(scenarios) }),
  };
}

/** The report's least-cost plan as found: the baseline and scenario it starts from, the level it plans for. */
function chosenOption({ comparison, plan }: ScenarioParts): ChosenOption {
  return { baseline: comparison.baseline, start: plan.startScenario, ...(plan.confidence === undefined ? {} : { upperBoundLevel: plan.confidence }), found: plan.result };
}

function unique<T>(values: readonly T[]): T[] {
  return values.filter((value, index) => values.findIndex((other) => JSON.stringify(other) === JSON.stringify(value)) === index);
}
