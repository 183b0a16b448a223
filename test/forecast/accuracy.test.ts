import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { intervalCoverage, mape, mase, maseScale, msis, smape } from "../../src/forecast/accuracy.js";

// A two-step forecast worked by hand.
const history = Object.freeze([80, 90, 85, 100]);
const actual = Object.freeze([100, 110]);
const forecast = Object.freeze([90, 120]);
const interval95 = { lower: [95, 100], upper: [105, 108] };

describe("smape(actual, forecast)", () => {
  it("is the M3 mean of 200|y − f| / (|y| + |f|)", () => {
    // 200 × 10 / 190 = 10.526315789…, 200 × 10 / 230 = 8.695652174…; mean 9.610983982
    expect(smape(actual, forecast)).toBeCloseTo(9.610983982, 8);
  });

  it("counts a zero forecast of a zero actual as no error, and a zero forecast of anything else as 200", () => {
    expect(smape([0, 5], [0, 0])).toBe(100);
  });

  it("refuses forecasts and actual values of different lengths", () => {
    expect(() => smape([1, 2], [1])).toThrow(/as many forecasts as actual values/);
  });
});

describe("mape(actual, forecast)", () => {
  it("is the mean of 100|y − f| / |y|", () => {
    // 100 × 10 / 100 = 10, 100 × 10 / 110 = 9.090909…; mean 9.545454545
    expect(mape(actual, forecast)).toBeCloseTo(9.545454545, 8);
  });
});

describe("maseScale(history)", () => {
  it("is the mean absolute one-step change of the history", () => {
    // |90 − 80| = 10, |85 − 90| = 5, |100 − 85| = 15; mean 10
    expect(maseScale(history)).toBe(10);
  });

  it("refuses a history of one observation", () => {
    expect(() => maseScale([5])).toThrow(/at least two observations, got 1/);
  });
});

describe("mase(actual, forecast, scale)", () => {
  it("is the mean absolute error over the scale", () => {
    // (|100 − 90| + |110 − 120|) / 2 = 10; 10 / 10 = 1
    expect(mase(actual, forecast, maseScale(history))).toBe(1);
  });
});

describe("msis(actual, interval, level, scale)", () => {
  it("adds 2/a times each miss to the width, as M4 defines it", () => {
    // step 1: 100 inside [95, 105]: width 10
    // step 2: 110 above [100, 108]: width 8 + (2 / 0.05) × (110 − 108) = 8 + 80 = 88
    // mean (10 + 88) / 2 = 49; over the scale 10: 4.9
    expect(msis(actual, interval95, 95, 10)).toBeCloseTo(4.9, 12);
  });

  it("penalises a miss below the interval as much as one above", () => {
    // 90 below [95, 105]: 10 + 40 × 5 = 210; 110 above: 10 + 40 × 5 = 210
    const interval = { lower: [95, 95], upper: [105, 105] };
    expect(msis([90, 110], interval, 95, 1)).toBeCloseTo(210, 10);
  });

  it("weighs a miss at 80% by 2 / 0.2 = 10", () => {
    // width 10 + 10 × 5 = 60
    expect(msis([110], { lower: [95], upper: [105] }, 80, 1)).toBeCloseTo(60, 12);
  });
});

describe("intervalCoverage(actual, interval)", () => {
  it("is the share of actual values inside the interval, bounds included", () => {
    expect(intervalCoverage(actual, interval95)).toBe(0.5);
    expect(intervalCoverage([95, 108], interval95)).toBe(1);
  });
});

// R 4.2.2, forecast 8.20: the shared benchmark script run on six M3 yearly series by
// test/fixtures/r/accuracy/make-fixtures.sh. Its scoring code is R's, written independently of ours;
// here we score R's own forecasts with our functions and must get R's table. R rounds the table to
// 4 decimal places, so agreement is to within half a unit in the fourth place.
describe("the accuracy measures, on R's forecasts of six M3 series", () => {
  const fixtures = new URL("../fixtures/r/accuracy/", import.meta.url);
  const readCsv = (name: string) =>
    parse(readFileSync(new URL(name, fixtures), "utf8"), { columns: true }) as Record<string, string>[];

  const panel = readCsv("m3-subset.csv");
  const training = new Map<string, number[]>();
  for (const row of panel.filter((row) => row.split === "train")) {
    training.set(row.series_id, [...(training.get(row.series_id) ?? []), Number(row.value)]);
  }
  const forecasts = readCsv("r-forecasts.csv");
  const table = readCsv("r-table.csv");

  it.each(table.map((row) => [row.method, row] as const))("reproduces R's figures for %s", (method, fromR) => {
    const perSeries = [...training.keys()].map((series) => {
      const rows = forecasts.filter((row) => row.method === method && row.series_id === series);
      const column = (name: string) => rows.map((row) => Number(row[name]));
      const scale = maseScale(training.get(series)!);
      const outcome = column("actual");
      return {
        smape: smape(outcome, column("mean")),
        mape: mape(outcome, column("mean")),
        mase: mase(outcome, column("mean"), scale),
        coverage80: intervalCoverage(outcome, { lower: column("lo80"), upper: column("hi80") }),
        coverage95: intervalCoverage(outcome, { lower: column("lo95"), upper: column("hi95") }),
        msis: msis(outcome, { lower: column("lo95"), upper: column("hi95") }, 95, scale),
      };
    });
    expect(perSeries).toHaveLength(6);
    for (const measure of ["smape", "mape", "mase", "coverage80", "coverage95", "msis"] as const) {
      const ours = perSeries.reduce((total, scores) => total + scores[measure], 0) / perSeries.length;
      expect(Math.abs(ours - Number(fromR[measure])), measure).toBeLessThanOrEqual(0.00005 + 1e-9);
    }
  });
});
