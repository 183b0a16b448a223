/**
 * The average-growth-rate point forecast: the yearly growth rate, on average, from the first
 * observation to the last, carried forward from the last,
 *
 *   point(h) = last × (last / first)^(h / (n − 1)),
 *
 * which is random walk with drift on the logarithms, back-transformed (R: `rwf(y, drift = TRUE,
 * lambda = 0)$mean`). It gives a point forecast only: the tool uses it as one member of the
 * combination, whose intervals are calibrated on their own. A register that has grown by a steady
 * percentage (the national one grew 48% in ten years) is what it describes.
 *
 * The growth rate needs the first and last values above zero; where either is not, the forecast is the
 * arithmetic drift's, last + h × (last − first) / (n − 1), so that the member still votes.
 *
 * @param history observations in time order, oldest first, no gaps; at least two
 * @throws {RangeError} if the history has fewer than two observations
 */
export function geometricDriftPoint(history: readonly number[], horizon: number): number[] {
  if (history.length < 2) throw new RangeError(`the average-growth-rate forecast needs at least 2 observations, got ${history.length}`);
  const first = history[0];
  const last = history[history.length - 1];
  const intervals = history.length - 1;
  const steps = Array.from({ length: horizon }, (_, step) => step + 1);
  if (first <= 0 || last <= 0) return steps.map((h) => last + (h * (last - first)) / intervals);
  const logGrowth = Math.log(last / first) / intervals;
  return steps.map((h) => last * Math.exp(h * logGrowth));
}
