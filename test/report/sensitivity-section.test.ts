import { describe, expect, it } from "vitest";
import type { PlanOutcome, SensitivityAnalysis, SensitivityOutcome, SensitivityRow } from "../../src/sensitivity/sensitivity-analysis.js";
import { sensitivityCsv, sensitivitySection } from "../../src/report/sensitivity-section.js";
import { staffingNeed } from "../../src/workload/staffing-need.js";
import { staffingProjection } from "../../src/workload/staffing-projection.js";
import { handForce, handOneOffWork, handStandards } from "../workload/hand-checked-rules.js";

const plan = (totalCost: number, monthEndsBeyondReach = 0): PlanOutcome => ({ found: true, totalCost, monthEndsBeyondReach, stoppedAtCap: false });
const noPlan: PlanOutcome = { found: false, reason: "a month would need more than 1,000,000,000 hires" };
const outcome = (offenderManagersNeeded: number, supervisorsNeeded: number, costOfStaffingToNeed: number, planOutcome: PlanOutcome | null = null): SensitivityOutcome => ({
  offenderManagersNeeded,
  supervisorsNeeded,
  costOfStaffingToNeed,
  plan: planOutcome,
});
const row = (key: string, assumption: string, lowValue: string, highValue: string, low: SensitivityOutcome, high: SensitivityOutcome, planReadsAssumption = true): SensitivityRow => ({
  key,
  assumption,
  range: `${lowValue} to ${highValue}`,
  baselineValue: "x",
  lowValue,
  highValue,
  low,
  high,
  planReadsAssumption,
});
const targetRow = row("caseload_target", "Caseload target (people per offender manager)", "40", "80", outcome(30, 3, 3_110_000, plan(3_420_000, 2)), outcome(15, 1.5, 1_640_000, plan(2_680_000)));

const withPlans: SensitivityAnalysis = {
  periodEnding: "2031-03-31",
  planYears: 5,
  baseline: outcome(24, 2.4, 2_000_000, plan(2_680_000)),
  rows: [
    // the need and the pay bill of staffing to need move most with the visits; the plan's cost does not move with them at all
    row("staff_per_visit", "Staff on each home visit", "1", "2", outcome(10, 1, 1_000_000, plan(2_680_000)), outcome(40, 4, 9_000_000, plan(2_680_000)), false),
    targetRow,
    row("caseload_growth", "Caseload growth", "lower 80% bound", "upper 80% bound", outcome(20, 2, 1_900_000, plan(2_600_000)), outcome(28, 2.8, 2_100_000, plan(2_900_000))),
  ],
};

const lastYear = staffingNeed({ registeredSexOffenders: 1000, peopleInCustody: 100, offenderManagersInPost: 16, supervisorsInPost: 2 }, handStandards, handForce);
const section = (analysis: SensitivityAnalysis) => sensitivitySection({ analysis, lastYear, standards: handStandards, maxCaseloadPerOffenderManager: 50 });

describe("sensitivityCsv(analysis)", () => {
  it("writes the model's own figures first, then one row per assumption at both ends of its range, the plan's columns beside the need's", () => {
    const analysis: SensitivityAnalysis = { ...withPlans, rows: [targetRow] };
    expect(sensitivityCsv(analysis).split("\r\n")).toEqual([
      "assumption,range,model_value,low_value,high_value,offender_managers_needed_low,offender_managers_needed_high,supervisors_needed_low,supervisors_needed_high," +
        "least_cost_plan_reads_assumption,least_cost_plan_found_low,least_cost_plan_found_high,least_cost_plan_cost_low,least_cost_plan_cost_high," +
        "least_cost_plan_month_ends_beyond_reach_low,least_cost_plan_month_ends_beyond_reach_high,cost_of_staffing_to_need_low,cost_of_staffing_to_need_high",
      "(model's values),,,,,24,24,2.4,2.4,,yes,yes,2680000,2680000,0,0,2000000,2000000",
      "caseload_target,40 to 80,x,40,80,30,15,3,1.5,yes,yes,yes,3420000,2680000,2,0,3110000,1640000",
      "",
    ]);
  });

  it("says no at an end with no plan and leaves its cost empty; leaves every plan column empty without a chosen option", () => {
    const infeasible: SensitivityAnalysis = { ...withPlans, rows: [{ ...targetRow, low: { ...targetRow.low, plan: noPlan } }] };
    expect(sensitivityCsv(infeasible).split("\r\n")[2]).toBe("caseload_target,40 to 80,x,40,80,30,15,3,1.5,yes,no,yes,,2680000,,0,3110000,1640000");
    const unread: SensitivityAnalysis = { ...withPlans, rows: [withPlans.rows[0]] };
    expect(sensitivityCsv(unread).split("\r\n")[2]).toBe("staff_per_visit,1 to 2,x,1,2,10,40,1,4,no,yes,yes,2680000,2680000,0,0,1000000,9000000");
    const none = (value: SensitivityOutcome) => ({ ...value, plan: null });
    const withoutPlan: SensitivityAnalysis = { ...withPlans, planYears: null, baseline: none(withPlans.baseline), rows: [{ ...targetRow, low: none(targetRow.low), high: none(targetRow.high) }] };
    expect(sensitivityCsv(withoutPlan).split("\r\n")[2]).toBe("caseload_target,40 to 80,x,40,80,30,15,3,1.5,,,,,,,,3110000,1640000");
  });
});

