import { describe, expect, it } from "vitest";
import { combination } from "../../src/forecast/methods/combination.js";
import { combinationCalibrationTable } from "../../src/forecast/methods/combination-calibration-table.js";
import { randomWalkWithDrift } from "../../src/forecast/methods/random-walk-with-drift.js";
import { breachProbability } from "../../src/scenarios/breach-probability.js";
import { caseloadDistribution, probabilityAbove } from "../../src/scenarios/caseload-distribution.js";

// a rising register of 14 years, long enough for the combination (ten or more)
const history = [700, 730, 745, 790, 812, 850, 861, 905, 940, 952, 1001, 1030, 1062, 1080];
const learnedLevels = combinationCalibrationTable.levels;

const distributionAt = (forecast: ReturnType<typeof combination>, step: number) =>
  caseloadDistribution(
    forecast.point[step],
    forecast.intervals.map((interval) => ({ level: interval.level, lower: interval.lower[step], upper: interval.upper[step] })),
  );

describe("breachProbability(distribution, trainedOffenderManagers, maxCaseloadPerOffenderManager)", () => {
  it("is exactly (100 − L)/200 at the upper bound of each of the combination's calibrated L% intervals, every year", () => {
    // The combination's 95% bound is much further out than a normal's (about 2 to 2.2 times the 80% bound's
    // distance, not 1.53), so a normal read off the 80% bound put 0.3–0.6% above it; the forecast says 2.5%.
    const forecast = combination(history, 5, { levels: learnedLevels });
    for (let step = 0; step < 5; step += 1) {
      const distribution = distributionAt(forecast, step);
      for (const interval of forecast.intervals) {
        // staff of 20 carry exactly the bound at target × 20
        const target = interval.upper[step] / 20;
        expect(breachProbability(distribution, 20, target)).toBeCloseTo((100 - interval.level) / 200, 12);
        expect(probabilityAbove(distribution, interval.lower[step])).toBeCloseTo(1 - (100 - interval.level) / 200, 12);
      }
    }
  });

  it("gives 2.5% at the combination's 95% bound where a normal through its 80% bound gives far less", () => {
    const forecast = combination(history, 5, { levels: learnedLevels });
    const eighty = forecast.intervals.find((interval) => interval.level === 80)!;
    const ninetyFive = forecast.intervals.find((interval) => interval.level === 95)!;
    const step = 4;
    const normalSd = (eighty.upper[step] - forecast.point[step]) / 1.2815515655446004;
    const z = (ninetyFive.upper[step] - forecast.point[step]) / normalSd;
    // the old reading: 1 − Φ(z) with z well above 1.96
    expect(z).toBeGreaterThan(2.3);
    expect(breachProbability(distributionAt(forecast, step), 1, ninetyFive.upper[step])).toBeCloseTo(0.025, 12);
  });

  it("matches R's pnorm between and beyond the bounds for a method whose intervals are normal", () => {
    // random walk with drift: normal intervals, so z is linear in the caseload and the probability is 1 − Φ(z) anywhere.
    const forecast = randomWalkWithDrift(history, 2, { levels: [80, 95] });
    const distribution = distributionAt(forecast, 0);
    const sd = (forecast.intervals[0].upper[0] - forecast.point[0]) / 1.2815515655446004;
    // one sd above the point: 1 − pnorm(1) = 0.1586552539 (R 4.x); three above: 1 − pnorm(3) = 0.001349898032
    expect(probabilityAbove(distribution, forecast.point[0] + sd)).toBeCloseTo(0.1586552539, 9);
    expect(probabilityAbove(distribution, forecast.point[0] + 3 * sd)).toBeCloseTo(0.001349898032, 11);
    expect(probabilityAbove(distribution, forecast.point[0])).toBeCloseTo(0.5, 12);
  });

  it("gives 1 or 0 when the caseload has no spread", () => {
    const none = caseloadDistribution(1001, [{ level: 80, lower: 1001, upper: 1001 }]);
    expect(breachProbability(none, 20, 50)).toBe(1);
    expect(breachProbability(caseloadDistribution(1000, [{ level: 80, lower: 1000, upper: 1000 }]), 20, 50)).toBe(0);
  });

  it("never rises when more offender managers are trained", () => {
    const distribution = distributionAt(combination(history, 5, { levels: learnedLevels }), 2);
    const probabilities = [15, 18, 20, 22, 25, 30].map((staff) => breachProbability(distribution, staff, 50));
    probabilities.slice(1).forEach((probability, i) => expect(probability).toBeLessThanOrEqual(probabilities[i]));
  });
});
