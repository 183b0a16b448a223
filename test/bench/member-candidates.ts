/**
 * Shared by odd-member-search.ts (chooses, odd series only) and held-out-member-check.ts (scores one
 * chosen candidate once on the even series). New simple point-only members for the median combination;
 * the interval spread stays the shipped one (mean of the five shipped members' standard errors), and the
 * by-horizon multipliers are re-learned on the learning series exactly as
 * models/learn-combination-calibration.mjs does (R-7 quantile of |actual − point| / spread per step).
 */
import { readFileSync } from "node:fs";
import { intervalCoverage, mase, maseScale, msis, smape } from "../../src/forecast/accuracy.js";
import { findForecastMethod } from "../../src/forecast/methods.js";
import { normalQuantile } from "../../src/math/normal-quantile.js";
import { quantileR7 } from "../../src/math/quantile-r7.js";

export const horizon = 6;
const z95 = normalQuantile(0.975);

export interface Entry { id: string; number: number; train: number[]; test: number[]; scale: number }

/** Reads only the series of the given parity: nothing of the other parity is kept. */
export function readPanel(panelFile: string, parity: "odd" | "even"): Entry[] {
  const series = new Map<string, { train: number[]; test: number[] }>();
  for (const line of readFileSync(panelFile, "utf8").trim().split(/\r?\n/).slice(1)) {
    const [id, split, t, value] = line.split(",");
    const number = Number(id.replace(/\D/g, ""));
    if ((number % 2 === 1) !== (parity === "odd")) continue;
    const entry = series.get(id) ?? { train: [], test: [] };
    series.set(id, entry);
    entry[split as "train" | "test"][Number(t) - 1] = Number(value);
  }
  return [...series].map(([id, v]) => ({ id, number: Number(id.replace(/\D/g, "")), scale: maseScale(v.train), ...v }));
}

export const mean = (values: readonly number[]) => values.reduce((total, value) => total + value, 0) / values.length;
export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const steps = Array.from({ length: horizon }, (_, i) => i + 1);

// ---- new point-only members; each takes the history and returns points for h = 1..horizon ----

/** Geometric drift: compound growth from the first to the last value, carried on. */
export const logDrift = (y: readonly number[]) => {
  const n = y.length;
  const growth = (y[n - 1] / y[0]) ** (1 / (n - 1));
  return steps.map((h) => y[n - 1] * growth ** h);
};
/** Theil–Sen: median of all pairwise slopes, anchored at the last value. */
export const theilSen = (y: readonly number[]) => {
  const slopes: number[] = [];
  for (let i = 0; i < y.length; i++) for (let j = i + 1; j < y.length; j++) slopes.push((y[j] - y[i]) / (j - i));
  const slope = median(slopes);
  return steps.map((h) => y[y.length - 1] + h * slope);
};
/** Median of the year-on-year changes, anchored at the last value. */
export const medianChangeDrift = (y: readonly number[]) => {
  const slope = median(y.slice(1).map((v, i) => v - y[i]));
  return steps.map((h) => y[y.length - 1] + h * slope);
};
/** Drift estimated on the last k changes only. */
export const recentDrift = (k: number) => (y: readonly number[]) => {
  const n = y.length;
  const slope = (y[n - 1] - y[n - 1 - k]) / k;
  return steps.map((h) => y[n - 1] + h * slope);
};
/** Damped drift: the average change, multiplied by φ, φ², … in successive years. */
export const dampedDrift = (phi: number) => (y: readonly number[]) => {
  const n = y.length;
  const slope = (y[n - 1] - y[0]) / (n - 1);
  let sum = 0;
  return steps.map((h) => {
    sum += phi ** h;
    return y[n - 1] + slope * sum;
  });
};

export interface Fitted { point: number[]; spread: number[] }
/** Point and standard error (read off the 95% interval) of a method in the method list. */
export function fitListed(name: string, y: readonly number[]): Fitted {
  const method = findForecastMethod(name);
  if (!method) throw new Error(`no method ${name}`);
  const f = method.forecast(y, horizon, { levels: [95] });
  return { point: f.point, spread: f.point.map((_, s) => (f.intervals[0].upper[s] - f.intervals[0].lower[s]) / (2 * z95)) };
}

