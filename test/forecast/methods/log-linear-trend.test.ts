import { describe, expect, it } from "vitest";
import { logLinearTrend } from "../../../src/forecast/methods/log-linear-trend.js";
import { itMatchesR } from "../../fixtures/r/it-matches-r.js";
import { CLOSED_FORM_TOLERANCE, simpleMethodReference } from "../../fixtures/r/simple-method-reference.js";

describe("logLinearTrend(history, horizon, options)", () => {
  // R 4.2.2, forecast 8.20: forecast(tslm(y ~ trend, lambda = 0), h = 6, level = c(80, 95)), made by
  // test/fixtures/r/make-simple-method-fixtures.R on eight series.
  itMatchesR(logLinearTrend, "forecast(tslm(y ~ trend, lambda = 0))", simpleMethodReference("log-linear"), CLOSED_FORM_TOLERANCE);

  it("refuses a history that swings by orders of magnitude, whose 95% bound would overflow", () => {
    // logs 11.42, 0, 11.49: a residual spread of about 9.4 on the log scale, so eight years ahead the
    // 95% bound is exp of several hundred, past the largest double (about exp(709.8))
    expect(() => logLinearTrend([91_191, 1, 97_375], 8, { levels: [80, 95] })).toThrow(
      new RangeError(
        "compound growth (log-linear trend) cannot give finite prediction intervals for this history: its counts swing too far from year to year for a steady growth rate",
      ),
    );
    // the same history a year ahead stays finite
    expect(logLinearTrend([91_191, 1, 97_375], 1, { levels: [80, 95] }).intervals[1].upper[0]).toBeLessThan(Number.MAX_VALUE);
  });

  it("carries on exact compound growth, with no spread", () => {
    // 10% a year: 121 × 1.1 = 133.1, × 1.1 = 146.41
    const forecast = logLinearTrend([100, 110, 121], 2, { levels: [95] });

    forecast.point.forEach((value, i) => expect(value).toBeCloseTo([133.1, 146.41][i], 9));
    forecast.intervals[0].upper.forEach((value, i) => expect(value).toBeCloseTo([133.1, 146.41][i], 9));
  });

  it("gives intervals that stretch further above the point than below it", () => {
    const [ninetyFive] = logLinearTrend([50, 63, 48, 71, 55, 80], 3, { levels: [95] }).intervals;
    const point = logLinearTrend([50, 63, 48, 71, 55, 80], 3, { levels: [] }).point;

    point.forEach((value, i) => expect(ninetyFive.upper[i] - value).toBeGreaterThan(value - ninetyFive.lower[i]));
  });

  it.each([
    [[10, 0, 12], "observation 2 is 0"],
    [[10, 11, -3], "observation 3 is -3"],
  ])("refuses %j, saying which observation is not above zero", (history, found) => {
    expect(() => logLinearTrend(history, 1, { levels: [80] })).toThrow(RangeError);
    expect(() => logLinearTrend(history, 1, { levels: [80] })).toThrow(new RegExp(`above zero.*${found}`));
  });
});
