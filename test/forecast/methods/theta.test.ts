import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { theta } from "../../../src/forecast/methods/theta.js";
import { exponentialSmoothingReference, FORECAST_TOLERANCE } from "../../fixtures/r/exponential-smoothing-reference.js";
import { itMatchesR } from "../../fixtures/r/it-matches-r.js";

const levels = { levels: [80, 95] };
const histories = fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 7, maxLength: 30 });
const horizons = fc.integer({ min: 1, max: 10 });

describe("theta(history, horizon, options)", () => {
  // R 4.2.2, forecast 8.20, made by test/fixtures/r/make-exponential-smoothing-fixtures.R:
  //   thetaf(y, h = 6, level = c(80, 95))
  // on 11 series: the national RSO counts, made-up short, falling, flat-noisy and constant series, and
  // six M3 yearly series. Tolerance: see FORECAST_TOLERANCE.
  itMatchesR(theta, "thetaf(y)", exponentialSmoothingReference("theta"), FORECAST_TOLERANCE);

  it("adds half the least-squares slope each step after the first, for any history", () => {
    fc.assert(
      fc.property(histories, horizons, (history, horizon) => {
        const { point } = theta(history, horizon, levels);
        // slope of the least-squares line through (t, history[t]), written out: Σ(t − t̄)(y − ȳ) / Σ(t − t̄)²
        const n = history.length;
        const meanT = (n - 1) / 2;
        const meanY = history.reduce((sum, value) => sum + value, 0) / n;
        let cross = 0;
        let squares = 0;
        history.forEach((value, t) => {
          cross += (t - meanT) * (value - meanY);
          squares += (t - meanT) ** 2;
        });
        const halfSlope = cross / squares / 2;
        const rounding = 1e-9 * Math.max(1, ...point.map(Math.abs));
        return point.every((value, i) => i === 0 || Math.abs(value - point[i - 1] - halfSlope) <= rounding);
      }),
    );
  });

  it("names itself when it refuses a history of fewer than 7 observations", () => {
    const history = Array.from({ length: 7 - 1 }, (_, i) => 100 + i);

    expect(() => theta(history, 5, levels)).toThrow(new RangeError("Theta needs at least 7 observations, got 6"));
  });
});
