/**
 * The search behind the combination's point rule, on the odd-numbered M3 yearly series ONLY
 * (N0001, N0003, …): the even-numbered series are dropped as the panel is read, so nothing here can
 * look at them. h = 6.
 *
 * Every candidate is scored the same way, so that rules with learned numbers (weights) and rules with
 * none can be compared fairly: the odd series are split into two folds (N ≡ 1 and N ≡ 3 mod 4).
 * Weights and interval multipliers are learned on one fold and scored on the other, then the other
 * way round, and the two halves are pooled. Point accuracy of fixed rules needs no learning, so their
 * sMAPE and MASE are plain means over the odd series.
 *
 * Intervals: point ± m(h, level) × spread(h), spread = (weighted) mean of the members' standard
 * errors, m = R-7 quantile of |actual − point| / spread at that step over the learning fold, as
 * models/learn-combination-calibration.mjs does.
 *
 * Run after `npm run build`: node dist/test/bench/odd-combination-search.js [path/to/m3-yearly.csv]
 * It prints measurements only; it changes nothing.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { intervalCoverage, mase, maseScale, msis, smape } from "../../src/forecast/accuracy.js";
import { findForecastMethod } from "../../src/forecast/methods.js";
import { normalQuantile } from "../../src/math/normal-quantile.js";
import { quantileR7 } from "../../src/math/quantile-r7.js";
import type { Scored } from "./member-candidates.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const panelFile = process.argv[2] ?? join(root, "..", "shared", "benchmarks", "m3-yearly.csv");
const horizon = 6;
const z95 = normalQuantile(0.975);

const series = new Map<string, { train: number[]; test: number[] }>();
for (const line of readFileSync(panelFile, "utf8").trim().split(/\r?\n/).slice(1)) {
  const [id, split, t, value] = line.split(",");
  const number = Number(id.replace(/\D/g, ""));
  if (number % 2 === 0) continue; // even series are held out: never read past this line
  const entry = series.get(id) ?? { train: [], test: [] };
  series.set(id, entry);
  entry[split as "train" | "test"][Number(t) - 1] = Number(value);
}
const panel = [...series].map(([id, values]) => ({
  id,
  fold: (Number(id.replace(/\D/g, "")) % 4 === 1 ? 0 : 1) as 0 | 1,
  scale: maseScale(values.train),
  ...values,
}));

const singles = ["naive", "drift", "linear", "ses", "holt", "damped", "theta"] as const;
type Member = (typeof singles)[number];
const fitted = new Map(
  singles.map((name) => {
    const found = findForecastMethod(name);
    if (!found) throw new Error(`no method ${name}`);
    const forecasts = panel.map((entry) => found.forecast(entry.train, horizon, { levels: [95] }));
    return [
      name,
      forecasts.map((forecast) => ({
        point: forecast.point,
        spread: forecast.point.map((_, step) => (forecast.intervals[0].upper[step] - forecast.intervals[0].lower[step]) / (2 * z95)),
      })),
    ];
  }),
);

const mean = (values: readonly number[]) => values.reduce((total, value) => total + value, 0) / values.length;
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const trimmedMean = (values: readonly number[]) => mean([...values].sort((a, b) => a - b).slice(1, -1));
const weightedMedian = (values: readonly number[], weights: readonly number[]) => {
  // the smallest value at which the cumulative weight reaches half; the midpoint when it lands exactly on half
  const order = values.map((value, i) => ({ value, weight: weights[i] })).sort((a, b) => a.value - b.value);
  const half = order.reduce((total, entry) => total + entry.weight, 0) / 2;
  let cumulative = 0;
  for (let i = 0; i < order.length; i += 1) {
    cumulative += order[i].weight;
    if (Math.abs(cumulative - half) < 1e-12) return (order[i].value + order[i + 1].value) / 2;
    if (cumulative > half) return order[i].value;
  }
  return order[order.length - 1].value;
};

/** A rule: given the indices of the series to learn from, returns a combiner for any series. */
interface Rule {
  label: string;
  members: readonly Member[];
  learn: (learnFrom: readonly number[]) => { weights: number[]; combine: (points: readonly number[]) => number };
}

const equal = (members: readonly Member[]) => members.map(() => 1 / members.length);
const fixed = (label: string, members: readonly Member[], combine: (points: readonly number[]) => number, weights = equal(members)): Rule => ({
  label,
  members,
  learn: () => ({ weights, combine }),
});
const weightedMean = (weights: readonly number[]) => (points: readonly number[]) => points.reduce((total, point, i) => total + weights[i] * point, 0);

