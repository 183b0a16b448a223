/**
 * One-shot held-out check of the candidate chosen by odd-member-search.ts on the odd series:
 * median of naive, drift, ses, holt and log drift (damped → log drift), spread = mean standard error of
 * naive, drift, ses and holt. Multipliers learned on ALL odd series (as models/learn-combination-calibration.mjs),
 * scored on the even series. The previous rule (damped trend where log drift is now, shipped until 23 Nov 2026) is scored the same way beside it, as a reference.
 *
 * Run after `npx tsc -p tsconfig.json`: node dist/test/bench/held-out-member-check.js [m3-yearly.csv]
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { candidate, fitBase, formatSummary, learnAndScore, pairedDifference, readPanel, shipped, spreadFrom } from "./member-candidates.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const panelFile = process.argv[2] ?? join(root, "..", "shared", "benchmarks", "m3-yearly.csv");
const odd = readPanel(panelFile, "odd").map((entry) => ({ entry, base: fitBase(entry) }));
const even = readPanel(panelFile, "even").map((entry) => ({ entry, base: fitBase(entry) }));
const chosen = { ...candidate(["log drift"], ["damped"]), spread: spreadFrom(["naive", "drift", "ses", "holt"]) };

console.log(`learned on ${odd.length} odd series, scored once on ${even.length} even series; sMAPE  MASE  cov80  cov95  MSIS`);
const reference = learnAndScore(shipped, odd, even, NaN);
const result = learnAndScore(chosen, odd, even, NaN);
for (const [label, run] of [["previous rule (damped)", reference], ["chosen: damped → log drift", result]] as const) {
  console.log(`${label.padEnd(30)} ${formatSummary(run.scores)}`);
}
console.log(`paired Δ (chosen − shipped): MASE ${pairedDifference(result.scores, reference.scores, (s) => s.mase)}  sMAPE ${pairedDifference(result.scores, reference.scores, (s) => s.smape)}`);
console.log("chosen multipliers (80%, 95%) by step:", result.multipliers.map((row) => row.map((m) => m.toFixed(6)).join(" ")).join(" | "));
console.log("shipped multipliers re-learned (80%, 95%):", reference.multipliers.map((row) => row.map((m) => m.toFixed(6)).join(" ")).join(" | "));
