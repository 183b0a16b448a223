import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simpleExponentialSmoothing } from "../../../src/forecast/methods/simple-exponential-smoothing.js";
import { exponentialSmoothingReference, FORECAST_TOLERANCE } from "../../fixtures/r/exponential-smoothing-reference.js";
import { itMatchesR } from "../../fixtures/r/it-matches-r.js";

const levels = { levels: [80, 95] };
const histories = fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 7, maxLength: 30 });
const horizons = fc.integer({ min: 1, max: 10 });

describe("simpleExponentialSmoothing(history, horizon, options)", () => {
  // R 4.2.2, forecast 8.20, made by test/fixtures/r/make-exponential-smoothing-fixtures.R:
  //   ses(y, h = 6, level = c(80, 95))
  // on 11 series: the national RSO counts, made-up short, falling, flat-noisy and constant series, and
  // six M3 yearly series. Tolerance: see FORECAST_TOLERANCE.
  itMatchesR(simpleExponentialSmoothing, "ses(y)", exponentialSmoothingReference("ses"), FORECAST_TOLERANCE);

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
