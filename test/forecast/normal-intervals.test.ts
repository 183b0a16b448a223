import { describe, expect, it } from "vitest";
import { normalIntervals } from "../../src/forecast/normal-intervals.js";

describe("normalIntervals(point, standardErrors, levels)", () => {
  it("puts the bounds z standard errors either side, z = R's qnorm(0.9) and qnorm(0.975)", () => {
    // qnorm(0.9) = 1.2815515655446004, qnorm(0.975) = 1.959963984540054 (R 4.2.2)
    // 100 ∓ 1.2815515655446004 × 10 = 87.184484344553996 … 112.815515655446004
    // 100 ∓ 1.959963984540054 × 10 = 80.40036015459946 … 119.59963984540054
    const [eighty, ninetyFive] = normalIntervals([100], [10], [80, 95]);

    expect(eighty.level).toBe(80);
    expect(eighty.lower[0]).toBeCloseTo(87.184484344554, 11);
    expect(eighty.upper[0]).toBeCloseTo(112.815515655446, 11);
    expect(ninetyFive.lower[0]).toBeCloseTo(80.40036015459946, 11);
    expect(ninetyFive.upper[0]).toBeCloseTo(119.59963984540054, 11);
  });

  it("gives zero-width intervals when the standard error is zero", () => {
    const [interval] = normalIntervals([150, 150], [0, 0], [95]);

    expect(interval.lower).toEqual([150, 150]);
    expect(interval.upper).toEqual([150, 150]);
  });
});
