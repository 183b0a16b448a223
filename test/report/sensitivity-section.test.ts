import { describe, expect, it } from "vitest";
import type { SensitivityAnalysis } from "../../src/sensitivity/sensitivity-analysis.js";
import { sensitivityCsv, sensitivitySection } from "../../src/report/sensitivity-section.js";
import { staffingNeed } from "../../src/workload/staffing-need.js";
import { staffingProjection } from "../../src/workload/staffing-projection.js";
import { handForce, handOneOffWork, handStandards } from "../workload/hand-checked-rules.js";

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

describe("sensitivitySection(report): the workload chart", () => {
  const lastYear = staffingProjection({ periodEnding: ["2031-03-31"], point: [1000], upper80: [1000] }, handStandards, handForce)[0].point;
  const chartOf = (need: typeof lastYear) =>
    sensitivitySection({ analysis, lastYear: need, standards: handStandards, maxCaseloadPerOffenderManager: 50 }).charts.find((chart) => chart.id === "workload-by-risk-level")!;
  const bars = (chart: ReturnType<typeof chartOf>) => chart.figure.data as { name: string; x: string[]; y: number[] }[];

  it("shows the five management groups and custody when no one-off work is counted", () => {
    expect(bars(chartOf(lastYear))[0].x).toEqual(["Very high", "High", "Medium", "Low, active", "Low, reactive", "Custody"]);
  });

  it("adds a bar for joining the register and one for release from custody, stacked by kind of work", () => {
    const need = staffingNeed(
      { registeredSexOffenders: 1000, peopleInCustody: 100, offenderManagersInPost: 16, supervisorsInPost: 2, flows: { joiners: 120, releases: 40 } },
      { ...handStandards, oneOffWork: handOneOffWork },
      handForce,
    );
    const data = bars(chartOf(need));
    expect(data[0].x.slice(-2)).toEqual(["Joining the register", "Release from custody"]);
    // joining: visits 120 × 2 × 2 h = 480, ARMS 120 × 3 h = 360, plans 120 × 2 h = 240;
    // release: visits 40 × 2 × 3 h = 240, ARMS 40 × 5 h = 200, plan reviews 40 × 1.5 h = 60
    const lastTwo = (name: string) => data.find((bar) => bar.name === name)!.y.slice(-2);
    expect(lastTwo("Home visits")).toEqual([480, 240]);
    expect(lastTwo("ARMS assessments")).toEqual([360, 200]);
    expect(lastTwo("Risk management plans and reviews")).toEqual([240, 60]);
    expect(lastTwo("Intelligence checks")).toEqual([0, 0]);
    expect(lastTwo("Custody work")).toEqual([0, 0]);
  });
});