/** Weights ∝ 1 / (mean MASE of the member over the learning series). */
const inverseMase = (members: readonly Member[], asMedian: boolean): Rule => ({
  label: `${asMedian ? "weighted median" : "mean"}, weights ∝ 1/MASE, of ${members.join(", ")}`,
  members,
  learn: (learnFrom) => {
    const inverse = members.map((member) => 1 / mean(learnFrom.map((i) => mase(panel[i].test, fitted.get(member)![i].point, panel[i].scale))));
    const total = inverse.reduce((a, b) => a + b, 0);
    const weights = inverse.map((value) => value / total);
    return { weights, combine: asMedian ? (points) => weightedMedian(points, weights) : weightedMean(weights) };
  },
});

/**
 * Weights on the simplex (non-negative, summing to one) that minimise the mean scaled error over the
 * learning series and steps: absolute (MASE itself) or squared (constrained least squares). Searched
 * on a grid of step 0.05, then refined by coordinate moves of 0.01.
 */
const simplexWeights = (members: readonly Member[], loss: "absolute" | "squared"): Rule => ({
  label: `mean, weights minimising scaled ${loss} error, of ${members.join(", ")}`,
  members,
  learn: (learnFrom) => {
    const rows: { actual: number; points: number[] }[] = [];
    for (const i of learnFrom) {
      for (let step = 0; step < horizon; step += 1) {
        rows.push({ actual: panel[i].test[step] / panel[i].scale, points: members.map((member) => fitted.get(member)![i].point[step] / panel[i].scale) });
      }
    }
    const cost = (weights: readonly number[]) => {
      let total = 0;
      for (const row of rows) {
        let error = row.actual;
        for (let m = 0; m < weights.length; m += 1) error -= weights[m] * row.points[m];
        total += loss === "absolute" ? Math.abs(error) : error * error;
      }
      return total / rows.length;
    };
    let best = equal(members);
    let bestCost = cost(best);
    const grid = (prefix: number[], left: number) => {
      if (prefix.length === members.length - 1) {
        const weights = [...prefix, left / 20];
        const value = cost(weights);
        if (value < bestCost) [best, bestCost] = [weights, value];
        return;
      }
      for (let units = 0; units <= left; units += 1) grid([...prefix, units / 20], left - units);
    };
    grid([], 20);
    for (let improved = true; improved; ) {
      improved = false;
      for (let from = 0; from < members.length; from += 1) {
        for (let to = 0; to < members.length; to += 1) {
          if (from === to || best[from] < 0.01 - 1e-12) continue;
          const moved = [...best];
          moved[from] -= 0.01;
          moved[to] += 0.01;
          const value = cost(moved);
          if (value < bestCost - 1e-12) [best, bestCost, improved] = [moved, value, true];
        }
      }
    }
    const weights = best.map((weight) => Math.round(weight * 100) / 100);
    return { weights, combine: weightedMean(weights) };
  },
});

const five: Member[] = ["naive", "drift", "ses", "holt", "damped"];
const rules: Rule[] = [
  fixed("median of naive, drift, ses, holt, damped (shipped)", five, median),
  fixed("drift alone", ["drift"], (points) => points[0]),
  fixed("median of the five + theta", [...five, "theta"], median),
  fixed("median of drift, ses, holt, damped", ["drift", "ses", "holt", "damped"], median),
  fixed("median of naive, drift, holt, damped", ["naive", "drift", "holt", "damped"], median),
  fixed("median of naive, drift, ses, damped, theta", ["naive", "drift", "ses", "damped", "theta"], median),
  fixed("median of naive, drift, ses, holt, theta", ["naive", "drift", "ses", "holt", "theta"], median),
  fixed("median of the five + linear", [...five, "linear"], median),
  fixed("median of theta, drift, ses, holt, damped (naive → theta)", ["theta", "drift", "ses", "holt", "damped"], median),
  fixed("median of naive, drift, theta, holt, damped (ses → theta)", ["naive", "drift", "theta", "holt", "damped"], median),
  fixed("median of linear, drift, ses, holt, damped (naive → linear)", ["linear", "drift", "ses", "holt", "damped"], median),
  fixed("median of the five, damped counted twice", [...five, "damped"], median),
  fixed("median of the five, drift and damped counted twice", [...five, "drift", "damped"], median),
  fixed("median of all seven", [...singles], median),
  fixed("median of drift, damped, theta", ["drift", "damped", "theta"], median),
  fixed("median of the five, drift counted twice", [...five, "drift"], median),
  fixed("median of the five + theta, drift counted twice", [...five, "theta", "drift"], median),
  fixed("trimmed mean (drop min, max) of the five", five, trimmedMean),
  fixed("trimmed mean of the five + theta", [...five, "theta"], trimmedMean),
  fixed("trimmed mean of all seven", [...singles], trimmedMean),
  fixed("mean of the five", five, mean),
  fixed("mean of drift, damped, theta", ["drift", "damped", "theta"], mean),
  fixed("mean of drift, theta", ["drift", "theta"], mean),
  fixed("mean of drift, damped", ["drift", "damped"], mean),
  fixed("mean of drift and the five's median", [...five], (points) => (points[1] + median(points)) / 2),
  inverseMase(five, false),
  inverseMase(five, true),
  inverseMase([...singles], false),
  simplexWeights(five, "absolute"),
  simplexWeights(five, "squared"),
  simplexWeights([...singles], "absolute"),
  simplexWeights([...singles], "squared"),
];


