import { Command } from "commander";
import { readPlotlyBundle } from "../../io/read-plotly-bundle.js";
import { checkedPlotlyBundle } from "../../report/plotly-bundle.js";
import { checkOutputDirectory, type OutputContent, writeOutputDirectory } from "../../io/write-output-directory.js";
import { reportFiles } from "../../report/report-files.js";
import type { Provenance } from "../../report/provenance.js";
import { comparisonColumns, comparisonCsv, scenariosSection } from "../../report/scenarios-section.js";
import { compareScenarios } from "../../scenarios/compare-scenarios.js";
import type { CommandContext } from "../command-context.js";
import { replaceHelp } from "../options.js";
import { readForceFiles, type ForceFiles } from "../../jobs/read-scenario-inputs.js";
import { compareScenarioFiles, scenarioAssumptions, scenarioFilesToCompare, summaryLine, type ScenarioComparison } from "../../jobs/scenario-parts.js";
import { custodyAssumption } from "../../report/custody-statement.js";

interface CompareOptions {
  force: string;
  scenario: string[];
  out: string;
  replace: boolean;
}

/** `mosovo compare`: several staffing scenarios side by side, year by year. */
export function compareCommand(context: CommandContext): Command {
  return new Command("compare")
    .summary("Compare staffing scenarios side by side against the targets, year by year.")
    .description(
      "Compare staffing scenarios side by side: for each scenario and forecast year, the caseload per offender manager and offender managers per supervisor against their targets, capacity used, the chance of a caseload breach and the pay bill.",
    )
    .requiredOption("--force <file>", "the force profile every scenario starts from (JSON), such as models/example-force.json")
    .option(
      "--scenario <file>",
      "a scenario file (JSON); give --scenario once for each, the first is the one costs are measured against (default: the scenarios the force profile lists)",
      collect,
      [],
    )
    .option("--out <dir>", "folder to write comparison.csv and report.html into", "reports/compare")
    .option("--replace", replaceHelp("compare"), false)
    .addHelpText(
      "after",
      "\nExamples:\n" +
        "  mosovo compare --force models/example-force.json          the scenarios the profile lists\n" +
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
  checkOutputDirectory(options.out, { replace: options.replace, command: "compare" });
  const force = readForceFiles(options.force);
  const scenarioFiles = scenarioFilesToCompare(force, options.scenario);
  const comparison = compareScenarioFiles(force, scenarioFiles);
  const { projections, baseline } = comparison;
  const summaries = compareScenarios(projections, force.inputsKnownTo.date);

  // report.html alone, its paths shown as every report shows them
  const report = reportFiles(
    {
      title: "Staffing scenarios compared",
      subtitle: `${force.profile.file}: ${projections.length} scenarios, years ending ${force.yearEndings[0]} to ${force.yearEndings[force.yearEndings.length - 1]}`,
      sections: [scenariosSection(projections, summaries)],
      provenance: comparisonProvenance(options, context, force, comparison),
      plotlyBundle: checkedPlotlyBundle(readPlotlyBundle()),
    },
    { chartPages: false },
  );
  writeOutputDirectory(
    options.out,
    new Map<string, OutputContent>([
      ["comparison.csv", comparisonCsv(projections)],
      ...report,
    ]),
    { replace: options.replace, command: "compare" },
  );
  for (const summary of summaries) context.print(summaryLine(summary, force.yearEndings.length));
  for (const warning of baseline.forecast.warnings) context.warn(`warning: ${warning}`);
  context.print(`wrote ${options.out}/comparison.csv and ${options.out}/report.html`);
}

function comparisonProvenance(options: CompareOptions, context: CommandContext, force: ForceFiles, comparison: ScenarioComparison): Provenance {
  const files = comparison.scenarios.map(({ file }) => file.file);
  const scenarioOption = options.scenario.length > 0 ? files.join(", ") : `the force profile's scenarios: ${files.join(", ")}`;
  return {
    tool: { name: "mosovo-workload", version: context.version },
    commandLine: ["mosovo compare --force", options.force, ...options.scenario.flatMap((file) => ["--scenario", file])].join(" "),
    inputs: [
      { file: force.profile.file, sha256: force.profile.sha256, rowsUsed: 1 },
      { file: force.history.file, sha256: force.history.sha256, rowsUsed: force.series.filled.filter((filled) => !filled).length },
      { file: force.standards.file, sha256: force.standards.sha256, rowsUsed: 1 },
      ...force.caseloadInputs,
      ...comparison.scenarios.map(({ file }) => ({ file: file.file, sha256: file.sha256, rowsUsed: 1 })),
    ],
    options: [
      { name: "--force", value: options.force },
      { name: "--scenario", value: scenarioOption },
    ],
    seed: null,
    methodReferences: [],
    assumptions: [...scenarioAssumptions(comparison.baseline.forecast.chosen.label), custodyAssumption(force.custody)],
    warnings: [...comparison.baseline.forecast.warnings],
  };
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
