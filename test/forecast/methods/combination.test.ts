import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { calibratedHalfWidth } from "../../../src/forecast/methods/combination-calibration.js";
import { combination } from "../../../src/forecast/methods/combination.js";

// R 4.2.2, forecast 8.20 (test/fixtures/r/accuracy/make-fixtures.sh): naive, rwf(drift = TRUE), ses
// and holt on six M3 yearly series, 6 years ahead, and the compound growth rwf(drift = TRUE,
// lambda = 0) (make-geometric-drift.R). The combination must be the median of R's five point
// forecasts, with a spread equal to the mean of the four fitted methods' standard errors (each 95%
// interval's width / (2 × 1.959964)), and each half-width at least the step before's. Tolerance: 1e-5 relative, ten times the 1e-6 the component
// methods are held to against R, since the spread sums four of them.
const fixtures = new URL("../../fixtures/r/accuracy/", import.meta.url);
const readCsv = (name: string) => parse(readFileSync(new URL(name, fixtures), "utf8"), { columns: true }) as Record<string, string>[];
const panel = readCsv("m3-subset.csv");
const fromR = readCsv("r-forecasts.csv");
const components = ["Naive", "RWDrift", "SES", "Holt"];
const growthFromR = readCsv("r-geometric-drift.csv");
const seriesIds = [...new Set(panel.map((row) => row.series_id))];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[2];
}

describe("combination(history, horizon, options)", () => {
  it.each(seriesIds)("is the median of R's five component forecasts of %s, with R's mean spread calibrated", (id) => {
    const history = panel.filter((row) => row.series_id === id && row.split === "train").map((row) => Number(row.value));
    const ours = combination(history, 6, { levels: [80, 95] });
    let [widest80, widest95] = [0, 0];
    for (let step = 1; step <= 6; step += 1) {
      const rows = components.map((method) => fromR.find((row) => row.series_id === id && row.method === method && Number(row.h) === step)!);
      const growth = growthFromR.find((row) => row.series_id === id && Number(row.h) === step)!;
      const point = median([...rows.map((row) => Number(row.mean)), Number(growth.mean)]);
      const spread = rows.reduce((total, row) => total + (Number(row.hi95) - Number(row.lo95)) / (2 * 1.959963984540054), 0) / 4;
      const tolerance = 1e-5 * Math.abs(point);
      expect(Math.abs(ours.point[step - 1] - point)).toBeLessThanOrEqual(tolerance);
      // the half-width is never narrower than the step before's: the largest of m(k, level) × spread(k) for k ≤ step
      widest95 = Math.max(widest95, calibratedHalfWidth(step, 95) * spread);
      widest80 = Math.max(widest80, calibratedHalfWidth(step, 80) * spread);
      const upper95 = point + widest95;
      const lower80 = point - widest80;
      expect(Math.abs(ours.intervals[1].upper[step - 1] - upper95)).toBeLessThanOrEqual(tolerance);
      expect(Math.abs(ours.intervals[0].lower[step - 1] - lower80)).toBeLessThanOrEqual(tolerance);
    }
  });
});
