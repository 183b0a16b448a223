import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simpleExponentialSmoothing } from "../../../src/forecast/methods/simple-exponential-smoothing.js";
import {
  exponentialSmoothingReference,
  FORECAST_TOLERANCE,
  forecastPairs,
} from "../../fixtures/r/exponential-smoothing-reference.js";

// R 4.2.2, forecast 8.20, made by test/fixtures/r/make-exponential-smoothing-fixtures.R:
//   ses(y, h = 6, level = c(80, 95))
// on 11 series: the national RSO counts, made-up short, falling, flat-noisy and constant series, and
// six M3 yearly series. Tolerance: see FORECAST_TOLERANCE.
const references = exponentialSmoothingReference("ses");
const levels = { levels: [80, 95] };
const histories = fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 7, maxLength: 30 });
const horizons = fc.integer({ min: 1, max: 10 });

describe("simpleExponentialSmoothing(history, horizon, options)", () => {
  it.each(references)("matches R's ses(y) on $series, every bound to 1e-6 of the point", (reference) => {
    const forecast = simpleExponentialSmoothing(reference.history, 6, levels);

    expect(forecast.method).toBe("ses");
    for (const [what, ours, theirs] of forecastPairs(forecast, reference)) {
      theirs.forEach((value, i) => {
        const tolerance = FORECAST_TOLERANCE * Math.abs(reference.point[i]);
        expect(Math.abs(ours[i] - value), `${what}, h = ${i + 1}: ${ours[i]} vs R's ${value}`).toBeLessThanOrEqual(tolerance);
      });
    }
  });

  it("forecasts flat: every step ahead is the last fitted level, for any history", () => {
    fc.assert(
      fc.property(histories, horizons, (history, horizon) => {
        const { point } = simpleExponentialSmoothing(history, horizon, levels);
        return point.every((value) => value === point[0]);
      }),
    );
  });

  it("names itself when it refuses a history of fewer than 7 observations", () => {
    const history = Array.from({ length: 7 - 1 }, (_, i) => 100 + i);

    expect(() => simpleExponentialSmoothing(history, 5, levels)).toThrow(new RangeError("simple exponential smoothing needs at least 7 observations, got 6"));
  });
});
