import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { holtLinearTrend } from "../../../src/forecast/methods/holt-linear-trend.js";
import { exponentialSmoothingReference, FORECAST_TOLERANCE } from "../../fixtures/r/exponential-smoothing-reference.js";
import { itMatchesR } from "../../fixtures/r/it-matches-r.js";

const levels = { levels: [80, 95] };
const histories = fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 9, maxLength: 30 });
const horizons = fc.integer({ min: 1, max: 10 });

describe("holtLinearTrend(history, horizon, options)", () => {
  // R 4.2.2, forecast 8.20, made by test/fixtures/r/make-exponential-smoothing-fixtures.R:
  //   holt(y, h = 6, level = c(80, 95))
  // on 11 series: the national RSO counts, made-up short, falling, flat-noisy and constant series, and
  // six M3 yearly series. Tolerance: see FORECAST_TOLERANCE.
  itMatchesR(holtLinearTrend, "holt(y)", exponentialSmoothingReference("holt"), FORECAST_TOLERANCE);

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
