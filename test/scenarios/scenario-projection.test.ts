import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scenarioProjection, type Baseline } from "../../src/scenarios/scenario-projection.js";
import { caseloadPath } from "../../src/workload/caseload-path.js";
import { staffingNeed } from "../../src/workload/staffing-need.js";
import { staffingProjection } from "../../src/workload/staffing-projection.js";
import type { RegisterFlows } from "../../src/workload/register-flows.js";
import { handForce, handOneOffWork, handStandards } from "../workload/hand-checked-rules.js";
import { emptyScenario, handForecast } from "./scenario-fixtures.js";

const baseline: Baseline = { forecast: handForecast({ point: [1050, 1100, 1150] }), standards: handStandards, force: handForce };

describe("scenarioProjection(baseline, scenario)", () => {
  it("reproduces the baseline's staffing figures exactly when the scenario changes nothing", () => {
    const expected = staffingProjection(caseloadPath(baseline.forecast), handStandards, handForce);
    const atPoint = scenarioProjection(baseline, emptyScenario).years.map((year) => year.staffing);
    const atUpper = scenarioProjection(baseline, { ...emptyScenario, demand: { upperBoundLevel: 80 } }).years.map((year) => year.staffing);
    expect(atPoint).toEqual(expected.map((year) => year.point));
    expect(atUpper).toEqual(expected.map((year) => year.upper80));
  });

  it("reproduces the baseline exactly for any forecast and staff in post, when nothing changes", () => {
    const cases = fc.record({
      point: fc.array(fc.double({ min: 0, max: 5000, noNaN: true }), { minLength: 1, maxLength: 6 }),
      offenderManagers: fc.double({ min: 0.5, max: 60, noNaN: true }),
      supervisors: fc.double({ min: 0.5, max: 8, noNaN: true }),
    });
    fc.assert(
      fc.property(cases, ({ point, offenderManagers, supervisors }) => {
        const force = { ...handForce, offenderManagers: { ...handForce.offenderManagers, inPost: offenderManagers }, supervisors: { ...handForce.supervisors, inPost: supervisors } };
        const forecast = handForecast({ point });
        const expected = staffingProjection(caseloadPath(forecast), handStandards, force).map((year) => year.point);
        const actual = scenarioProjection({ forecast, standards: handStandards, force }, { ...emptyScenario, workforce: { trainingMonths: 9 } });
        expect(actual.years.map((year) => year.staffing)).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });

  it("checks caseload per trained offender manager and offender managers per supervisor against the targets", () => {
    const [first] = scenarioProjection(baseline, emptyScenario).years;
    // 1,050 ÷ 16 = 65.625 per offender manager, over the target of 50; 16 ÷ 2 = 8 per supervisor, within 10
    expect(first.caseloadPerOffenderManager).toBeCloseTo(65.625, 12);
    expect(first.caseloadTargetMet).toBe(false);
    expect(first.offenderManagersPerSupervisor).toBe(8);
    expect(first.supervisionTargetMet).toBe(true);
  });

  it("counts a trainee towards offender managers per supervisor but not towards carrying the caseload", () => {
    const scenario = { ...emptyScenario, workforce: { trainingMonths: 18, hires: [{ yearEnding: 2024, offenderManagers: 6 }] } };
    const [first, second] = scenarioProjection(baseline, scenario).years;
    // year 1: 22 in post, 16 trained: 1,050 ÷ 16 = 65.625; 22 ÷ 2 = 11 per supervisor, over 10
    expect(first.caseloadPerOffenderManager).toBeCloseTo(65.625, 12);
    expect(first.offenderManagersPerSupervisor).toBe(11);
    expect(first.supervisionTargetMet).toBe(false);
    // trained from month 18 ≤ 24: year 2 has 22 trained: 1,100 ÷ 22 = 50, exactly on target at the year end
    expect(second.caseloadPerOffenderManager).toBeCloseTo(50, 12);
    // but month ends 13 to 17 (months 1 to 5 of year 2) still have 16 trained for 1,050 and more
    expect(second.monthsCaseloadTargetBreached).toEqual([1, 2, 3, 4, 5]);
    expect(second.caseloadTargetMet).toBe(false);
  });

  it("checks the targets at every month end, not only at the year end", () => {
    // 5 hired in the last month of year 1 bring 21 trained, 1,050 ÷ 21 = 50 at the year end, on target; but the
    // caseload runs from the last recorded 1,000 up to 1,050 on a straight line, 1,000 + 50k/12 at month end k,
    // against 16 × 50 = 800 before they arrive: months 1 to 11 breach. Span: 21 ÷ 2 = 10.5 at month end 12 only.
    const scenario = { ...emptyScenario, workforce: { hires: [{ yearEnding: 2024, month: 12, offenderManagers: 5 }] } };
    const [first] = scenarioProjection(baseline, scenario).years;
    expect(first.caseloadPerOffenderManager).toBeCloseTo(50, 12);
    expect(first.monthsCaseloadTargetBreached).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(first.caseloadTargetMet).toBe(false);
    expect(first.monthsSupervisionTargetBreached).toEqual([12]);
  });

  it("takes the training months from the force profile when the scenario gives none", () => {
    // 6 hired at the start of year 1 with the profile's 9 months: trained from month end 9, so months 1 to 8 breach
    // (16 trained for 1,000 + 50k/12); with the scenario's own 0 months, none do (22 × 50 = 1,100 ≥ 1,050)
    const force = { ...handForce, offenderManagers: { ...handForce.offenderManagers, trainingMonths: 9 } };
    const hires = [{ yearEnding: 2024, offenderManagers: 6 }];
    const [fromProfile] = scenarioProjection({ ...baseline, force }, { ...emptyScenario, workforce: { hires } }).years;
    const [ownFigure] = scenarioProjection({ ...baseline, force }, { ...emptyScenario, workforce: { hires, trainingMonths: 0 } }).years;
    expect(fromProfile.monthsCaseloadTargetBreached).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(ownFigure.monthsCaseloadTargetBreached).toEqual([]);
  });

  it("costs each year's average staff in post at the cost per FTE", () => {
    const scenario = { ...emptyScenario, workforce: { hires: [{ yearEnding: 2025, month: 7, offenderManagers: 2 }] }, costs: { supervisorCostPerFte: 80_000 } };
    const [first, second] = scenarioProjection(baseline, scenario).years;
    // 16 × £60,000 + 2 × £80,000 = £960,000 + £160,000 = £1,120,000
    expect(first.cost).toBeCloseTo(1_120_000, 6);
    // 2 more from month 7 of 12: 16 + 2 × 6 ÷ 12 = 17 average; 17 × £60,000 + £160,000 = £1,180,000
    expect(second.cost).toBeCloseTo(1_180_000, 6);
  });

  it("changes the workload by the standards the scenario names", () => {
    const base = scenarioProjection(baseline, emptyScenario).years[0].staffing;
    const changed = scenarioProjection(baseline, { ...emptyScenario, workloadStandards: { riskLevels: { high: { visitsPerYear: 6 } } } }).years[0].staffing;
    // 1,050 × 0.2 = 210 at high risk; 2 more visits each: 420 visits × 2 staff × 3 h = 2,520 h; × 1.2 responsive = 3,024 h
    expect(changed.activityHours.total - base.activityHours.total).toBeCloseTo(3024, 9);
    expect(handStandards.riskLevels.high.visitsPerYear).toBe(4);
  });

  it("gives the probability of a caseload breach from the forecast's distribution", () => {
    // hire 5 at once: 21 trained carry up to 21 × 50 = 1,050, exactly the expected caseload, so one half
    const [first] = scenarioProjection(baseline, { ...emptyScenario, workforce: { hires: [{ yearEnding: 2024, offenderManagers: 5 }] } }).years;
    expect(first.probabilityCaseloadTargetBreached).toBeCloseTo(0.5, 12);
  });

  it("refuses an abstraction share that leaves no time for casework", () => {
    // 0.1 + 0.05 + 0.03 = 0.18 of the time away already; 0.82 more makes 1
    expect(() => scenarioProjection(baseline, { ...emptyScenario, workforce: { abstractionShare: 0.82 } })).toThrow(/no time for casework/);
  });
});

describe("scenarioProjection(baseline, scenario) with a register projection's flows", () => {
  // One-off hours with handOneOffWork and 2 staff a visit:
  //   a joiner   3 (first ARMS) + 2 × 2 (first visit) + 2 (initial RMP)  =  9 h
  //   a release  2 × 3 (visit) + 1.5 (RMP review) + 5 (ARMS review)      = 12.5 h
  const standards = { ...handStandards, oneOffWork: handOneOffWork };
  const flows: RegisterFlows = [
    { periodEnding: "2023-03-31", joiners: 999, releases: 999 }, // not a forecast year: not used
    { periodEnding: "2024-03-31", joiners: 100, releases: 20 },
    { periodEnding: "2025-03-31", joiners: 110, releases: 25 },
    { periodEnding: "2026-03-31", joiners: 120, releases: 30 },
  ];
  const withFlows: Baseline = { ...baseline, standards, flows };
  const withoutFlows: Baseline = { ...baseline, standards };
  // 16 offender managers × 35 h × 365.25 ÷ 7 × (1 − 0.1 − 0.05 − 0.03 − 0.02) = 16 × 1,461 = 23,376 h available
  const available = 23_376;

  it("counts the year's one-off work in the workload hours and the capacity percent", () => {
    // Caseload 1,050: very high 105, high 210, medium 315, low 210 active and 210 reactive.
    //   visits   105×12 + 210×4 + 315×2 + 210×1       = 2,940 × 2 staff × 3 h = 17,640 h
    //   ARMS     105×2 + 210 + 315 + 210               =   945 × 5 h          =  4,725 h
    //   RMP      105×4 + 210×2 + 315 + 210 + 210       = 1,575 × 1.5 h        =  2,362.5 h
    //   checks   105×12 + 210×4 + 315×2 + 210 + 210    = 3,150 × 20 min       =  1,050 h
    //   scheduled 25,777.5 + responsive 20% 5,155.5 + custody 100 × 4 = 400  → 31,333 h
    // One-off work in 2024: 100 joiners × 9 h + 20 releases × 12.5 h = 900 + 250 = 1,150 h
    // capacity = (31,333 + 1,150) ÷ 23,376 × 100 = 32,483 ÷ 23,376 × 100 ≈ 138.96%
    const [first] = scenarioProjection(withFlows, emptyScenario).years;
    expect(first.staffing.oneOffWork?.total).toBeCloseTo(1150, 9);
    expect(first.staffing.activityHours.total).toBeCloseTo(31_333 + 1150, 9);
    expect(first.capacityPercent).toBeCloseTo((32_483 / available) * 100, 9);
    expect(first.staffing.capacityPercent).toBe(first.capacityPercent);
    // without the flows: 31,333 ÷ 23,376 × 100 ≈ 134.04%
    expect(scenarioProjection(withoutFlows, emptyScenario).years[0].capacityPercent).toBeCloseTo((31_333 / available) * 100, 9);
  });

  it("agrees with the staffing section's figures, flows and all, when the scenario changes nothing", () => {
    const expected = staffingProjection(caseloadPath(baseline.forecast), standards, handForce, undefined, flows);
    expect(scenarioProjection(withFlows, emptyScenario).years.map((year) => year.staffing)).toEqual(expected.map((year) => year.point));
    expect(scenarioProjection(withFlows, { ...emptyScenario, demand: { upperBoundLevel: 80 } }).years.map((year) => year.staffing)).toEqual(
      expected.map((year) => year.upper80),
    );
  });

  it("adds a step shock's extra people to the joiners of its first year only", () => {
    const scenario = { ...emptyScenario, demand: { shocks: [{ kind: "step" as const, fromYearEnding: 2025, extraRegisteredSexOffenders: 30, source: "test" }] } };
    const years = scenarioProjection(withFlows, scenario).years;
    const without = scenarioProjection(withoutFlows, scenario).years;
    // joiners: 100, 110 + 30 = 140, 120 (the 30 stay on the register in 2026 but joined in 2025)
    expect(years.map((year) => year.staffing.flows?.joiners)).toEqual([100, 140, 120]);
    expect(years.map((year) => year.staffing.flows?.releases)).toEqual([20, 25, 30]);
    // 2025: 140 × 9 + 25 × 12.5 = 1,260 + 312.5 = 1,572.5 h; 2026: 120 × 9 + 30 × 12.5 = 1,080 + 375 = 1,455 h
    expect(years[1].staffing.oneOffWork?.total).toBeCloseTo(1572.5, 9);
    expect(years[2].staffing.oneOffWork?.total).toBeCloseTo(1455, 9);
    // the same shocked caseload either way, so the capacity rises by the one-off hours ÷ 23,376 × 100 alone
    expect(years[1].capacityPercent! - without[1].capacityPercent!).toBeCloseTo((1572.5 / available) * 100, 9);
    expect(years[2].capacityPercent! - without[2].capacityPercent!).toBeCloseTo((1455 / available) * 100, 9);
  });

  it("adds a ramp's extra people to the joiners of each year of the ramp", () => {
    const scenario = { ...emptyScenario, demand: { shocks: [{ kind: "ramp" as const, fromYearEnding: 2024, extraRegisteredSexOffenders: 30, rampYears: 2, source: "test" }] } };
    const years = scenarioProjection(withFlows, scenario).years;
    // extra 30, 60, 60: joiners 100 + 30, 110 + 30, 120 (held, none join)
    expect(years.map((year) => year.staffing.flows?.joiners)).toEqual([130, 140, 120]);
    // 2024: 130 × 9 + 20 × 12.5 = 1,170 + 250 = 1,420 h
    expect(years[0].staffing.oneOffWork?.total).toBeCloseTo(1420, 9);
  });

  it("gives every figure as before without the flows, shocks and one-off hours in the standards notwithstanding", () => {
    const scenario = { ...emptyScenario, demand: { shocks: [{ kind: "step" as const, fromYearEnding: 2025, extraRegisteredSexOffenders: 30, source: "test" }] } };
    const projection = scenarioProjection(withoutFlows, scenario);
    // the staffing need of the planned caseload 1,050, 1,130, 1,180 with no flows at all, whole
    const expected = [1050, 1130, 1180].map((caseload) =>
      staffingNeed({ registeredSexOffenders: caseload, peopleInCustody: 100, offenderManagersInPost: 16, supervisorsInPost: 2 }, standards, handForce),
    );
    expect(projection.years.map((year) => year.staffing)).toEqual(expected);
    for (const year of projection.years) {
      expect(year.staffing).not.toHaveProperty("flows");
      expect(year.staffing).not.toHaveProperty("oneOffWork");
    }
    // and the standards' one-off hours change nothing without flows: the whole projection is the one without them
    const plain = scenarioProjection(baseline, scenario);
    expect({ ...projection, rules: { ...projection.rules, standards: handStandards } }).toEqual(plain);
  });

  it("counts no one-off work with flows when the standards give no hours for it", () => {
    const [first] = scenarioProjection({ ...baseline, flows }, emptyScenario).years;
    expect(first.staffing.oneOffWork).toBeUndefined();
    expect(first.capacityPercent).toBeCloseTo((31_333 / available) * 100, 9);
  });

  it("refuses flows without an entry for each forecast year", () => {
    const short = flows.filter((year) => year.periodEnding !== "2025-03-31");
    expect(() => scenarioProjection({ ...withFlows, flows: short }, emptyScenario)).toThrow(RangeError);
    expect(() => scenarioProjection({ ...withFlows, flows: short }, emptyScenario)).toThrow(/year ending 2025-03-31/);
  });
});
