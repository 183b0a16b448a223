/**
 * The p-quantile of a sample by linear interpolation between order statistics, R's default
 * `quantile(x, p, type = 7)` (Hyndman & Fan 1996, definition 7): with the values sorted and
 * h = (n − 1) × p, the value at h, interpolated between the values either side of it. simple-statistics'
 * `quantile` is a different definition, so the combination's calibration, learned with R's, uses this.
 *
 * @param values at least one number, in any order (not changed)
 * @param p from 0 to 1
 * @throws {RangeError} for no values or p outside 0 to 1
 * @example
 * quantileR7([3, 1, 4, 1, 5, 9, 2, 6], 0.9); // => 6.9, as R gives
 */
export function quantileR7(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError("a quantile needs at least one value");
  if (!(p >= 0 && p <= 1)) throw new RangeError(`a quantile's probability is from 0 to 1, got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}
