import { normalQuantile } from "../../math/normal-quantile.js";
import { combinationCalibrationTable } from "./combination-calibration-table.js";

/**
 * How many spreads the combination's interval reaches either side of its point forecast, for a
 * step ahead (1, 2, …) and a level in per cent: the multiplier learned on the odd-numbered M3 yearly
 * series (`models/combination-calibration.json`).
 *
 * - Between two learned levels, the multiplier is interpolated linearly in the level.
 * - Below the lowest or above the highest learned level, the nearest learned multiplier is scaled
 *   by the ratio of normal quantiles, as if the errors had a normal shape beyond what was learned.
 * - Beyond the furthest learned step, the furthest step's multipliers are used: the spread itself
 *   still widens with each step, as the component methods' standard errors do.
 */
export function calibratedHalfWidth(step: number, level: number): number {
  const { levels, multipliers } = combinationCalibrationTable;
  const row = multipliers[Math.min(step, multipliers.length) - 1];
  const last = levels.length - 1;
  if (level <= levels[0]) return (row[0] * normalQuantile(0.5 + level / 200)) / normalQuantile(0.5 + levels[0] / 200);
  if (level >= levels[last]) return (row[last] * normalQuantile(0.5 + level / 200)) / normalQuantile(0.5 + levels[last] / 200);
  const upper = levels.findIndex((learned) => learned >= level);
  const lower = upper - 1;
  const weight = (level - levels[lower]) / (levels[upper] - levels[lower]);
  return row[lower] + weight * (row[upper] - row[lower]);
}
