/**
 * The evidence behind `auto` (src/forecast/choose-method.ts) and the `combination` method, on the M3
 * yearly series (h = 6), split into odd- and even-numbered series:
 *
 * 1. The short list of combinations considered, each scored by sMAPE and MASE. The combination
 *    shipped is the one with the lowest sMAPE on the odd-numbered series; the even-numbered
 *    series are there to check the choice, not to make it.
 * 2. Rules `auto` could follow: always random walk with drift; per series, the single method with
 *    the lowest rolling-origin backtest MASE (averaged over steps 1–6) on the train values; always
 *    the combination; and the combination unless a single method's backtest MASE is below a
 *    fraction of the combination's.
 *
 * Run after `npm run build`: node dist/test/bench/compare-auto-rules.js [path/to/m3-yearly.csv]
 * It prints measurements only; it changes nothing.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { mase, maseScale, smape } from "../../src/forecast/accuracy.js";
import { backtest } from "../../src/forecast/backtest.js";
import { findForecastMethod, type ForecastMethod } from "../../src/forecast/methods.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const panelFile = process.argv[2] ?? join(root, "..", "shared", "benchmarks", "m3-yearly.csv");
const horizon = 6;

const series = new Map<string, { train: number[]; test: number[] }>();
for (const line of readFileSync(panelFile, "utf8").trim().split(/\r?\n/).slice(1)) {
  const [id, split, t, value] = line.split(",");
  const entry = series.get(id) ?? { train: [], test: [] };
  series.set(id, entry);
  entry[split as "train" | "test"][Number(t) - 1] = Number(value);
}
const panel = [...series].map(([id, values]) => ({ id, odd: Number(id.replace(/\D/g, "")) % 2 === 1, ...values }));

function method(name: string): ForecastMethod {
  const found = findForecastMethod(name);
  if (!found) throw new Error(`no method ${name} in the method list`);
  return found;
}

const singles = ["naive", "drift", "ses", "holt", "damped", "theta"];
const points = new Map(singles.map((name) => [name, panel.map((entry) => method(name).forecast(entry.train, horizon, { levels: [95] }).point)]));

const mean = (values: readonly number[]) => values.reduce((total, value) => total + value, 0) / values.length;
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** sMAPE and MASE over the odd, the even and all series of forecasts given per series. */
function score(forecastOf: (index: number) => number[]): string {
  const scores = panel.map((entry, index) => {
    const point = forecastOf(index);
    return { odd: entry.odd, smape: smape(entry.test, point), mase: mase(entry.test, point, maseScale(entry.train)) };
  });
  const part = (keep: (odd: boolean) => boolean) => {
    const kept = scores.filter((entry) => keep(entry.odd));
    return `${mean(kept.map((entry) => entry.smape)).toFixed(3)} ${mean(kept.map((entry) => entry.mase)).toFixed(3)}`;
  };
  return `odd ${part((odd) => odd)}   even ${part((odd) => !odd)}   all ${part(() => true)}`;
}

const candidates: [string, (values: readonly number[]) => number, string[]][] = [
  ["mean", mean, ["drift", "damped", "theta"]],
  ["mean", mean, ["ses", "holt", "damped"]],
  ["mean", mean, ["drift", "damped", "ses"]],
  ["mean", mean, ["drift", "theta"]],
  ["mean", mean, ["drift", "damped", "theta", "ses"]],
  ["median", median, ["drift", "theta", "damped"]],
  ["median", median, ["drift", "ses", "holt"]],
  ["median", median, ["naive", "drift", "ses", "holt", "damped"]],
  ["median", median, ["naive", "drift", "ses", "holt", "damped", "theta"]],
];
console.log(`M3 yearly, h = ${horizon}: ${panel.filter((entry) => entry.odd).length} odd- and ${panel.filter((entry) => !entry.odd).length} even-numbered series; sMAPE then MASE\n`);
console.log("1. Combinations considered (the shipped one has the lowest sMAPE on the odd series):");
for (const [name, combine, members] of candidates) {
  const label = `${name} of ${members.join(", ")}`.padEnd(50);
  console.log(`  ${label} ${score((index) => Array.from({ length: horizon }, (_, step) => combine(members.map((member) => points.get(member)![index][step]))))}`);
}

console.log("\n2. Rules auto could follow:");
console.log(`  ${"always random walk with drift".padEnd(50)} ${score((index) => points.get("drift")![index])}`);
const started = performance.now();
const selected = panel.map((entry) => {
  const usable = singles.map(method).filter((candidate) => entry.train.length >= candidate.minimumObservations);
  const scores = backtest(entry.train, usable, { horizon, levels: [] });
  const averages = usable.map((candidate) => mean(scores.filter((row) => row.method === candidate.name).map((row) => row.mase)));
  return usable[averages.indexOf(Math.min(...averages))].name;
});
const selectionSeconds = (performance.now() - started) / 1000;
console.log(`  ${"per series, lowest backtest MASE of one method".padEnd(50)} ${score((index) => points.get(selected[index])![index])}`);
const combination = method("combination");
console.log(`  ${"always the combination".padEnd(50)} ${score((index) => combination.forecast(panel[index].train, horizon, { levels: [95] }).point)}`);
const withCombination = [...singles.map(method), combination];
const guarded = panel.map((entry) => {
  const scores = backtest(entry.train, withCombination, { horizon, levels: [] });
  const average = (name: string) => mean(scores.filter((row) => row.method === name).map((row) => row.mase));
  const best = singles.reduce((a, b) => (average(a) <= average(b) ? a : b));
  return { best, ratio: average(best) / average("combination") };
});
for (const threshold of [0.3, 0.5, 0.8]) {
  const label = `combination unless a method backtests < ${threshold} × it`;
  const switched = guarded.filter((entry) => entry.ratio < threshold).length;
  console.log(
    `  ${label.padEnd(50)} ${score((index) =>
      guarded[index].ratio < threshold ? points.get(guarded[index].best)![index] : combination.forecast(panel[index].train, horizon, { levels: [95] }).point,
    )}   (${switched} switched)`,
  );
}
const counts = singles.map((name) => `${name} ${selected.filter((chosen) => chosen === name).length}`).join(", ");
console.log(`\n  per-series choices: ${counts}; the backtests took ${selectionSeconds.toFixed(1)} s`);
