import { dirname, isAbsolute, join } from "node:path";
import { Command } from "commander";
import { forecastCaseload } from "../../forecast/forecast-caseload.js";
import { parseForceProfile } from "../../inputs/force-profile.js";
import { parseWorkloadStandards } from "../../inputs/workload-standards.js";
import { readPlotlyBundle } from "../../io/read-plotly-bundle.js";
import { readTextFile } from "../../io/read-text-file.js";
import { checkOutputDirectory, writeOutputDirectory } from "../../io/write-output-directory.js";
import { forecastAssumptions, forecastMethodReferences } from "../../report/forecast-provenance.js";
import { forecastSection } from "../../report/forecast-section.js";
import { reportFiles } from "../../report/report-files.js";
import { staffingSection } from "../../report/staffing-section.js";
import { staffingCsv, staffingJson } from "../../report/staffing-tables.js";
import { staffingResult } from "../../workload/staffing-result.js";
import { loadCaseloadHistory } from "../load-caseload-history.js";
import { methodHelp, parseMethodName } from "../method-option.js";
import { parseHorizon } from "../options.js";
/** The staffing model plans to the point forecast and the upper bound of the 80% interval. */
const levels = [80, 95];
/** `mosovo staffing`: a force profile in; offender managers and supervisors needed, year by year, out. */
export function staffingCommand(context) {
    return new Command("staffing")
        .description("Work out the offender managers and supervisors needed each year, by ratio and by activity.")
        .requiredOption("--force <file>", "force profile JSON (see models/example-force.json); it names its caseload history and workload standards")
        .option("--horizon <years>", "years ahead to forecast, 1 to 30", parseHorizon, 5)
        .option("--method <name>", methodHelp(), parseMethodName, "auto")
        .option("--out <dir>", "folder to write the outputs into (made only when the run succeeds)", "reports/staffing")
        .option("--replace", "replace the outputs already in --out", false)
        .addHelpText("after", `
Forecasts the caseload history the profile names, then works out for each year, at the point
forecast and at the upper 80% bound: offender managers needed by ratio (caseload ÷ target caseload)
and by activity (workload hours ÷ productive hours per FTE), supervisors needed (the larger of span of
control and review hours), capacity %, and the gap in FTE, posts and cost against the staff in post.

Writes into --out: staffing.csv (one row a year; columns with the suffix _upper_80 are at the upper
bound), staffing.json, report.html and charts/. Paths in the profile are relative to the profile.

Examples:
  mosovo staffing --force models/example-force.json --out reports/check
  mosovo staffing --force my-force.json --method damped --out reports/business-case --replace`)
        .action((options) => runStaffing(options, context));
}
function runStaffing(options, context) {
    checkOutputDirectory(options.out, { force: options.replace });
    const profileInput = readTextFile(options.force);
    const profile = parseForceProfile(options.force, profileInput.text);
    const standardsFile = besideProfile(options.force, profile.workloadStandards);
    const standardsInput = readTextFile(standardsFile);
    const standards = parseWorkloadStandards(standardsFile, standardsInput.text);
    const historyFile = besideProfile(options.force, profile.caseloadHistory);
    const history = loadCaseloadHistory(historyFile, options.method);
    const forecast = forecastCaseload(history.series, { horizon: options.horizon, levels, method: options.method });
    const result = staffingResult(forecast, { standards, standardsFile, profile, profileFile: options.force });
    const commandLine = ["mosovo staffing", `--force ${options.force}`, `--horizon ${options.horizon}`, `--method ${options.method}`].join(" ");
    const provenance = {
        tool: { name: "mosovo-workload", version: context.version },
        commandLine,
        inputs: [
            { file: options.force, sha256: profileInput.sha256, rowsUsed: 1 },
            { file: standardsFile, sha256: standardsInput.sha256, rowsUsed: 1 },
            { file: historyFile, sha256: history.input.sha256, rowsUsed: history.observations.length },
        ],
        options: [
            { name: "--force", value: options.force },
            { name: "--horizon", value: `${options.horizon} years` },
            { name: "--method", value: options.method },
        ],
        seed: null,
        methodReferences: forecastMethodReferences(forecast),
        assumptions: forecastAssumptions(forecast),
        warnings: forecast.warnings,
    };
    const title = `Offender managers and supervisors needed: ${profile.name}`;
    const subtitle = `Caseload from ${historyFile}, forecast ${options.horizon} years ahead from ${result.lastRecorded.periodEnding}`;
    const files = new Map([
        ["staffing.csv", staffingCsv(result)],
        ["staffing.json", staffingJson(result, context.version)],
        ...reportFiles({ title, subtitle, sections: [staffingSection(result), forecastSection(forecast)], provenance, plotlyBundle: readPlotlyBundle() }),
    ]);
    writeOutputDirectory(options.out, files, { force: options.replace });
    for (const warning of forecast.warnings)
        context.warn(`warning: ${warning}`);
    const last = result.years[result.years.length - 1];
    context.print(`${last.periodEnding}: ${last.point.offenderManagersNeeded.toFixed(1)} offender managers and ${last.point.supervisorsNeeded.toFixed(1)} supervisors needed ` +
        `(${last.upper80.offenderManagersNeeded.toFixed(1)} and ${last.upper80.supervisorsNeeded.toFixed(1)} at the upper 80% bound); ` +
        `${last.point.offenderManagersInPost} and ${last.point.supervisorsInPost} in post`);
    context.print(`Wrote ${[...files.keys()].filter((name) => !name.startsWith("charts/")).join(", ")} and charts/ to ${options.out}`);
}
/** A path the profile names, taken relative to the profile's folder unless it is absolute. */
function besideProfile(profileFile, path) {
    return isAbsolute(path) ? path : join(dirname(profileFile), path);
}
