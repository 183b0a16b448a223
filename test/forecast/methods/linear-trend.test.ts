import { describe, expect, it } from "vitest";
import { linearTrend } from "../../../src/forecast/methods/linear-trend.js";
import { itMatchesR } from "../../fixtures/r/it-matches-r.js";
import { CLOSED_FORM_TOLERANCE, simpleMethodReference } from "../../fixtures/r/simple-method-reference.js";

describe("linearTrend(history, horizon, options)", () => {
  // R 4.2.2, forecast 8.20: forecast(tslm(y ~ trend), h = 6, level = c(80, 95)), made by
  // test/fixtures/r/make-simple-method-fixtures.R on eight series.
  itMatchesR(linearTrend, "forecast(tslm(y ~ trend))", simpleMethodReference("linear"), CLOSED_FORM_TOLERANCE);

  it("widens the interval by Student's t with n − 2 degrees of freedom, by hand for three points", () => {
    // y = 10, 12, 15 at t = 1, 2, 3: t̄ = 2, ȳ = 37/3, Σ(t − t̄)(y − ȳ) = 5, Σ(t − t̄)² = 2,
    // slope = 2.5, intercept = 37/3 − 5 = 7.3333; fitted 9.8333, 12.3333, 14.8333;
    // residuals 1/6, −1/3, 1/6 → RSS = 1/6, s = √(1/6 / 1) = 0.408248.
    // h = 1: t0 = 4, point = 7.3333 + 2.5 × 4 = 17.3333;
    // se = 0.408248 × √(1 + 1/3 + (4 − 2)² / 2) = 0.408248 × √(10/3) = 0.745356;
    // 95%: qt(0.975, 1) = 12.706205 → 17.3333 ± 9.47062 = [7.86271, 26.80396]
    const forecast = linearTrend([10, 12, 15], 1, { levels: [95] });

    expect(forecast.point[0]).toBeCloseTo(17.333333, 5);
    expect(forecast.intervals[0].lower[0]).toBeCloseTo(7.86271, 4);
    expect(forecast.intervals[0].upper[0]).toBeCloseTo(26.80396, 4);
  });

  it("carries on an exact straight line, with no spread", () => {
    const forecast = linearTrend([100, 110, 120, 130], 2, { levels: [95] });

    forecast.point.forEach((value, i) => expect(value).toBeCloseTo([140, 150][i], 9));
    forecast.intervals[0].lower.forEach((value, i) => expect(value).toBeCloseTo([140, 150][i], 9));
  });
});
