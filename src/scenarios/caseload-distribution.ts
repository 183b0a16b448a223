import { normalDistribution } from "../math/normal-distribution.js";
import { normalQuantile } from "../math/normal-quantile.js";

/**
 * The forecast's predictive distribution of one year-end caseload, as the forecast itself states it:
 * the point forecast as its median and each interval's bounds as its quantiles (the upper bound of
 * the L% interval is the 0.5 + L/200 quantile, the lower the 0.5 − L/200). Stored as knots (value, z),
 * z the standard normal quantile of the knot's probability, in increasing order.
 */
export interface CaseloadDistribution {
  knots: readonly { value: number; z: number }[];
}

/** One year of a forecast's intervals: bounds at a step ahead, by level in per cent. */
export interface IntervalBounds {
  level: number;
  lower: number;
  upper: number;
}

/**
 * The distribution of a year-end caseload from the point forecast and every interval the forecast has
 * at that step, each moved by `shift` (a scenario's growth rate or shocks move the whole distribution).
 * Bounds that a wider interval leaves inside a narrower one are lifted to the narrower one's, so the
 * knots never fall as the probability rises.
 */
export function caseloadDistribution(point: number, intervals: readonly IntervalBounds[], shift = 0): CaseloadDistribution {
  const sorted = [...intervals].sort((a, b) => a.level - b.level);
  const raw = [
    ...sorted.map(({ level, lower }) => ({ value: lower + shift, z: -normalQuantile(0.5 + level / 200) })).reverse(),
    { value: point + shift, z: 0 },
    ...sorted.map(({ level, upper }) => ({ value: upper + shift, z: normalQuantile(0.5 + level / 200) })),
  ];
  const knots: { value: number; z: number }[] = [];
  for (const knot of raw) {
    const previous = knots[knots.length - 1];
    if (previous !== undefined && knot.z === previous.z) continue;
    knots.push({ z: knot.z, value: previous === undefined ? knot.value : Math.max(previous.value, knot.value) });
  }
  return { knots };
}

/**
 * P(caseload > value) under the forecast's own distribution.
 *
 * - At a knot, exactly the knot's probability: at the upper bound of the L% interval, (100 − L)/200.
 * - Between two knots, z is interpolated linearly in the value: exact for a method whose intervals
 *   are normal (their bounds are linear in z), and for the combination, whose calibrated multipliers
 *   the forecast is given at every learned level, a straight line between neighbouring learned levels.
 * - Beyond the outermost knot, z grows in proportion to the distance from the median, as if the tail
 *   kept the shape of a normal through that knot: the combination's calibration extends its intervals
 *   beyond its widest learned level by the same rule.
 *
 * A distribution with no spread gives 1 if the median is above the value, else 0.
 */
export function probabilityAbove(distribution: CaseloadDistribution, value: number): number {
  const { knots } = distribution;
  const median = knots.find((knot) => knot.z === 0)!.value;
  const first = knots[0];
  const last = knots[knots.length - 1];
  let z: number;
  if (value >= last.value) {
    if (last.value <= median) return median > value ? 1 : 0;
    z = (last.z * (value - median)) / (last.value - median);
  } else if (value < first.value) {
    if (first.value >= median) return median > value ? 1 : 0;
    z = (first.z * (median - value)) / (median - first.value);
  } else {
    const upper = knots.findIndex((knot) => knot.value > value);
    const below = knots[upper - 1];
    const above = knots[upper];
    z = below.z + ((value - below.value) / (above.value - below.value)) * (above.z - below.z);
  }
  return Math.min(1, Math.max(0, normalDistribution(-z)));
}