describe("sensitivitySection(report)", () => {
  it("says which assumptions move the chosen option's cost from the plans' costs, not from the pay bill of staffing to need", () => {
    const { html } = section(withPlans);
    // plan cost swings: the caseload target £740,000, growth £300,000, staff per visit nothing; by staffing to need
    // the visits would come first (£8,000,000)
    expect(html).toContain("The chosen option's cost moves most with caseload target (people per offender manager): from £3,420,000 at 40 to £2,680,000 at 80.");
    expect(html).toContain("Next comes caseload growth: from £2,600,000 at lower 80% bound to £2,900,000 at upper 80% bound.");
    expect(html).toContain("It does not move with staff on each home visit: the plan hires to keep caseload");
    expect(html).toMatch(/<td[^>]*>2,680,000 – 2,680,000 †<\/td>/);
    expect(html).toContain("† The plan does not read this assumption: at both ends it is the report's own plan.");
    expect(html).toContain("the least-cost plan costs £2,680,000 over 5 years");
  });

  it("draws the cost bars from the plans' costs, longest first, around the report's plan", () => {
    const chart = section(withPlans).charts.find((candidate) => candidate.id === "sensitivity-cost-tornado");
    if (chart === undefined) throw new Error("no cost chart");
    const [low, high] = chart.figure.data;
    // Plotly draws the first category at the bottom: shortest bar first
    expect(low.y).toEqual(["Staff on each home visit", "Caseload growth", "Caseload target (people per offender manager)"]);
    expect(low.x).toEqual([0, -80_000, 740_000]);
    expect(high.x).toEqual([0, 220_000, 0]);
    expect(low.base).toEqual([2_680_000, 2_680_000, 2_680_000]);
  });

  it("puts an end with no plan in the table, the chart and a sentence saying why, rather than fail", () => {
    const infeasible: SensitivityAnalysis = { ...withPlans, rows: [{ ...targetRow, low: { ...targetRow.low, plan: noPlan } }] };
    const { html, charts } = section(infeasible);
    expect(html).toContain("No least-cost plan can be found with caseload target (people per offender manager) at 40: a month would need more than 1,000,000,000 hires.");
    expect(html).toMatch(/<td[^>]*>no plan – 2,680,000<\/td>/);
    const cost = charts.find((candidate) => candidate.id === "sensitivity-cost-tornado")!;
    expect(cost.figure.data[0].y).toEqual(["Caseload target (people per offender manager) (no plan at the low end)"]);
    expect(cost.figure.data[0].x).toEqual([null]);
  });

  it("draws no cost chart and says why without a chosen option", () => {
    const none = (value: SensitivityOutcome) => ({ ...value, plan: null });
    const { html, charts } = section({ ...withPlans, planYears: null, baseline: none(withPlans.baseline), rows: [{ ...targetRow, low: none(targetRow.low), high: none(targetRow.high) }] });
    expect(charts.map((chart) => chart.id)).toEqual(["sensitivity-tornado", "workload-by-risk-level"]);
    expect(html).toContain("The profile lists no scenarios, so the report chooses no plan");
    expect(html).not.toContain("Least-cost plan");
  });
});

describe("sensitivitySection(report): the workload chart", () => {
  const lastYear = staffingProjection({ periodEnding: ["2031-03-31"], point: [1000], upper80: [1000] }, handStandards, handForce)[0].point;
  const chartOf = (need: typeof lastYear) =>
    sensitivitySection({ analysis: withPlans, lastYear: need, standards: handStandards, maxCaseloadPerOffenderManager: 50 }).charts.find((chart) => chart.id === "workload-by-risk-level")!;
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
