import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseWorkloadStandards, type WorkloadStandards } from "../../src/inputs/workload-standards.js";
import { forecastLoadedHistory } from "../../src/jobs/load-caseload-history.js";
import { loadForceModel } from "../../src/jobs/load-force-model.js";
import { staffingResult } from "../../src/workload/staffing-result.js";

// The hand-checked force of test/fixtures/custody: the naive forecast carries 1,000 people in the community
// into both forecast years, and each year's workload is 29,860 h on 1,461 productive hours per FTE
// (worked out in test/cli/commands/staffing-custody.test.ts). Its standards give no one-off work; the
// bundled standards' is grafted on:
//   each joiner   first ARMS 8 h + first visit 2 staff × 4 h + initial plan 3 h = 19 h
//   each release  visit 2 staff × 3 h + plan review 3 h + ARMS review 5 h     = 14 h
const profileFile = "test/fixtures/custody/force-split.json";
const model = loadForceModel(profileFile, "naive");
const forecast = forecastLoadedHistory(model.historyFile, model.history, { horizon: 2, levels: [80, 95], method: "naive" });
const bundled = parseWorkloadStandards("models/workload-standards.json", readFileSync("models/workload-standards.json", "utf8"));
const withOneOffWork: WorkloadStandards = { ...model.standards, oneOffWork: bundled.oneOffWork };
const models = (standards: WorkloadStandards = withOneOffWork) => ({ standards, standardsFile: model.standardsFile, profile: model.profile, profileFile, custody: model.custody });
const flows = [
  { periodEnding: "2024-03-31", joiners: 100, releases: 50 },
  { periodEnding: "2025-03-31", joiners: 80, releases: 0 },
];

describe("staffingResult(forecast, models, flows)", () => {
  it("leaves every figure as it was without flows, and says joining and release work is not counted, and why", () => {
    const without = staffingResult(forecast, models());
    const olderStandards = staffingResult(forecast, models(model.standards));
    expect(without.years).toEqual(olderStandards.years);
    expect(without.years[0].point.activityHours.total).toBeCloseTo(29_860, 6);
    expect(without.years[0].point.oneOffWork).toBeUndefined();
    expect(without.joiningAndRelease).toEqual({
      counted: false,
      statement:
        "Work on joining the register and on release from custody (a first ARMS assessment, home visit and risk management plan) is not counted: the caseload is a trend forecast of the yearly history, which gives no joiners or releases (a register projection gives them, where the force profile takes its caseload from the register).",
    });
    // the hours it did not use are not listed among the values the model used
    expect(without.modelValues).toEqual(olderStandards.modelValues);
  });

  it("adds each year's joiners' and releases' hours: 100 × 19 h + 50 × 14 h = 2,600 h, then 80 × 19 h = 1,520 h", () => {
    const result = staffingResult(forecast, models(), flows);
    const [first, second] = result.years;
    // 29,860 + 2,600 = 32,460 h; ÷ 1,461 = 22.217659 FTE by activity, 1.779603 more than 20.438056
    expect(first.point.activityHours.total).toBeCloseTo(32_460, 6);
    expect(first.point.offenderManagersNeededByActivity).toBeCloseTo(22.217659, 6);
    expect(first.upper80.activityHours.oneOffWork).toBeCloseTo(2600, 9);
    // 29,860 + 1,520 = 31,380 h
    expect(second.point.activityHours.total).toBeCloseTo(31_380, 6);
    expect(result.joiningAndRelease.counted).toBe(true);
    expect(result.joiningAndRelease.statement).toContain("19 offender-manager hours for each joiner and 14 for each release");
    expect(result.modelValues.filter((row) => row.path.startsWith("oneOffWork.")).map((row) => row.value)).toEqual([8, 4, 3, 3, 3, 5]);
  });

  it("counts nothing, and says so, when the standards give no one-off hours", () => {
    const result = staffingResult(forecast, models(model.standards), flows);
    expect(result.years[0].point.activityHours.total).toBeCloseTo(29_860, 6);
    expect(result.joiningAndRelease.statement).toMatch(/is not counted: the workload standards give no hours for it \(oneOffWork\)\.$/);
  });
});
