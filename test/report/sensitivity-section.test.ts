import { describe, expect, it } from "vitest";
import type { SensitivityAnalysis } from "../../src/sensitivity/sensitivity-analysis.js";
import { sensitivityCsv } from "../../src/report/sensitivity-section.js";

const outcome = (offenderManagersNeeded: number, supervisorsNeeded: number, costOfStaffingToNeed: number) => ({ offenderManagersNeeded, supervisorsNeeded, costOfStaffingToNeed });
const analysis: SensitivityAnalysis = {
  periodEnding: "2031-03-31",
  baseline: outcome(24, 2.4, 2_000_000),
  rows: [
    {
      key: "caseload_target",
      assumption: "Caseload target (people per offender manager)",
      range: "40 to 80",
      baselineValue: "50",
      lowValue: "40",
      highValue: "80",
      low: outcome(30, 3, 3_110_000),
      high: outcome(15, 1.5, 1_640_000),
    },
  ],
};

describe("sensitivityCsv(analysis)", () => {
  it("writes the model's own figures first, then one row per assumption at both ends of its range", () => {
    expect(sensitivityCsv(analysis).split("\r\n")).toEqual([
      "assumption,range,model_value,low_value,high_value,offender_managers_needed_low,offender_managers_needed_high,supervisors_needed_low,supervisors_needed_high,cost_of_staffing_to_need_low,cost_of_staffing_to_need_high",
      "(model's values),,,,,24,24,2.4,2.4,2000000,2000000",
      "caseload_target,40 to 80,50,40,80,30,15,3,1.5,3110000,1640000",
      "",
    ]);
  });
});
