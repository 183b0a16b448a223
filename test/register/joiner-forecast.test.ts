import { describe, expect, it } from "vitest";
import { joinerForecast } from "../../src/register/joiner-forecast.js";
import type { RegisterHistory, RegisterMonth } from "../../src/register/register-history.js";

function historyOfJoiners(monthly: number[]): RegisterHistory {
  const months = monthly.map((joiners, index): RegisterMonth => ({
    monthEnding: index,
    community: 0,
    custody: 0,
    communityByRiskLevel: { very_high: 0, high: 0, medium: 0, low: 0, unassessed: 0 },
    joiners,
    releases: 0,
    leaversByReason: { period_ended: 0, died: 0, moved_away: 0, removed_on_review: 0, other: 0 },
  }));
  return { completeFrom: 0, months };
}

describe("joinerForecast(history, horizonYears)", () => {
  it("sums whole years back from the last month and forecasts them by the auto rule: 120, 144, 168 → drift 192, 216", () => {
    // 40 months: the first four are left out of the three whole years
    const monthly = [99, 99, 99, 99, ...Array(12).fill(10), ...Array(12).fill(12), ...Array(12).fill(14)];
    const forecast = joinerForecast(historyOfJoiners(monthly), 2);
    expect(forecast.yearlyHistory).toEqual([120, 144, 168]);
    expect(forecast.method).toBe("random walk with drift");
    expect(forecast.yearlyMean).toEqual([192, 216]);
    // the changes do not vary, so the level is certain
    expect(forecast.yearlyLevelDeviation).toEqual([0, 0]);
  });

  it("carries the mean month, times twelve, flat with under two whole years: 18 months averaging 5 → 60 a year", () => {
    const forecast = joinerForecast(historyOfJoiners([...Array(9).fill(4), ...Array(9).fill(6)]), 3);
    expect(forecast.yearlyMean).toEqual([60, 60, 60]);
    expect(forecast.yearlyLevelDeviation).toEqual([0, 0, 0]);
  });

  it("takes off the Poisson part of the forecast's variance: drift on 100, 130, 120, 150", () => {
    // changes 30, −10, 30: drift 50/3, s = √(1600/3 − …) → R: sd(c(30,-10,30)) = 23.094; step 1 se = s·√(1 + 1/3) = 26.667
    const monthly = [100, 130, 120, 150].flatMap((year) => Array(12).fill(year / 12));
    const forecast = joinerForecast(historyOfJoiners(monthly), 1);
    const point = 150 + 50 / 3;
    expect(forecast.yearlyMean[0]).toBeCloseTo(point, 9);
    expect(forecast.yearlyLevelDeviation[0]).toBeCloseTo(Math.sqrt(26.6667 ** 2 - point), 2);
  });
});
