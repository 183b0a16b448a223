import { describe, expect, it } from "vitest";
import { type SensitivityModel, sensitivityAnalysis } from "../../src/sensitivity/sensitivity-analysis.js";
import type { ForceValues, RiskLevelWork, WorkloadStandardValues } from "../../src/workload/staffing-rules.js";

// Work that is easy to count by hand: one home visit a year for everyone, nothing else.
const oneVisit: RiskLevelWork = { visitsPerYear: 1, armsAssessmentsPerYear: 0, riskManagementPlanReviewsPerYear: 0, intelligenceChecksPerYear: 0 };
const standards: WorkloadStandardValues = {
  riskLevels: { veryHigh: oneVisit, high: oneVisit, medium: oneVisit, low: oneVisit, lowReactive: oneVisit },
  homeVisit: { staffPerVisit: 2, hoursPerVisit: 3 },
  armsAssessment: { hoursEach: 5 },
  riskManagementPlanReview: { hoursEach: 1.5 },
  intelligenceCheck: { minutesEach: 20 },
  custody: { hoursPerPersonPerYear: 4 },
  responsiveWork: { allowanceShare: 0 },
  supervisorReview: { minutesPerArmsAssessment: 0, minutesPerRiskManagementPlanReview: 0, minutesPerVisit: 0 },
};
const force: ForceValues = {
  riskMix: { veryHigh: 0.02, high: 0.18, medium: 0.3, low: 0.5 },
  reactiveShareOfLowRisk: 0.5,
  peopleInCustody: 100,
  offenderManagers: { inPost: 10, costPerFte: 50_000 },
  supervisors: { inPost: 1, costPerFte: 60_000, shareOfTimeForReviews: 0.5 },
  workingTime: { contractedHoursPerWeek: 35, leaveShare: 0, trainingShare: 0, sicknessShare: 0, abstractionShare: 0.1 },
  targets: { maxCaseloadPerOffenderManager: 50, maxOffenderManagersPerSupervisor: 10 },
};
const model: SensitivityModel = {
  caseload: { periodEnding: ["2027-03-31", "2028-03-31"], point: [1000, 1200], lower80: [900, 1000], upper80: [1100, 1400] },
  peopleInCustody: [100, 100],
  standards,
  force,
};
// productive hours of one FTE: 35 h × 365.25 ÷ 7 = 1,826.25 h contracted, less 10% abstraction = 1,643.625 h
const productive = ((35 * 365.25) / 7) * 0.9;

function rowOf(key: string, analysis = sensitivityAnalysis(model)) {
  const found = analysis.rows.find((row) => row.key === key);
  if (found === undefined) throw new Error(`no row ${key}`);
  return found;
}

