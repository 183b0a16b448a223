import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { holtLinearTrend } from "../../../src/forecast/methods/holt-linear-trend.js";
import {
  exponentialSmoothingReference,
  FORECAST_TOLERANCE,
  forecastPairs,
} from "../../fixtures/r/exponential-smoothing-reference.js";

// R 4.2.2, forecast 8.20, made by test/fixtures/r/make-exponential-smoothing-fixtures.R:
//   holt(y, h = 6, level = c(80, 95))
// on 11 series: the national RSO counts, made-up short, falling, flat-noisy and constant series, and
// six M3 yearly series. Tolerance: see FORECAST_TOLERANCE.
const references = exponentialSmoothingReference("holt");
const levels = { levels: [80, 95] };
const histories = fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 9, maxLength: 30 });
const horizons = fc.integer({ min: 1, max: 10 });

describe("holtLinearTrend(history, horizon, options)", () => {
  it.each(references)("matches R's holt(y) on $series, every bound to 1e-6 of the point", (reference) => {
    const forecast = holtLinearTrend(reference.history, 6, levels);

    expect(forecast.method).toBe("holt");
    for (const [what, ours, theirs] of forecastPairs(forecast, reference)) {
      theirs.forEach((value, i) => {
        const tolerance = FORECAST_TOLERANCE * Math.abs(reference.point[i]);
        expect(Math.abs(ours[i] - value), `${what}, h = ${i + 1}: ${ours[i]} vs R's ${value}`).toBeLessThanOrEqual(tolerance);
      });
    }
  });

  it("forecasts along a straight line: the same change every step, for any history", () => {
    fc.assert(
      fc.property(histories, horizons, (history, horizon) => {
        const { point } = holtLinearTrend(history, horizon, levels);
        const rounding = 1e-9 * Math.max(1, ...point.map(Math.abs));
        return point.every((value, i) => i < 2 || Math.abs(value - point[i - 1] - (point[1] - point[0])) <= rounding);
      }),
    );
  });

  it("names itself when it refuses a history of fewer than 9 observations", () => {
    const history = Array.from({ length: 9 - 1 }, (_, i) => 100 + i);

    expect(() => holtLinearTrend(history, 5, levels)).toThrow(new RangeError("Holt's linear trend needs at least 9 observations, got 8"));
  });
});
