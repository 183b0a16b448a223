/** One method's accuracy on a panel: means over series, coverage as a share from 0 to 1. */
export interface Accuracy {
  smape: number;
  mase: number;
  coverage80: number;
  coverage95: number;
  msis: number;
}

/** A method's accuracy with the name it goes by. */
export interface NamedAccuracy extends Accuracy {
  method: string;
}

export interface Issue3Target {
  measure: string;
  key: keyof Accuracy;
  /** As written in issue 3. */
  target: string;
  meets: (value: number) => boolean;
  /** How R's best is chosen: the lowest value, or the coverage nearest its nominal level. */
  best: { kind: "lowest" } | { kind: "nearest"; nominal: number };
  show: (value: number) => string;
}

const percent = (value: number) => `${(100 * value).toFixed(2)}%`;

/** The accuracy targets of issue 3 (M3 yearly, h = 6), judged on the unrounded figures. */
export const issue3Targets: readonly Issue3Target[] = [
  { measure: "sMAPE", key: "smape", target: "≤ 15.9", meets: (value) => value <= 15.9, best: { kind: "lowest" }, show: (value) => value.toFixed(2) },
  { measure: "MASE", key: "mase", target: "≤ 2.60", meets: (value) => value <= 2.6, best: { kind: "lowest" }, show: (value) => value.toFixed(4) },
  {
    measure: "95% interval coverage",
    key: "coverage95",
    target: "93–97%",
    meets: (value) => value >= 0.93 && value <= 0.97,
    best: { kind: "nearest", nominal: 0.95 },
    show: percent,
  },
  {
    measure: "80% interval coverage",
    key: "coverage80",
    target: "76–84%",
    meets: (value) => value >= 0.76 && value <= 0.84,
    best: { kind: "nearest", nominal: 0.8 },
    show: percent,
  },
  { measure: "MSIS", key: "msis", target: "≤ 26", meets: (value) => value <= 26, best: { kind: "lowest" }, show: (value) => value.toFixed(1) },
];

/** The method of `rows` that does best on one target's measure: lowest, or nearest the nominal coverage. */
export function bestOn(target: Issue3Target, rows: readonly NamedAccuracy[]): NamedAccuracy {
  if (rows.length === 0) throw new RangeError("no methods to choose the best from");
  const { best, key } = target;
  const distance = (row: NamedAccuracy) => (best.kind === "lowest" ? row[key] : Math.abs(row[key] - best.nominal));
  return rows.reduce((chosen, row) => (distance(row) < distance(chosen) ? row : chosen));
}
