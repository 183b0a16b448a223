import { normalQuantile } from "../math/normal-quantile.js";
import type { Forecast } from "./forecast.js";

/**
 * Symmetric intervals for normally distributed forecast errors: point ± z · standard error, where z
 * is the standard normal quantile at 1/2 + level/200 (1.2816 for 80%, 1.9600 for 95%), as R's
 * `forecast.ets` and `thetaf` make them.
 *
 * @param levels interval levels in per cent, each strictly between 0 and 100
 */
export function normalIntervals(
  point: readonly number[],
  standardErrors: readonly number[],
  levels: readonly number[],
): Forecast["intervals"] {
  return levels.map((level) => {
    const z = normalQuantile(0.5 + level / 200);
    return {
      level,
      lower: point.map((value, i) => value - z * standardErrors[i]),
      upper: point.map((value, i) => value + z * standardErrors[i]),
    };
  });
}
