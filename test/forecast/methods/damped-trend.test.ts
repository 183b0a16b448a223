import { describe, expect, it } from "vitest";
import { dampedTrend } from "../../../src/forecast/methods/damped-trend.js";
import { exponentialSmoothingReference, FORECAST_TOLERANCE } from "../../fixtures/r/exponential-smoothing-reference.js";
import { itMatchesR } from "../../fixtures/r/it-matches-r.js";

const levels = { levels: [80, 95] };

describe("dampedTrend(history, horizon, options)", () => {
  // R 4.2.2, forecast 8.20, made by test/fixtures/r/make-exponential-smoothing-fixtures.R:
  //   holt(y, damped = TRUE, h = 6, level = c(80, 95))
  // on 11 series: the national RSO counts, made-up short, falling, flat-noisy and constant series, and
  // six M3 yearly series. Tolerance: see FORECAST_TOLERANCE.
  itMatchesR(dampedTrend, "holt(y, damped = TRUE)", exponentialSmoothingReference("damped"), FORECAST_TOLERANCE);

  it("shrinks each step's change by the same factor φ, between R's bounds 0.8 and 0.98", () => {
    // a series with a clear trend, so that the changes are far from rounding
    const { point } = dampedTrend([100, 112, 121, 135, 148, 155, 170, 181, 190, 204, 215, 223], 6, levels);
    const changes = point.slice(1).map((value, i) => value - point[i]);
    const ratios = changes.slice(1).map((change, i) => change / changes[i]);

    ratios.forEach((ratio) => expect(ratio).toBeCloseTo(ratios[0], 9));
    expect(ratios[0]).toBeGreaterThanOrEqual(0.8);
    expect(ratios[0]).toBeLessThanOrEqual(0.98);
  });

  it("names itself when it refuses a history of fewer than 10 observations", () => {
    const history = Array.from({ length: 10 - 1 }, (_, i) => 100 + i);

    expect(() => dampedTrend(history, 5, levels)).toThrow(new RangeError("damped trend needs at least 10 observations, got 9"));
  });
});
