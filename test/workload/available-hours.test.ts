import { describe, expect, it } from "vitest";
import { availableHours, weeksPerYear } from "../../src/workload/available-hours.js";

describe("availableHours(workingTime)", () => {
  it("takes leave, training, sickness and abstraction off contracted hours as shares of the same time", () => {
    const hours = availableHours({ contractedHoursPerWeek: 35, leaveShare: 0.1, trainingShare: 0.05, sicknessShare: 0.03, abstractionShare: 0.02 });
    // 35 h × 365.25 ÷ 7 = 1,826.25 h contracted; away 0.1 + 0.05 + 0.03 + 0.02 = 0.2; 1,826.25 × 0.8 = 1,461 h
    expect(hours.contracted).toBeCloseTo(1826.25, 9);
    expect(hours.shareAway).toBeCloseTo(0.2, 12);
    expect(hours.productive).toBeCloseTo(1461, 9);
  });

  it("counts 52.18 weeks in an average year (365.25 ÷ 7)", () => {
    expect(weeksPerYear).toBeCloseTo(52.178571, 6);
  });
});