/**
 * Every candidate member's points for each series. Parametrised members are a family keyed by
 * parameter; `theta(θ)` = SES + (1 − 1/θ)·b·(…): R's thetaf is θ = 2 (half the slope), obtained from
 * the shipped theta and ses as ses + 2(1 − 1/θ)(theta − ses).
 */
export const families: Record<string, { grid: readonly number[]; make: (p: number) => (y: readonly number[], base: Base) => number[] }> = {
  "damped drift φ": { grid: [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1], make: (phi) => (y) => dampedDrift(phi)(y) },
  "recent drift k": { grid: [2, 3, 4, 5, 6, 8, 10, 12], make: (k) => (y) => recentDrift(k)(y) },
  "theta θ": {
    grid: [1.25, 1.5, 2, 2.5, 3, 4, 6, 1e9],
    make: (t) => (_, base) => base.ses.point.map((s, i) => s + 2 * (1 - 1 / t) * (base.theta.point[i] - s)),
  },
  "drift share w (last + w·h·drift)": { grid: [0.25, 0.5, 0.75], make: (w) => (y) => dampedDrift(1)(y).map((p) => y[y.length - 1] + w * (p - y[y.length - 1])) },
};
export const fixedMembers: Record<string, (y: readonly number[], base: Base) => number[]> = {
  "log drift": (y) => logDrift(y),
  "Theil–Sen": (y) => theilSen(y),
  "median-change drift": (y) => medianChangeDrift(y),
  theta: (_, base) => base.theta.point,
  linear: (_, base) => base.linear.point,
};

export const five = ["naive", "drift", "ses", "holt", "damped"] as const;
export type Base = Record<(typeof five)[number] | "theta" | "linear", Fitted>;
export function fitBase(entry: Entry): Base {
  const names = [...five, "theta", "linear"] as const;
  return Object.fromEntries(names.map((n) => [n, fitListed(n, entry.train)])) as Base;
}

/** A candidate: a function of (series, parameter) to the member points; the median of them is the point. */
export interface Candidate {
  label: string;
  family?: string; // if set, the parameter is learned on the learning series from families[family].grid
  members: (entry: Entry, base: Base, parameter: number) => number[][];
  /** Spread the multipliers scale; the shipped one (mean of the five shipped members' SEs) if absent. */
  spread?: (base: Base) => number[];
}

export interface Scored { smape: number; mase: number; coverage80: number; coverage95: number; msis: number }

/** The shipped spread: mean of the five shipped members' standard errors. */
export const spreadOf = (base: Base) => steps.map((_, s) => mean(five.map((n) => base[n].spread[s])));

export function pointOf(candidate: Candidate, entry: Entry, base: Base, parameter: number): number[] {
  const members = candidate.members(entry, base, parameter);
  return steps.map((_, s) => median(members.map((m) => m[s])));
}

/**
 * Learns the parameter (if any) and the multipliers on `learn`, scores on `score`.
 * Parameter rule: the lowest mean MASE on the learning series among grid values whose mean sMAPE
 * there is no higher than the shipped rule's; if none, the lowest sMAPE.
 */
