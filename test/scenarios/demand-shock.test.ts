import { describe, expect, it } from "vitest";
import { demandShock } from "../../src/scenarios/demand-shock.js";

const years = Object.freeze([2024, 2025, 2026, 2027, 2028]);

describe("demandShock(shocks, yearEndings)", () => {
  it("adds a step's extra people in every year from the first, and none before", () => {
    expect(demandShock([{ kind: "step", fromYearEnding: 2026, extraRegisteredSexOffenders: 40 }], years)).toEqual([0, 0, 40, 40, 40]);
  });

  it("builds a ramp up year by year and holds it after its years", () => {
    // 25 added in each of three years from 2025: 25, 50, 75, then held at 75
    expect(demandShock([{ kind: "ramp", fromYearEnding: 2025, extraRegisteredSexOffenders: 25, rampYears: 3 }], years)).toEqual([0, 25, 50, 75, 75]);
  });

  it("keeps a ramp with no years given adding to the end of the forecast", () => {
    expect(demandShock([{ kind: "ramp", fromYearEnding: 2027, extraRegisteredSexOffenders: 10 }], years)).toEqual([0, 0, 0, 10, 20]);
  });

  it("adds shocks together", () => {
    const shocks = [
      { kind: "step" as const, fromYearEnding: 2024, extraRegisteredSexOffenders: 5 },
      { kind: "ramp" as const, fromYearEnding: 2026, extraRegisteredSexOffenders: 10, rampYears: 1 },
    ];
    expect(demandShock(shocks, years)).toEqual([5, 5, 15, 15, 15]);
  });

  it("gives nothing with no shocks", () => {
    expect(demandShock([], years)).toEqual([0, 0, 0, 0, 0]);
  });
});