describe("sensitivityAnalysis(model)", () => {
  it("moves the caseload target from 40 to 80: need and cost by hand", () => {
    const target = rowOf("caseload_target");
    // last year, by ratio: 1,200 ÷ 40 = 30 and 1,200 ÷ 80 = 15; by activity (1,200 visits × 2 × 3 h + 100 × 4 h)
    // ÷ 1,643.6 h = 4.6, so the ratio decides. Supervisors by span: 30 ÷ 10 = 3 and 15 ÷ 10 = 1.5
    expect(target.low.offenderManagersNeeded).toBeCloseTo(30, 10);
    expect(target.high.offenderManagersNeeded).toBeCloseTo(15, 10);
    expect(target.low.supervisorsNeeded).toBeCloseTo(3, 10);
    expect(target.high.supervisorsNeeded).toBeCloseTo(1.5, 10);
    // target 40: year 1 1,000 ÷ 40 = 25 posts and 2.5 → 3 supervisors: 25 × £50,000 + 3 × £60,000 = £1,430,000;
    //            year 2 30 posts and 3 supervisors: £1,500,000 + £180,000 = £1,680,000; together £3,110,000
    expect(target.low.costOfStaffingToNeed).toBe(3_110_000);
    // target 80: year 1 12.5 → 13 posts, 1.25 → 2 supervisors: £650,000 + £120,000 = £770,000;
    //            year 2 15 posts, 1.5 → 2 supervisors: £750,000 + £120,000 = £870,000; together £1,640,000
    expect(target.high.costOfStaffingToNeed).toBe(1_640_000);
    expect(target.lowValue).toBe("40");
    expect(target.highValue).toBe("80");
    expect(target.baselineValue).toBe("50");
  });

  it("moves staff per visit from 1 to 2 where the activity method decides", () => {
    // a target of 1,000 per offender manager puts the ratio at 1.2, below the activity figure
    const analysis = sensitivityAnalysis({ ...model, force: { ...force, targets: { ...force.targets, maxCaseloadPerOffenderManager: 1000 } } });
    const staff = rowOf("staff_per_visit", analysis);
    // 1 on each visit: 1,200 × 1 × 3 h + 100 × 4 h = 4,000 h; 2 on each: 7,200 h + 400 h = 7,600 h
    expect(staff.low.offenderManagersNeeded).toBeCloseTo(4000 / productive, 10);
    expect(staff.high.offenderManagersNeeded).toBeCloseTo(7600 / productive, 10);
    const custody = rowOf("people_in_custody", analysis);
    // 50 and 150 people in custody × 4 h
    expect(custody.low.offenderManagersNeeded).toBeCloseTo((7200 + 200) / productive, 10);
    expect(custody.high.offenderManagersNeeded).toBeCloseTo((7200 + 600) / productive, 10);
    const visitHours = rowOf("hours_per_visit", analysis);
    // 1.5 h and 4.5 h each: 1,200 × 2 × 1.5 = 3,600 h and 1,200 × 2 × 4.5 = 10,800 h, plus 400 h custody
    expect(visitHours.low.offenderManagersNeeded).toBeCloseTo(4000 / productive, 10);
    expect(visitHours.high.offenderManagersNeeded).toBeCloseTo(11_200 / productive, 10);
    const abstraction = rowOf("abstraction_share", analysis);
    // no abstraction: 1,826.25 h a year each; three times 10%: 1,826.25 × 0.7 h
    expect(abstraction.low.offenderManagersNeeded).toBeCloseTo(7600 / ((35 * 365.25) / 7), 10);
    expect(abstraction.high.offenderManagersNeeded).toBeCloseTo(7600 / (((35 * 365.25) / 7) * 0.7), 10);
  });

  it("moves the caseload across the forecast's 80% interval", () => {
    const growth = rowOf("caseload_growth");
    // 1,000 ÷ 50 = 20 and 1,400 ÷ 50 = 28 offender managers in the last year
    expect(growth.low.offenderManagersNeeded).toBeCloseTo(20, 10);
    expect(growth.high.offenderManagersNeeded).toBeCloseTo(28, 10);
  });

  it("shifts the risk mix one band down and one band up", () => {
    const mix = rowOf("risk_mix");
    expect(mix.lowValue).toBe("0 / 0.02 / 0.18 / 0.8");
    expect(mix.highValue).toBe("0.2 / 0.3 / 0.5 / 0");
  });

  it("lists the largest swing in offender managers needed first", () => {
    const swings = sensitivityAnalysis(model).rows.map((row) => Math.abs(row.high.offenderManagersNeeded - row.low.offenderManagersNeeded));
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(swings[0]).toBeCloseTo(15, 10); // the caseload target, 30 − 15
  });

  it("gives the model's own figures as the baseline", () => {
    const { baseline } = sensitivityAnalysis(model);
    expect(baseline.offenderManagersNeeded).toBeCloseTo(24, 10); // 1,200 ÷ 50
    expect(baseline.supervisorsNeeded).toBeCloseTo(2.4, 10);
  });
});

describe("sensitivityAnalysis with a risk mix for each year (a caseload from the register projection)", () => {
  // Only very high risk work: 1 visit a year × 2 staff × 3 h = 6 h a person; a target of 1,000 people,
  // so the ratio needs 1,200 ÷ 1,000 = 1.2 FTE in the last year.
  const none: RiskLevelWork = { ...oneVisit, visitsPerYear: 0 };
  const veryHighOnly: WorkloadStandardValues = { ...standards, riskLevels: { veryHigh: oneVisit, high: none, medium: none, low: none, lowReactive: none } };
  const yearly: SensitivityModel = {
    ...model,
    standards: veryHighOnly,
    force: { ...force, targets: { ...force.targets, maxCaseloadPerOffenderManager: 1000 } },
    riskMix: [
      { veryHigh: 0, high: 0, medium: 0, low: 1 },
      { veryHigh: 0.5, high: 0, medium: 0, low: 0.5 },
    ],
  };

  it("uses each year's own mix, not the profile's: 1,200 × 0.5 × 6 h + 100 in custody × 4 h = 4,000 h", () => {
    const analysis = sensitivityAnalysis(yearly);
    // 4,000 h ÷ 1,643.625 h = 2.4336 FTE, more than the ratio's 1.2 (the profile's 2% very high would give 544 h)
    expect(analysis.baseline.offenderManagersNeeded).toBeCloseTo(4000 / productive, 9);
  });

  it("moves every year's mix one band down and up in the risk mix row, quoting the last year's", () => {
    const risk = rowOf("risk_mix", sensitivityAnalysis(yearly));
    expect(risk.baselineValue).toBe("0.5 / 0 / 0 / 0.5");
    // down: very high → high, so no very high work: 400 h of custody, and the ratio's 1.2 FTE
    expect(risk.low.offenderManagersNeeded).toBeCloseTo(1.2, 9);
    // up: very high keeps its half (high had none): 4,000 h again
    expect(risk.high.offenderManagersNeeded).toBeCloseTo(4000 / productive, 9);
  });
});