export function learnAndScore(
  candidate: Candidate,
  learn: readonly { entry: Entry; base: Base }[],
  score: readonly { entry: Entry; base: Base }[],
  shippedLearnSmape: number,
): { parameter: number; scores: Scored[]; multipliers: number[][] } {
  let parameter = NaN;
  if (candidate.family) {
    const options = families[candidate.family].grid.map((p) => {
      const points = learn.map(({ entry, base }) => pointOf(candidate, entry, base, p));
      return {
        p,
        smape: mean(learn.map(({ entry }, i) => smape(entry.test, points[i]))),
        mase: mean(learn.map(({ entry }, i) => mase(entry.test, points[i], entry.scale))),
      };
    });
    const allowed = options.filter((o) => o.smape <= shippedLearnSmape);
    parameter = allowed.length > 0
      ? allowed.reduce((a, b) => (b.mase < a.mase ? b : a)).p
      : options.reduce((a, b) => (b.smape < a.smape ? b : a)).p;
  }
  const multipliers = [0.8, 0.95].map((p) =>
    steps.map((_, s) =>
      quantileR7(
        learn.map(({ entry, base }) => Math.abs(entry.test[s] - pointOf(candidate, entry, base, parameter)[s]) / (candidate.spread ?? spreadOf)(base)[s]),
        p,
      ),
    ),
  );
  const scores = score.map(({ entry, base }) => {
    const point = pointOf(candidate, entry, base, parameter);
    const spread = (candidate.spread ?? spreadOf)(base);
    const [eighty, ninetyFive] = multipliers.map((row) => ({
      lower: point.map((v, s) => v - row[s] * spread[s]),
      upper: point.map((v, s) => v + row[s] * spread[s]),
    }));
    return {
      smape: smape(entry.test, point),
      mase: mase(entry.test, point, entry.scale),
      coverage80: intervalCoverage(entry.test, eighty),
      coverage95: intervalCoverage(entry.test, ninetyFive),
      msis: msis(entry.test, ninetyFive, 95, entry.scale),
    };
  });
  return { parameter, scores, multipliers };
}

const memberPoints = (name: string, entry: Entry, base: Base, parameter: number): number[] => {
  if (name in families) return families[name].make(parameter)(entry.train, base);
  if (name in fixedMembers) return fixedMembers[name](entry.train, base);
  return base[name as keyof Base].point;
};

/** Median of the five with `added` members, and with `removed` shipped members taken out. */
export function candidate(added: readonly string[], removed: readonly string[] = []): Candidate {
  const family = added.find((a) => a in families);
  const kept = five.filter((n) => !removed.includes(n));
  const label =
    added.length === 0 && removed.length === 0
      ? "previous rule (shipped until 23 Nov 2026): median of naive, drift, ses, holt, damped"
      : `median of ${[...kept, ...added].join(", ")}` + (removed.length ? `   (${removed.join(", ")} → ${added.join(", ")})` : "");
  return {
    label,
    ...(family ? { family } : {}),
    members: (entry, base, p) => [...kept.map((n) => base[n].point), ...added.map((a) => memberPoints(a, entry, base, p))],
  };
}
export const shipped = candidate([]);

export const summaryOf = (scores: readonly Scored[]) => ({
  smape: mean(scores.map((s) => s.smape)),
  mase: mean(scores.map((s) => s.mase)),
  coverage80: mean(scores.map((s) => s.coverage80)),
  coverage95: mean(scores.map((s) => s.coverage95)),
  msis: mean(scores.map((s) => s.msis)),
});
export const formatSummary = (scores: readonly Scored[]) => {
  const s = summaryOf(scores);
  return `${s.smape.toFixed(2)}  ${s.mase.toFixed(4)}  ${(100 * s.coverage80).toFixed(1)}%  ${(100 * s.coverage95).toFixed(1)}%  ${s.msis.toFixed(1)}`;
};
/** Mean ± standard error of the per-series difference (candidate − reference). */
export function pairedDifference(scores: readonly Scored[], reference: readonly Scored[], measure: (s: Scored) => number): string {
  const d = scores.map((s, i) => measure(s) - measure(reference[i]));
  const average = mean(d);
  const error = Math.sqrt(mean(d.map((x) => (x - average) ** 2)) / (d.length - 1));
  return `${average >= 0 ? "+" : ""}${average.toFixed(3)} ± ${error.toFixed(3)}`;
}

/** Spread as the mean of the listed fitted methods' standard errors (a name may repeat). */
export const spreadFrom = (names: readonly (keyof Base)[]) => (base: Base) => steps.map((_, s) => mean(names.map((n) => base[n].spread[s])));
