import { describe, expect, it } from "vitest";
import { breachProbability } from "../../src/scenarios/breach-probability.js";

describe("breachProbability(expected, standardDeviation, trainedOffenderManagers, maxCaseloadPerOffenderManager)", () => {
  it("matches R's pnorm for a caseload one standard deviation above what the staff can carry", () => {
    // threshold 19 × 50 = 950; z = (950 − 1,000) ÷ 50 = −1; P = 1 − pnorm(−1) = pnorm(1) = 0.8413447461 (R 4.x)
    expect(breachProbability(1000, 50, 19, 50)).toBeCloseTo(0.8413447461, 9);
  });

  it("matches R's pnorm two standard deviations below", () => {
    // threshold 22 × 50 = 1,100; z = (1,100 − 1,000) ÷ 50 = 2; P = 1 − pnorm(2) = 0.02275013195 (R 4.x)
    expect(breachProbability(1000, 50, 22, 50)).toBeCloseTo(0.02275013195, 10);
  });

  it("gives one half when the expected caseload is exactly at the target", () => {
    expect(breachProbability(1000, 80, 20, 50)).toBeCloseTo(0.5, 12);
  });

  it("gives 1 or 0 when the caseload has no spread", () => {
    expect(breachProbability(1001, 0, 20, 50)).toBe(1);
    expect(breachProbability(1000, 0, 20, 50)).toBe(0);
  });

  it("never rises when more offender managers are trained", () => {
    const probabilities = [15, 18, 20, 22, 25].map((staff) => breachProbability(1000, 60, staff, 50));
    probabilities.slice(1).forEach((probability, i) => expect(probability).toBeLessThanOrEqual(probabilities[i]));
  });
});
