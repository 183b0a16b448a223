import { describe, expect, it } from "vitest";
import { demandShock, demandShockJoiners } from "../../src/scenarios/demand-shock.js";

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

describe("demandShockJoiners(shocks, yearEndings)", () => {
  it("brings a step's extra people onto the register in its first year only", () => {
    // extra 0, 0, 40, 40, 40: a rise of 40 in 2026, none after
    expect(demandShockJoiners([{ kind: "step", fromYearEnding: 2026, extraRegisteredSexOffenders: 40 }], years)).toEqual([0, 0, 40, 0, 0]);
  });

  it("counts a step from the first forecast year as joining in that year", () => {
    // the year before the forecast (2023) has no extra people, so the 40 join in 2024
    expect(demandShockJoiners([{ kind: "step", fromYearEnding: 2024, extraRegisteredSexOffenders: 40 }], years)).toEqual([40, 0, 0, 0, 0]);
  });

  it("brings a ramp's people on in each year of the ramp, and none once it holds", () => {
    // extra 0, 25, 50, 75, 75: a rise of 25 in each of 2025 to 2027, then none
    expect(demandShockJoiners([{ kind: "ramp", fromYearEnding: 2025, extraRegisteredSexOffenders: 25, rampYears: 3 }], years)).toEqual([0, 25, 25, 25, 0]);
    // no years given: it keeps adding 10 a year to the end of the forecast
    expect(demandShockJoiners([{ kind: "ramp", fromYearEnding: 2027, extraRegisteredSexOffenders: 10 }], years)).toEqual([0, 0, 0, 10, 10]);
  });

  it("adds the shocks' joiners together", () => {
    const shocks = [
      { kind: "step" as const, fromYearEnding: 2024, extraRegisteredSexOffenders: 5 },
      { kind: "ramp" as const, fromYearEnding: 2024, extraRegisteredSexOffenders: 10, rampYears: 2 },
    ];
    // step: 5 in 2024; ramp: 10 in 2024 and 10 in 2025
    expect(demandShockJoiners(shocks, years)).toEqual([15, 10, 0, 0, 0]);
  });

  it("gives nothing with no shocks or no years", () => {
    expect(demandShockJoiners([], years)).toEqual([0, 0, 0, 0, 0]);
    expect(demandShockJoiners([{ kind: "step", fromYearEnding: 2024, extraRegisteredSexOffenders: 5 }], [])).toEqual([]);
  });
});
