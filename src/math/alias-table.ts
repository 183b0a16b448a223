/**
 * Fills Walker's alias table (as built by Vose, 1991) for drawing an index with chance proportional to
 * its weight: index i drawn uniformly is kept when a second uniform draw is below `cutoffs[i]`, and
 * otherwise replaced by `aliases[i]`.
 */
export function aliasTable(weights: Float64Array, cutoffs: Float64Array, aliases: Int32Array): void {
  const count = weights.length;
  let total = 0;
  for (let index = 0; index < count; index++) total += weights[index];
  const small: number[] = [];
  const large: number[] = [];
  for (let index = 0; index < count; index++) {
    cutoffs[index] = total > 0 ? (weights[index] * count) / total : 1;
    aliases[index] = index;
    (cutoffs[index] < 1 ? small : large).push(index);
  }
  while (small.length > 0 && large.length > 0) {
    const less = small.pop()!;
    const more = large[large.length - 1];
    aliases[less] = more;
    cutoffs[more] += cutoffs[less] - 1;
    if (cutoffs[more] < 1) small.push(large.pop()!);
  }
  for (const index of [...small, ...large]) cutoffs[index] = 1;
}
