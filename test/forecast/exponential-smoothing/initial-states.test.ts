import { describe, expect, it } from "vitest";
import { initialStates } from "../../../src/forecast/exponential-smoothing/initial-states.js";

describe("initialStates(history, trendKind)", () => {
  it("starts a model with no trend at the mean of the first ten observations only", () => {
    // (1 + 2 + … + 10) / 10 = 5.5; the eleventh value must not count
    const history = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1000];

    expect(initialStates(history, "none")).toEqual({ level: 5.5, trend: 0 });
  });

  it("uses every observation when there are fewer than ten", () => {
    expect(initialStates([4, 6, 8, 10, 12, 14, 16], "none").level).toBe(10);
  });

  it("starts a trend model on the least-squares line through the first ten, at t = 0", () => {
    // y = 1 + 2t for t = 1 … 10 lies exactly on a line: intercept 1, slope 2; the last value is off it
    const history = [...Array.from({ length: 10 }, (_, i) => 1 + 2 * (i + 1)), -500];
    const { level, trend } = initialStates(history, "damped");

    expect(level).toBeCloseTo(1, 12);
    expect(trend).toBeCloseTo(2, 12);
  });

  it("nudges a level and trend that cancel apart by 0.1%, as R does", () => {
    // y = 2 − 2t: intercept 2, slope −2, and 2 + (−2) = 0, so R makes them 2.002 and −1.998
    const { level, trend } = initialStates([0, -2, -4, -6, -8, -10, -12, -14, -16], "linear");

    expect(level).toBeCloseTo(2.002, 12);
    expect(trend).toBeCloseTo(-1.998, 12);
  });
});
