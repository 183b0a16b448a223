/** The spread of simulated paths at one month end. */
export interface PathSummary {
  /** Mean over the paths. */
  point: number;
  /** One interval per level, in the order asked: R-7 quantiles at (1 − level/100)/2 and 1 − that. */
  intervals: { level: number; lower: number; upper: number }[];
}

/**
 * Each month's mean and prediction intervals over the paths of one measure, stored path by path
 * (`values[path × months + month]`). The bounds are sample quantiles of R's type 7 (as `quantileR7`),
 * so on paths that all agree the interval has zero width.
 *
 * The paths' counts are whole numbers, and a month whose values all are is sorted as 32-bit integers,
 * three times quicker than as doubles (a report sorts some 3,000 months); any other is sorted as doubles.
 */
export function pathSummaries(values: Float64Array, paths: number, months: number, levels: readonly number[]): PathSummary[] {
  const column = new Float64Array(paths);
  const wholeColumn = new Int32Array(paths);
  return Array.from({ length: months }, (_, month) => {
    let sum = 0;
    let whole = true;
    for (let path = 0; path < paths; path++) {
      const value = values[path * months + month];
      column[path] = value;
      wholeColumn[path] = value;
      if (wholeColumn[path] !== value) whole = false;
      sum += value;
    }
    const sorted = whole ? wholeColumn.sort() : column.sort();
    return {
      point: sum / paths,
      intervals: levels.map((level) => ({ level, lower: sortedQuantile(sorted, (1 - level / 100) / 2), upper: sortedQuantile(sorted, 1 - (1 - level / 100) / 2) })),
    };
  });
}

/** R's type-7 quantile of values already in ascending order. */
function sortedQuantile(sorted: Float64Array | Int32Array, p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}
