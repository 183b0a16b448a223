import { describe, expect, it } from "vitest";
import { probabilityAbove } from "../../src/scenarios/caseload-distribution.js";
import { scenarioDemand } from "../../src/scenarios/scenario-demand.js";
import { handForecast } from "./scenario-fixtures.js";

const forecast = handForecast({ point: [1050, 1100, 1150] });

describe("scenarioDemand(forecast, changes)", () => {
  it("plans for the point forecast, with the forecast's own distribution, when nothing changes", () => {
    const years = scenarioDemand(forecast);
    expect(years.map((year) => year.planned)).toEqual([1050, 1100, 1150]);
    expect(years.map((year) => year.expected)).toEqual([1050, 1100, 1150]);
    // the fixture's 80% bound is point + 1.281552 × 50√h: 10% of the distribution lies above it
    expect(probabilityAbove(years[0].distribution, 1050 + 1.2815515655446004 * 50)).toBeCloseTo(0.1, 12);
    expect(probabilityAbove(years[2].distribution, 1150 + 1.2815515655446004 * 50 * Math.sqrt(3))).toBeCloseTo(0.1, 12);
  });

  it("plans for the interval's own upper bound when asked", () => {
    const years = scenarioDemand(forecast, { upperBoundLevel: 95 });
    const upper95 = forecast.chosen.forecast.intervals[1].upper;
    expect(years.map((year) => year.planned)).toEqual(upper95);
    expect(years[0].expected).toBe(1050);
  });

  it("replaces the point with the growth path from the last recorded count and moves the bounds with it", () => {
    const years = scenarioDemand(forecast, { growthRatePerYear: 0.1, upperBoundLevel: 80 });
    // 1,000 × 1.1 = 1,100; 1,000 × 1.1² = 1,210; 1,000 × 1.1³ = 1,331
    expect(years[0].expected).toBeCloseTo(1100, 9);
    expect(years[2].expected).toBeCloseTo(1331, 9);
    // upper 80% = growth path + 1.281552 × 50 = 1,100 + 64.0776 = 1,164.0776
    expect(years[0].planned).toBeCloseTo(1164.0776, 4);
  });

  it("adds the shocks to the expected and the planned caseload alike", () => {
    const years = scenarioDemand(forecast, { shocks: [{ kind: "ramp", fromYearEnding: 2025, extraRegisteredSexOffenders: 30 }] });
    expect(years.map((year) => year.planned)).toEqual([1050, 1130, 1210]);
    // the distribution moves with the shock: 1,150 + 60 = 1,210 is its median
    expect(probabilityAbove(years[2].distribution, 1210)).toBeCloseTo(0.5, 12);
  });

  it("uses another fitted method when the scenario names one", () => {
    expect(scenarioDemand(forecast, { method: "naive" }).map((year) => year.planned)).toEqual([1000, 1000, 1000]);
  });

  it("reads a caseload forecast below zero as no one", () => {
    expect(scenarioDemand(forecast, { growthRatePerYear: -0.5, shocks: [{ kind: "step", fromYearEnding: 2024, extraRegisteredSexOffenders: 0 }] })[0].planned).toBeCloseTo(500, 9);
    expect(scenarioDemand(handForecast({ point: [-20] }))[0].planned).toBe(0);
  });

  it("refuses a method the forecast did not fit, and a level it has no interval for", () => {
    expect(() => scenarioDemand(forecast, { method: "theta" })).toThrow(/the theta method was not fitted/);
    expect(() => scenarioDemand(forecast, { upperBoundLevel: 90 })).toThrow(/no 90% interval/);
  });
});
