import type { CaseloadForecast } from "../forecast/caseload-forecast.js";
import { jsonOutput } from "./json-output.js";
import type { Provenance } from "./provenance.js";
import { provenanceWithoutLocalPaths, withoutLocalPaths } from "./report-path.js";

/**
 * `summary.json`: what a script needs from a forecast run, with the provenance to trace it: tool and
 * version, inputs with SHA-256, options, what the caseload counts (the community, from which column),
 * the chosen method and why, the forecast, and warnings. Paths are shown as the report shows them
 * (`withoutLocalPaths`): as given when relative, by file name when absolute.
 */
export function forecastSummaryJson(result: CaseloadForecast, fullProvenance: Provenance): string {
  const provenance = provenanceWithoutLocalPaths(fullProvenance);
  const counted = result.history.counted;
  const summary = {
    tool: provenance.tool,
    commandLine: provenance.commandLine,
    inputs: provenance.inputs,
    options: Object.fromEntries(provenance.options.map((option) => [option.name, option.value])),
    caseloadCounted: counted === undefined ? null : { ...counted, statement: withoutLocalPaths(counted.statement) },
    history: result.history.periodEnding.map((periodEnding, index) => ({
      periodEnding,
      registeredSexOffenders: result.history.values[index],
      filledIn: result.history.filled[index],
    })),
    caseloadFrom:
      result.register === undefined
        ? { source: "history" }
        : { source: "register", extractFile: result.register.extractFile, asOf: result.register.asOf, completeFrom: result.register.completeFrom, paths: result.register.paths, seed: result.register.seed },
    chosenMethod: { name: result.chosen.method, label: result.chosen.label, rule: result.choice.rule, reason: result.choice.reason },
    forecast: result.futurePeriodEnding.map((periodEnding, step) => ({
      periodEnding,
      point: result.chosen.forecast.point[step],
      intervals: result.chosen.forecast.intervals.map((interval) => ({
        level: interval.level,
        lower: interval.lower[step],
        upper: interval.upper[step],
      })),
    })),
    backtest: result.backtest,
    warnings: result.warnings.map(withoutLocalPaths),
  };
  return jsonOutput(summary);
}