/** Learns on `learnFrom`, scores on `scoreOn`. */
function crossScore(rule: Rule, learnFrom: number[], scoreOn: number[]): { scores: Scored[]; weights: number[] } {
  const { weights, combine } = rule.learn(learnFrom);
  const forecastOf = (i: number) => {
    const parts = rule.members.map((member) => fitted.get(member)![i]);
    const steps = Array.from({ length: horizon }, (_, step) => step);
    return {
      point: steps.map((step) => combine(parts.map((part) => part.point[step]))),
      spread: steps.map((step) => parts.reduce((total, part, m) => total + weights[m] * part.spread[step], 0)),
    };
  };
  const multipliers = [80, 95].map((level) =>
    Array.from({ length: horizon }, (_, step) =>
      quantileR7(
        learnFrom.map((i) => {
          const { point, spread } = forecastOf(i);
          return Math.abs(panel[i].test[step] - point[step]) / spread[step];
        }),
        level / 100,
      ),
    ),
  );
  const scores = scoreOn.map((i) => {
    const { point, spread } = forecastOf(i);
    const [eighty, ninetyFive] = multipliers.map((row) => ({
      lower: point.map((value, step) => value - row[step] * spread[step]),
      upper: point.map((value, step) => value + row[step] * spread[step]),
    }));
    const { test, scale } = panel[i];
    return {
      smape: smape(test, point),
      mase: mase(test, point, scale),
      coverage80: intervalCoverage(test, eighty),
      coverage95: intervalCoverage(test, ninetyFive),
      msis: msis(test, ninetyFive, 95, scale),
    };
  });
  return { scores, weights };
}

const folds = [0, 1].map((fold) => panel.flatMap((entry, i) => (entry.fold === fold ? [i] : [])));
const all = panel.map((_, i) => i);
let shipped: Scored[] = [];
const summary = (scores: Scored[]) =>
  [
    mean(scores.map((s) => s.smape)).toFixed(2),
    mean(scores.map((s) => s.mase)).toFixed(4),
    `${(100 * mean(scores.map((s) => s.coverage80))).toFixed(1)}%`,
    `${(100 * mean(scores.map((s) => s.coverage95))).toFixed(1)}%`,
    mean(scores.map((s) => s.msis)).toFixed(1),
    `ΔMASE vs shipped ${pairedDifference(scores, (s) => s.mase)}`,
    `ΔsMAPE ${pairedDifference(scores, (s) => s.smape)}`,
  ].join("  ");
/** Mean and standard error of the per-series difference from the shipped rule, over the same series. */
function pairedDifference(scores: Scored[], measure: (s: Scored) => number): string {
  if (shipped.length === 0) return "";
  const differences = scores.map((s, i) => measure(s) - measure(shipped[i]));
  const average = mean(differences);
  const error = Math.sqrt(mean(differences.map((d) => (d - average) ** 2)) / (differences.length - 1));
  return `${average >= 0 ? "+" : ""}${average.toFixed(3)} ± ${error.toFixed(3)}`;
}

console.log(`M3 yearly, odd-numbered series only (${panel.length}; folds of ${folds[0].length} and ${folds[1].length}), h = ${horizon}`);
console.log("sMAPE  MASE  cov80  cov95  MSIS, each learned on one fold and scored on the other, pooled\n");
for (const rule of rules) {
  const crossed = [crossScore(rule, folds[0], folds[1]), crossScore(rule, folds[1], folds[0])];
  const weights = crossScore(rule, all, all).weights;
  if (rule.label.endsWith("(shipped)")) shipped = crossed.flatMap((run) => run.scores);
  console.log(`${rule.label.padEnd(80)} ${summary(crossed.flatMap((run) => run.scores))}   weights on all odd: ${weights.map((w) => w.toFixed(2)).join(" ")}`);
}
