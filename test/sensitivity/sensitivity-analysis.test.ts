import { describe, expect, it } from "vitest";
import type { StaffingScenario } from "../../src/inputs/staffing-scenario.js";
import { leastCostPlan } from "../../src/scenarios/least-cost-plan.js";
import type { Baseline } from "../../src/scenarios/scenario-projection.js";
import { type ChosenOption, type PlanOutcome, type SensitivityModel, sensitivityAnalysis } from "../../src/sensitivity/sensitivity-analysis.js";
import type { ForceValues, RiskLevelWork, WorkloadStandardValues } from "../../src/workload/staffing-rules.js";
import { emptyScenario, handForecast } from "../scenarios/scenario-fixtures.js";
import { handForce, handStandards } from "../workload/hand-checked-rules.js";

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

describe("sensitivityAnalysis(model) with the chosen option, the least-cost plan", () => {
  // The plan's own two-year forecast: 1,000 people at both year ends after 1,000 last recorded, its 80%
  // interval 1,000 ∓ 64.0776 × √h (handForecast). Staff: 20 offender managers at £60,000 and 2 supervisors
  // at £70,000, targets 50 people per offender manager and 10 offender managers per supervisor, no leavers.
  const planBaseline = (training: number, point = [1000, 1000], lastRecorded = 1000): Baseline => ({
    forecast: handForecast({ point, lastRecorded }),
    standards: handStandards,
    force: {
      ...handForce,
      offenderManagers: { inPost: 20, costPerFte: 60_000, trainingMonths: training },
      supervisors: { ...handForce.supervisors, inPost: 2, costPerFte: 70_000 },
      targets: { maxCaseloadPerOffenderManager: 50, maxOffenderManagersPerSupervisor: 10 },
    },
  });
  const chosen = (baseline: Baseline, start: StaffingScenario = emptyScenario, upperBoundLevel?: number): ChosenOption => ({
    baseline,
    start,
    ...(upperBoundLevel === undefined ? {} : { upperBoundLevel }),
    found: leastCostPlan(baseline, start, upperBoundLevel),
  });
  const planOf = (outcome: { plan: PlanOutcome | null }) => {
    if (outcome.plan === null) throw new Error("no plan outcome");
    return outcome.plan;
  };

  it("finds the plan again with the caseload target at 40 and at 80: cost and the month ends training puts beyond reach, by hand", () => {
    // three months' training, the point forecast: 1,000 people at every month end
    const analysis = sensitivityAnalysis({ ...model, chosenOption: chosen(planBaseline(3)) });
    const target = rowOf("caseload_target", analysis);
    // target 40: 1,000 ÷ 40 = 25 trained at every month end, so 5 hired at the start of the first month, trained
    // from month end 3: month ends 1 and 2 no hire can reach. 25 in post (trainees count) ÷ 10 = 2.5: a third
    // supervisor at the start. Two years: 25 × £60,000 × 2 + 3 × £70,000 × 2 = £3,000,000 + £420,000 = £3,420,000
    expect(planOf(target.low)).toEqual({ found: true, totalCost: 3_420_000, monthEndsBeyondReach: 2, stoppedAtCap: false });
    // target 80: 20 × 80 = 1,600 ≥ 1,000, no hires: 20 × £60,000 × 2 + 2 × £70,000 × 2 = £2,400,000 + £280,000 = £2,680,000
    expect(planOf(target.high)).toEqual({ found: true, totalCost: 2_680_000, monthEndsBeyondReach: 0, stoppedAtCap: false });
    // the model's target, 50: 20 × 50 = 1,000, within it, so the same £2,680,000
    expect(planOf(analysis.baseline)).toEqual({ found: true, totalCost: 2_680_000, monthEndsBeyondReach: 0, stoppedAtCap: false });
    expect(analysis.planYears).toBe(2);
    // the need figures are the staffing model's as before: 1,200 ÷ 40 and 1,200 ÷ 80
    expect(target.low.offenderManagersNeeded).toBeCloseTo(30, 10);
    expect(target.high.offenderManagersNeeded).toBeCloseTo(15, 10);
    expect(target.planReadsAssumption).toBe(true);
    // staff per visit changes the hours, not the caseload or the targets the plan keeps: the report's plan at both ends
    const staff = rowOf("staff_per_visit", analysis);
    expect(staff.planReadsAssumption).toBe(false);
    expect([planOf(staff.low), planOf(staff.high)].map((plan) => plan.found && plan.totalCost)).toEqual([2_680_000, 2_680_000]);
  });

  it("finds the plan again from the same first month a hire can start as the report's plan", () => {
    // the report's plan hires no one before 30 June 2023, so from July 2023, month 4. At target 40: 1,000 ÷ 40 = 25
    // trained, so 5 hired in July, trained from month end 6 (three months' training); 25 in post ÷ 10 = 2.5, so a third
    // supervisor in July. Offender managers 20 × £60,000 × 2 + 5 × £60,000 × (9/12 + 1) = £2,400,000 + £525,000;
    // supervisors 2 × £70,000 × 2 + £70,000 × (9/12 + 1) = £280,000 + £122,500; in all £3,327,500 (hiring in April,
    // as without the date, would cost £3,420,000, the case above)
    const baseline = planBaseline(3);
    const found = leastCostPlan(baseline, emptyScenario, undefined, "2023-06-30");
    const analysis = sensitivityAnalysis({ ...model, chosenOption: { baseline, start: emptyScenario, found } });
    const low = planOf(rowOf("caseload_target", analysis).low);
    expect(low.found && low.totalCost).toBeCloseTo(3_327_500, 6);
  });

  it("takes the report's plan for the assumptions the plan does not read, and a plan found again with each changed costs exactly that", () => {
    // A plan with hires in many months and the search's improving moves at work: growing caseload, six months'
    // training, leavers, planning for the upper 80% bound; a starting scenario that sets its own visit hours,
    // staff per visit and abstraction, so that a change there must reach the scenario too.
    const baseline = planBaseline(6, [1060, 1130, 1190], 1000);
    const start: StaffingScenario = {
      ...emptyScenario,
      workforce: { offenderManagerAttritionPerYear: 0.15, supervisorAttritionPerYear: 0.1, abstractionShare: 0.03 },
      workloadStandards: { homeVisit: { hoursPerVisit: 2.5, staffPerVisit: 2 } },
    };
    const hourModel: SensitivityModel = { ...model, standards: handStandards, force: handForce };
    const analysis = sensitivityAnalysis({ ...hourModel, chosenOption: chosen(baseline, start, 80) });
    const reportPlan = planOf(analysis.baseline);
    if (!reportPlan.found) throw new Error("the report's plan was not found");
    const costOf = (changedBaseline: Baseline, changedStart: StaffingScenario) =>
      leastCostPlan(changedBaseline, changedStart, 80).projection.years.reduce((total, year) => total + year.cost, 0);
    const withForce = (force: Partial<ForceValues>) => costOf({ ...baseline, force: { ...baseline.force, ...force } }, start);
    const withVisit = (homeVisit: Partial<WorkloadStandardValues["homeVisit"]>) =>
      costOf(
        { ...baseline, standards: { ...baseline.standards, homeVisit: { ...baseline.standards.homeVisit, ...homeVisit } } },
        { ...start, workloadStandards: { homeVisit: { ...start.workloadStandards?.homeVisit, ...homeVisit } } },
      );
    // hand standards: 3 hours a visit, two staff; hand force: reactive share 0.5, 2% abstraction held to 6%, 100 in custody
    const foundAgain: Record<string, [number, number]> = {
      hours_per_visit: [withVisit({ hoursPerVisit: 1.5 }), withVisit({ hoursPerVisit: 4.5 })],
      staff_per_visit: [withVisit({ staffPerVisit: 1 }), withVisit({ staffPerVisit: 2 })],
      reactive_share_of_low_risk: [withForce({ reactiveShareOfLowRisk: 0 }), withForce({ reactiveShareOfLowRisk: 0.62 })],
      abstraction_share: [0, 0.06].map((abstractionShare) =>
        costOf({ ...baseline, force: { ...baseline.force, workingTime: { ...baseline.force.workingTime, abstractionShare } } }, { ...start, workforce: { ...start.workforce, abstractionShare } }),
      ) as [number, number],
      people_in_custody: [withForce({ peopleInCustody: 50 }), withForce({ peopleInCustody: 150 })],
      risk_mix: [withForce({ riskMix: { veryHigh: 0, high: 0.1, medium: 0.2, low: 0.7 } }), withForce({ riskMix: { veryHigh: 0.3, high: 0.3, medium: 0.4, low: 0 } })],
    };
    for (const [key, [low, high]] of Object.entries(foundAgain)) {
      const found = rowOf(key, analysis);
      expect(found.planReadsAssumption, key).toBe(false);
      expect([planOf(found.low), planOf(found.high)], key).toEqual([reportPlan, reportPlan]);
      expect([low, high], key).toEqual([reportPlan.totalCost, reportPlan.totalCost]);
    }
    // and the plan is not a trivial one: it hires, and the caseload target and growth move its cost
    expect(reportPlan.totalCost).toBeGreaterThan(3 * (20 * 60_000 + 2 * 70_000));
    const target = rowOf("caseload_target", analysis);
    expect(planOf(target.low)).not.toEqual(reportPlan);
  });

  it("moves the plan's whole forecast to the lower and the upper 80% bound, the plan still planning for the upper bound", () => {
    // No training lag (a hire counts from the end of the month it arrives in), planning for the upper 80% bound.
    // Lower bound: upper + (lower − point) = the point, 1,000 at every month end: no hires, £2,680,000 as above.
    // Upper bound: upper + (upper − point) = 1,000 + 2 × 64.0776 √h: 1,128.155 and 1,181.239 at the year ends,
    // 1,000 + 10.680 k at month end k of the first year, 1,128.155 + 4.424 j at month end j of the second.
    //   21st offender manager for month end 1 (1,010.7 > 20 × 50): hired in month 1;
    //   22nd for month end 5 (1,053.4 > 1,050): month 5; 23rd for month end 10 (1,106.8 > 1,100): month 10;
    //   24th for month end 5 of the second year (1,150.3 > 1,150): month 17; 24 × 50 = 1,200 covers the rest.
    //   21 in post from month 1 > 2 × 10: a third supervisor in month 1; 30 covers 24.
    // Offender managers, year 1: 21 + 8/12 + 3/12 FTE on average; year 2: 23 + 8/12:
    //   £60,000 × (21.9167 + 23.6667) = £1,315,000 + £1,420,000 = £2,735,000; supervisors 3 × £70,000 × 2 = £420,000.
    // In all £3,155,000.
    const analysis = sensitivityAnalysis({ ...model, chosenOption: chosen(planBaseline(0), emptyScenario, 80) });
    const growth = rowOf("caseload_growth", analysis);
    const low = planOf(growth.low);
    const high = planOf(growth.high);
    expect(low.found && low.totalCost).toBeCloseTo(2_680_000, 4);
    expect(high.found && high.totalCost).toBeCloseTo(3_155_000, 4);
    // a starting scenario that sets a growth rate is moved the same way: 0% a year keeps 1,000 as its centre
    const flat: StaffingScenario = { ...emptyScenario, demand: { growthRatePerYear: 0 } };
    const fromFlat = rowOf("caseload_growth", sensitivityAnalysis({ ...model, chosenOption: chosen(planBaseline(0), flat, 80) }));
    const flatHigh = planOf(fromFlat.high);
    expect(flatHigh.found && flatHigh.totalCost).toBeCloseTo(3_155_000, 4);
  });

  it("says no plan can be found, and why, at an end of a range where none can, rather than fail", () => {
    // 60 billion people at the model's target of 70 need 857 million offender managers, within the search's limit
    // of a billion hires in a month; at 40 they need 1.5 billion, past it; at 80, 750 million.
    const baseline: Baseline = { ...planBaseline(0, [6e10], 6e10), force: { ...planBaseline(0).force, targets: { maxCaseloadPerOffenderManager: 70, maxOffenderManagersPerSupervisor: 10 } } };
    const target = rowOf("caseload_target", sensitivityAnalysis({ ...model, chosenOption: chosen(baseline) }));
    const low = planOf(target.low);
    expect(low.found).toBe(false);
    expect(!low.found && low.reason).toMatch(/more than 1,000,000,000 hires/);
    // target 80: 7.5e8 trained from the first month end, 7.5e7 supervisors, one year:
    // 7.5e8 × £60,000 + 7.5e7 × £70,000 = £4.5e13 + £5.25e12 = £5.025e13
    const high = planOf(target.high);
    expect(high.found && high.totalCost / 5.025e13).toBeCloseTo(1, 9);
  });

  it("gives no plan outcome without a chosen option", () => {
    const analysis = sensitivityAnalysis(model);
    expect(analysis.baseline.plan).toBeNull();
    expect(analysis.planYears).toBeNull();
    expect(analysis.rows.every((row) => row.low.plan === null && row.high.plan === null)).toBe(true);
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
