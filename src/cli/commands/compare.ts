import { Command } from "commander";
import { readPlotlyBundle } from "../../io/read-plotly-bundle.js";
import { checkOutputDirectory, writeOutputDirectory } from "../../io/write-output-directory.js";
import { formatCsv, type CsvCell } from "../../report/csv-export.js";
import { readableNumber } from "../../report/readable-number.js";
import { renderHtmlReport } from "../../report/html-report.js";
import type { Provenance } from "../../report/provenance.js";
import { scenariosSection } from "../../report/scenarios-section.js";
import { compareScenarios } from "../../scenarios/compare-scenarios.js";
import { scenarioProjection, type ScenarioProjection } from "../../scenarios/scenario-projection.js";
import type { CommandContext } from "../command-context.js";
import { readForceFiles, readScenarioFile, scenarioBaseline, type ForceFiles, type ScenarioFile } from "../read-scenario-inputs.js";

interface CompareOptions {
  force: string;
  scenario: string[];
  out: string;
  replace?: boolean;
}

/** The columns of comparison.csv, one row per scenario and year. */
export const comparisonColumns = [
  "scenario",
  "period_ending",
  "registered_sex_offenders",
  "offender_managers_in_post",
  "trained_offender_managers",
  "supervisors_in_post",
  "caseload_per_offender_manager",
  "offender_managers_per_supervisor",
  "capacity_percent",
  "probability_caseload_target_breached",
  "cost",
  "caseload_target_met",
  "supervision_target_met",
] as const;

/** `mosovo compare`: several staffing scenarios side by side, year by year. */
export function compareCommand(context: CommandContext): Command {
  return new Command("compare")
    .description(
      "Compare staffing scenarios side by side: for each scenario and forecast year, the caseload per\n" +
        "offender manager and offender managers per supervisor against their targets, capacity used,\n" +
        "the chance of a caseload breach and the pay bill.",
    )
    .requiredOption("--force <file>", "the force profile every scenario starts from (JSON), such as models/example-force.json")
    .requiredOption("--scenario <file>", "a scenario file (JSON); give --scenario once for each, the first is the one costs are measured against", collect, [])
    .option("--out <dir>", "folder to write comparison.csv and report.html into", "reports/compare")
    .option("--replace", "replace the --out folder if an earlier run of mosovo wrote it")
    .addHelpText(
      "after",
      "\nExamples:\n" +
        "  mosovo compare --force models/example-force.json --scenario models/scenarios/status-quo.json \\\n" +
        "    --scenario models/scenarios/two-more-offender-managers.json --scenario models/scenarios/sentencing-law-shock.json\n" +
        "\nOutputs:\n" +
        "  comparison.csv  one row per scenario and year: " +
        comparisonColumns.join(", ") +
        "\n" +
        "                  FTE at the year end; trainees are in post but carry no cases; cost in pounds over the year;\n" +
        "                  probability from 0 to 1; targets met as true or false\n" +
        "  report.html     the scenarios' lines on shared axes, and when each breaches a target and what it costs",
    )
    .action((options: CompareOptions) => compare(options, context));
}

function compare(options: CompareOptions, context: CommandContext): void {
  const replace = options.replace ?? false;
  checkOutputDirectory(options.out, { force: replace });
  const force = readForceFiles(options.force);
  const scenarios = options.scenario.map((file) => readScenarioFile(file, force));
  const baseline = scenarioBaseline(force, scenarios);
  const projections = scenarios.map(({ scenario }) => scenarioProjection(baseline, scenario));
  const summaries = compareScenarios(projections);

  const report = renderHtmlReport({
    title: "Staffing scenarios compared",
    subtitle: `${force.profile.file}: ${projections.length} scenarios, years ending ${force.yearEndings[0]} to ${force.yearEndings[force.yearEndings.length - 1]}`,
    sections: [scenariosSection(projections, summaries)],
    provenance: comparisonProvenance(options, context, force, scenarios, baseline.forecast.chosen.label, baseline.forecast.warnings),
    plotlyBundle: readPlotlyBundle(),
  });
  writeOutputDirectory(
    options.out,
    new Map([
      ["comparison.csv", formatCsv(comparisonColumns, comparisonRows(projections))],
      ["report.html", report],
    ]),
    { force: replace },
  );
  for (const summary of summaries) {
    const breach = [
      summary.firstCaseloadBreach === null ? "caseload within target every year" : `caseload target first breached ${summary.firstCaseloadBreach}`,
      summary.firstSupervisionBreach === null ? "supervision within target every year" : `supervision target first breached ${summary.firstSupervisionBreach}`,
    ].join("; ");
    context.print(`${summary.name}: ${breach}; cost £${readableNumber(summary.totalCost)} over ${force.yearEndings.length} years`);
  }
  context.print(`wrote ${options.out}/comparison.csv and ${options.out}/report.html`);
}

/** The rows of comparison.csv. */
export function comparisonRows(projections: readonly ScenarioProjection[]): CsvCell[][] {
  return projections.flatMap((projection) =>
    projection.years.map((year) => [
      projection.name,
      year.periodEnding,
      year.demand.planned,
      year.workforce.offenderManagersInPost,
      year.workforce.trainedOffenderManagers,
      year.workforce.supervisorsInPost,
      year.caseloadPerOffenderManager,
      year.offenderManagersPerSupervisor,
      year.capacityPercent,
      year.probabilityCaseloadTargetBreached,
      year.cost,
      String(year.caseloadTargetMet),
      String(year.supervisionTargetMet),
    ]),
  );
}

function comparisonProvenance(
  options: CompareOptions,
  context: CommandContext,
  force: ForceFiles,
  scenarios: readonly ScenarioFile[],
  methodLabel: string,
  warnings: readonly string[],
): Provenance {
  return {
    tool: { name: "mosovo-workload", version: context.version },
    commandLine: ["mosovo compare --force", options.force, ...options.scenario.flatMap((file) => ["--scenario", file]), "--out", options.out].join(" "),
    inputs: [
      { file: force.profile.file, sha256: force.profile.sha256, rowsUsed: 1 },
      { file: force.history.file, sha256: force.history.sha256, rowsUsed: force.series.filled.filter((filled) => !filled).length },
      { file: force.standards.file, sha256: force.standards.sha256, rowsUsed: 1 },
      ...scenarios.map(({ file }) => ({ file: file.file, sha256: file.sha256, rowsUsed: 1 })),
    ],
    options: [
      { name: "--force", value: options.force },
      { name: "--scenario", value: options.scenario.join(", ") },
      { name: "--out", value: options.out },
    ],
    seed: null,
    methodReferences: [],
    assumptions: [
      { statement: `Baseline caseload forecast by ${methodLabel}, chosen by the backtest, unless a scenario names another method or a growth rate`, source: "tool default", isAssumption: true },
      { statement: "A new offender manager carries no caseload until the scenario's training months are over, then a full one", source: "scenario files (default 0 months)", isAssumption: true },
      { statement: "Leavers go at a constant monthly rate from the scenario's yearly attrition and are not replaced unless the scenario hires", source: "scenario files (default 0)", isAssumption: true },
      { statement: "The chance of a caseload breach treats the year-end caseload as normal, with the standard deviation implied by the upper half of the 80% interval", source: "tool default", isAssumption: true },
    ],
    warnings: [...warnings],
  };
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
