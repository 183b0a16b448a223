import { Command } from "commander";
import { checkOutputDirectory } from "../../io/write-output-directory.js";
import { custodyAssumption } from "../../report/custody-statement.js";
import { forecastAssumptions, forecastMethodReferences } from "../../report/forecast-provenance.js";
import { forecastSection } from "../../report/forecast-section.js";
import type { Provenance } from "../../report/provenance.js";
import { staffingSection } from "../../report/staffing-section.js";
import { staffingCsv, staffingJson } from "../../report/staffing-tables.js";
import { staffingResult } from "../../workload/staffing-result.js";
import { staffingForecastLevels } from "../../workload/caseload-path.js";
import type { CommandContext } from "../command-context.js";
import { writeReportFolder } from "../write-report-folder.js";
import { caseloadFlows, caseloadSubtitle, forceCaseloadForecast } from "../../jobs/force-caseload.js";
import { forceModelInputs, loadForceModel } from "../../jobs/load-force-model.js";
import { methodHelp, parseMethodName } from "../method-option.js";
import { parseHorizon, replaceHelp } from "../options.js";

interface StaffingOptions {
  force: string;
  horizon: number;
  method: string;
  out: string;
  replace: boolean;
}

/** `mosovo staffing`: a force profile in; offender managers and supervisors needed, year by year, out. */
export function staffingCommand(context: CommandContext): Command {
  return new Command("staffing")
    .description("Work out the offender managers and supervisors needed each year, by ratio and by activity.")
    .requiredOption("--force <file>", "force profile JSON (see models/example-force.json); it names its caseload history and workload standards")
    .option("--horizon <years>", "years ahead to forecast, 1 to 30", parseHorizon, 5)
    .option("--method <name>", methodHelp(), parseMethodName, "auto")
    .option("--out <dir>", "folder to write the outputs into (made only when the run succeeds)", "reports/staffing")
    .option("--replace", replaceHelp("staffing"), false)
    .addHelpText(
      "after",
      `
Forecasts the caseload history the profile names, then works out for each year, at the point
forecast and at the upper 80% bound: offender managers needed by ratio (caseload ÷ target caseload)
and by activity (workload hours ÷ productive hours per FTE), supervisors needed (the larger of span of
control and review hours), capacity %, and the gap in FTE, posts and cost against the staff in post.
The caseload is the community count; custody work is counted once, on the history's latest custody
figure where it splits rsos into community and custody, else on the profile's peopleInCustody
(which the profile needs only then). Where the profile names its register extract with caseloadFrom
"register", the caseload, its risk mix and custody are the register projection's, year by year (as
mosovo register projects it).

Writes into --out: staffing.csv (one row a year; columns with the suffix _upper_80 are at the upper
bound), staffing.json, report.html and charts/. Paths in the profile are relative to the profile.

Examples:
  mosovo staffing --force models/example-force.json --out reports/check
  mosovo staffing --force my-force.json --method damped --out reports/business-case --replace`,
    )
    .action((options: StaffingOptions) => runStaffing(options, context));
}

function runStaffing(options: StaffingOptions, context: CommandContext): void {
  checkOutputDirectory(options.out, { replace: options.replace, command: "staffing" });
  const model = loadForceModel(options.force, options.method);
  const { profile, standards, standardsFile, historyFile } = model;

  const caseload = forceCaseloadForecast(model, { horizon: options.horizon, levels: staffingForecastLevels, method: options.method });
  const { forecast } = caseload;
  const result = staffingResult(forecast, { standards, standardsFile, profile, profileFile: options.force, custody: caseload.custody }, caseloadFlows(forecast));

  const commandLine = ["mosovo staffing", `--force ${options.force}`, `--horizon ${options.horizon}`, `--method ${options.method}`].join(" ");
  const provenance: Provenance = {
    tool: { name: "mosovo-workload", version: context.version },
    commandLine,
    inputs: [...forceModelInputs(model), ...caseload.inputs],
    options: [
      { name: "--force", value: options.force },
      { name: "--horizon", value: `${options.horizon} years` },
      { name: "--method", value: options.method },
    ],
    seed: caseload.seed,
    methodReferences: [...forecastMethodReferences(forecast), ...caseload.methodReferences],
    assumptions: [...forecastAssumptions(forecast), ...caseload.assumptions, custodyAssumption(caseload.custody)],
    warnings: forecast.warnings,
  };
  const title = `Offender managers and supervisors needed: ${profile.name}`;
  const subtitle = caseloadSubtitle(historyFile, forecast, options.horizon);
  const wrote = writeReportFolder(
    { out: options.out, replace: options.replace, command: "staffing" },
    [
      ["staffing.csv", staffingCsv(result)],
      ["staffing.json", staffingJson(result, context.version)],
    ],
    { title, subtitle, sections: [staffingSection(result), forecastSection(forecast)], provenance },
  );

  for (const warning of forecast.warnings) context.warn(`warning: ${warning}`);
  const last = result.years[result.years.length - 1];
  context.print(
    `${last.periodEnding}: ${last.point.offenderManagersNeeded.toFixed(1)} offender managers and ${last.point.supervisorsNeeded.toFixed(1)} supervisors needed ` +
      `(${last.upper80.offenderManagersNeeded.toFixed(1)} and ${last.upper80.supervisorsNeeded.toFixed(1)} at the upper 80% bound); ` +
      `${last.point.offenderManagersInPost} and ${last.point.supervisorsInPost} in post`,
  );
  context.print(wrote);
}
