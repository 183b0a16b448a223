import { erf } from "mathjs/number";
import { probit } from "simple-statistics";

/**
 * The standard normal quantile: the z with P(Z ≤ z) = p, as R's `qnorm(p)`.
 *
 * simple-statistics' `probit` is read from a table and is good to about three significant figures
 * (`probit(0.975)` is 1.9572, not 1.95996), which would shift every prediction interval. Three Newton
 * steps on the normal distribution function, written with mathjs' `erf`, make it exact to about 1e-15
 * for p from 0.0005 to 0.9995 (interval levels up to 99.9%). Beyond that the step loses accuracy to
 * cancellation in 1 + erf, so `--levels` stops at 99.9.
 *
 * @param p a probability strictly between 0 and 1
 * @throws {RangeError} if p is not strictly between 0 and 1
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normal quantile needs a probability between 0 and 1, got ${p}`);
  let z = probit(p);
  if (!Number.isFinite(z)) throw new RangeError(`normal quantile is not accurate this far in the tail: p = ${p}`);
  for (let step = 0; step < 3; step++) {
    const cumulative = 0.5 * (1 + erf(z / Math.SQRT2));
    const density = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    z -= (cumulative - p) / density;
  }
  return z;
}
