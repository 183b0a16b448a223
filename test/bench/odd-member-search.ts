/**
 * New simple members for the median combination, chosen on the odd-numbered M3 yearly series ONLY
 * (the even ones are dropped as the panel is read). Two folds within the odd series (N ≡ 1, N ≡ 3 mod 4):
 * parameters and interval multipliers learned on one, scored on the other, pooled — as
 * odd-combination-search.ts does. Prints measurements only.
 *
 * Run after `npx tsc -p tsconfig.json`: node dist/test/bench/odd-member-search.js [m3-yearly.csv]
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { mase, smape } from "../../src/forecast/accuracy.js";
import {
  type Candidate, type Scored, candidate, families, fitBase, formatSummary, learnAndScore, mean, pairedDifference, pointOf, readPanel, shipped, spreadFrom,
} from "./member-candidates.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const panelFile = process.argv[2] ?? join(root, "..", "shared", "benchmarks", "m3-yearly.csv");
const panel = readPanel(panelFile, "odd").map((entry) => ({ entry, base: fitBase(entry) }));
if (panel.some(({ entry }) => entry.number % 2 === 0)) throw new Error("an even series got in");
const folds = [1, 3].map((r) => panel.filter(({ entry }) => entry.number % 4 === r));

const newMembers = ["log drift", "Theil–Sen", "median-change drift", ...Object.keys(families), "theta", "linear"];
const candidates: Candidate[] = [shipped];
for (const m of newMembers) {
  candidates.push(candidate([m]));
  for (const r of ["naive", "drift", "ses", "holt", "damped"]) candidates.push(candidate([m], [r]));
}
const extra = (process.env.EXTRA ?? "").split(";").filter(Boolean).map((spec) => {
  const [added, removed] = spec.split("|");
  return candidate(added.split(","), removed ? removed.split(",") : []);
});
candidates.push(...extra);
if (process.env.SPREADS) {
  const c = candidate(["log drift"], ["damped"]);
  candidates.push({ ...c, label: `${c.label}; spread of naive, drift, ses, holt`, spread: spreadFrom(["naive", "drift", "ses", "holt"]) });
  candidates.push({ ...c, label: `${c.label}; spread of naive, drift×2, ses, holt`, spread: spreadFrom(["naive", "drift", "drift", "ses", "holt"]) });
}
if (process.env.ONLY_EXTRA) candidates.splice(1, 6 * newMembers.length);

const shippedLearnSmape = folds.map((fold) => mean(fold.map(({ entry, base }) => smape(entry.test, pointOf(shipped, entry, base, NaN)))));
let reference: Scored[] = [];
console.log(`odd series only: ${panel.length} (folds ${folds[0].length} + ${folds[1].length}), h = 6; sMAPE  MASE  cov80  cov95  MSIS (cross-fold, pooled)`);
for (const c of candidates) {
  const runs = [learnAndScore(c, folds[0], folds[1], shippedLearnSmape[0]), learnAndScore(c, folds[1], folds[0], shippedLearnSmape[1])];
  const scores = runs.flatMap((r) => r.scores);
  if (c === shipped) reference = scores;
  const byFold = runs
    .map((r, f) => {
      const ref = f === 0 ? reference.slice(0, folds[1].length) : reference.slice(folds[1].length); // runs[f] scores fold 1 − f
      const d = (m: (s: Scored) => number) => mean(r.scores.map((s, i) => m(s) - m(ref[i])));
      return `${d((s) => s.mase) >= 0 ? "+" : ""}${d((s) => s.mase).toFixed(3)}/${d((s) => s.smape) >= 0 ? "+" : ""}${d((s) => s.smape).toFixed(2)}`;
    })
    .join(" ");
  const p = c.family ? `  [${c.family.split(" ").at(-1)} learned: ${runs.map((r) => r.parameter).join(", ")}]` : "";
  console.log(
    `${c.label.padEnd(72)} ${formatSummary(scores)}  ΔMASE ${pairedDifference(scores, reference, (s) => s.mase)}  ΔsMAPE ${pairedDifference(scores, reference, (s) => s.smape)}  ΔMASE/ΔsMAPE scored on N≡3, N≡1 mod 4: ${byFold}${p}`,
  );
}

if (!process.env.ONLY_EXTRA) {
  console.log("\nparameter curves on all odd series (point only), added as sixth member / alone:");
  for (const [family, { grid }] of Object.entries(families)) {
    for (const [label, c] of [["added", candidate([family])], ["alone", candidate([family], ["naive", "drift", "ses", "holt", "damped"])]] as const) {
      const row = grid.map((p) => {
        const pts = panel.map(({ entry, base }) => pointOf(c, entry, base, p));
        return `${p}: ${mean(panel.map(({ entry }, i) => smape(entry.test, pts[i]))).toFixed(2)}/${mean(panel.map(({ entry }, i) => mase(entry.test, pts[i], entry.scale))).toFixed(3)}`;
      });
      console.log(`${family} ${label}: ${row.join("  ")}`);
    }
  }
}
