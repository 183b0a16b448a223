import { describe, expect, it } from "vitest";
import { naive } from "../../../src/forecast/methods/naive.js";
import { itMatchesR } from "../../fixtures/r/it-matches-r.js";
import { CLOSED_FORM_TOLERANCE, simpleMethodReference } from "../../fixtures/r/simple-method-reference.js";

describe("naive(history, horizon, options)", () => {
  // R 4.2.2, forecast 8.20: naive(y, h = 6, level = c(80, 95)), made by
  // test/fixtures/r/make-simple-method-fixtures.R on eight series (national, Norfolk, falling, noisy,
  // three points, three M3 yearly series).
  itMatchesR(naive, "forecast::naive", simpleMethodReference("naive"), CLOSED_FORM_TOLERANCE);

  it("uses the root mean square of the changes, not their standard deviation", () => {
    // changes +3, +3: RMS = 3 (the standard deviation would be 0); 80%: 15 ± 1.2815515655446 × 3 × √1
    const [eighty] = naive([9, 12, 15], 1, { levels: [80] }).intervals;

    expect(eighty.lower[0]).toBeCloseTo(15 - 1.2815515655446008 * 3, 12);
    expect(eighty.upper[0]).toBeCloseTo(15 + 1.2815515655446008 * 3, 12);
  });

  it("carries a single observation forward when no intervals are asked for", () => {
    expect(naive([1163], 3, { levels: [] })).toEqual({ method: "naive", point: [1163, 1163, 1163], intervals: [] });
  });

  it("refuses prediction intervals from a single observation", () => {
    expect(() => naive([1163], 3, { levels: [80] })).toThrow(/at least two observations for prediction intervals, got 1/);
  });

  it("refuses an empty history", () => {
    expect(() => naive([], 1, { levels: [] })).toThrow(RangeError);
  });
});
