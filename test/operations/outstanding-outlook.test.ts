import { describe, expect, it } from "vitest";
import { isoDate } from "../../src/math/calendar-day.js";
import { monthEndingAfter, outstandingOutlook, type ScenarioOutlook } from "../../src/operations/outstanding-outlook.js";
import type { RiskLevel } from "../../src/operations/work-item.js";
import type { StaffingScenario } from "../../src/inputs/staffing-scenario.js";
import { scenarioProjection } from "../../src/scenarios/scenario-projection.js";
import type { RegisterFlows } from "../../src/workload/register-flows.js";
import { emptyScenario, handForecast } from "../scenarios/scenario-fixtures.js";
import { force, projection, standards } from "./outlook-fixture.js";
import { day, item } from "./work-item-fixture.js";

const asOf = day("2026-03-31");

function extract(lowOverdueVisits: number) {
  return [
    item("home_visit", "very_high", "2026-03-01"), // overdue
    item("home_visit", "very_high", "2026-03-30"), // overdue by one day
    item("risk_management_plan", "high", "2026-03-31"), // due on the as-of date: outstanding, not overdue
    item("arms_assessment", "medium", "2026-02-15"), // overdue
    ...Array.from({ length: lowOverdueVisits }, () => item("home_visit", "low", "2026-01-10")), // overdue
    item("home_visit", "low", "2026-02-01", "2026-02-02"), // done: not outstanding
    item("home_visit", "very_high", "2026-04-15"), // due after the as-of date: among the work falling due
  ];
}

function level(outlook: ScenarioOutlook, month: number, riskLevel: RiskLevel) {
  return outlook.months[month - 1].byRiskLevel.find((row) => row.riskLevel === riskLevel)!;
}

describe("outstandingOutlook(items, scenario, { asOf })", () => {
  it("starts from the items due by the as-of date, leaving out those done or due later", () => {
    const outlook = outstandingOutlook(extract(5), projection(8), { asOf });
    expect(outlook.start).toEqual([
      { riskLevel: "very_high", outstanding: 2, overdue: 2 },
      { riskLevel: "high", outstanding: 1, overdue: 0 },
      { riskLevel: "medium", outstanding: 1, overdue: 1 },
      { riskLevel: "low", outstanding: 5, overdue: 5 },
    ]);
  });

  it("clears the highest risk levels first and leaves low risk to grow when the team has 80 of 100 hours", () => {
    // 8 FTE × 10 h = 80 h a month.
    // Month 1: very high 2 overdue + 10 new visits = 24 h (56 left); high 1 + 20 RMP reviews = 21 h (35 left);
    //   medium 1 overdue ARMS = 4 h (31 left), then 31 of the 40 h of new ARMS: 7.75 done, 2.25 outstanding;
    //   low: no hours left, 5 overdue + 10 new = 15 outstanding, 5 overdue.
    // Month m ≥ 2: 20 + 20 h, then medium's 2.25 carried (9 h) and 31 of 40 h new again: 2.25 outstanding;
    //   low: 5 + 10m outstanding, 5 + 10(m − 1) overdue.
    const outlook = outstandingOutlook(extract(5), projection(8), { asOf });
    expect(outlook.months[0].availableHours).toBeCloseTo(80, 9);
    expect(outlook.months[0].hoursForItems).toBeCloseTo(80, 9);

    expect(level(outlook, 1, "very_high")).toMatchObject({ outstanding: 0, overdue: 0 });
    expect(level(outlook, 1, "very_high").completed).toBeCloseTo(12, 9);
    expect(level(outlook, 1, "high")).toMatchObject({ outstanding: 0, overdue: 0 });
    expect(level(outlook, 1, "medium").completed).toBeCloseTo(8.75, 9);
    expect(level(outlook, 1, "medium").outstanding).toBeCloseTo(2.25, 9);
    expect(level(outlook, 1, "medium").overdue).toBe(0);
    expect(level(outlook, 1, "low").fallingDue).toBeCloseTo(10, 9);
    expect(level(outlook, 1, "low").outstanding).toBeCloseTo(15, 9);
    expect(level(outlook, 1, "low").overdue).toBeCloseTo(5, 9);

    expect(level(outlook, 2, "medium").outstanding).toBeCloseTo(2.25, 9);
    expect(level(outlook, 2, "medium").overdue).toBe(0);
    expect(level(outlook, 12, "low").outstanding).toBeCloseTo(125, 9);
    expect(level(outlook, 12, "low").overdue).toBeCloseTo(115, 9);

    // medium: nothing is overdue at a month end, but 2.25 ARMS due each month are left undone every month, so its
    // backlog is never cleared; high's item due on the as-of date is done in month 1
    expect(outlook.monthsToClearOverdue).toEqual({ very_high: 1, high: 1, medium: null, low: null });
    expect(outlook.monthsToClearAllOverdue).toBeNull();
    // medium: 1 outstanding at the start, 2.25 at the end; low: 5 at the start, 125 at the end
    expect(outlook.backlogGrows).toEqual({ very_high: false, high: false, medium: true, low: true });
  });

  it("clears a low-risk backlog of 25 visits in 8 months with 5 hours a month to spare", () => {
    // 10.5 FTE × 10 h = 105 h. Month 1: 24 + 21 + 44 h above low, 16 h left: 8 of the 25 overdue visits
    //   done, 17 overdue, 27 outstanding.
    // Month m ≥ 2: 80 h above low, 25 h left = 12.5 visits against 10 new: the overdue fall by 2.5 a month,
    //   14.5, 12, 9.5, 7, 4.5, 2 in months 2 to 7.
    // Month 8: 2 + 10 carried = 24 h done, 1 h left for the 10 new: 0.5 done, 9.5 outstanding, none overdue.
    // Months 9 to 12: the 5 spare hours a month take the outstanding 9.5 → 7 → 4.5 → 2 → 0.
    const outlook = outstandingOutlook(extract(25), projection(10.5), { asOf });
    const lowOverdue = outlook.months.map((month) => month.byRiskLevel[3].overdue);
    const lowOutstanding = outlook.months.map((month) => month.byRiskLevel[3].outstanding);
    [17, 14.5, 12, 9.5, 7, 4.5, 2, 0, 0, 0, 0, 0].forEach((value, i) => expect(lowOverdue[i], `month ${i + 1}`).toBeCloseTo(value, 9));
    [27, 24.5, 22, 19.5, 17, 14.5, 12, 9.5, 7, 4.5, 2, 0].forEach((value, i) => expect(lowOutstanding[i], `month ${i + 1}`).toBeCloseTo(value, 9));
    // low: none overdue from month 8, but work due is left undone until month 12, when nothing is outstanding
    expect(outlook.monthsToClearOverdue).toEqual({ very_high: 1, high: 1, medium: 1, low: 12 });
    expect(outlook.monthsToClearAllOverdue).toBe(12);
    expect(outlook.backlogGrows).toEqual({ very_high: false, high: false, medium: false, low: false });
  });

  it("keeps pace exactly at 100% capacity used, leaving nothing outstanding", () => {
    // 10 FTE × 10 h = 100 h: the work falling due, to the floating-point hour
    const outlook = outstandingOutlook([], projection(10), { asOf });
    for (const month of outlook.months) for (const row of month.byRiskLevel) expect(row.outstanding).toBe(0);
    expect(outlook.monthsToClearAllOverdue).toBe(0);
    expect(Object.values(outlook.backlogGrows)).toEqual([false, false, false, false]);
  });

  it("takes each month's staff from the scenario year it falls in", () => {
    // As of 30 September 2026: October to March in the year ending 31 March 2027 (8 FTE, 80 h),
    // April to September in the year ending 2028, when 2.5 FTE more have arrived (10.5 FTE, 105 h).
    // Months 1–6: no hours left for low risk: 10 m outstanding, 10 (m − 1) overdue; 60 and 50 in month 6.
    // Month 7: 25 h for low: 12.5 of the 60 carried visits done, 47.5 overdue, 57.5 outstanding.
    const hire: StaffingScenario = { name: "Hire", forceProfile: "force.json", workforce: { hires: [{ yearEnding: 2028, month: 1, offenderManagers: 2.5 }] } };
    const outlook = outstandingOutlook([], projection(8, hire), { asOf: day("2026-09-30") });
    expect(outlook.scenario).toBe("Hire");
    expect(outlook.months.map((month) => month.scenarioPeriodEnding)).toEqual([...Array(6).fill("2027-03-31"), ...Array(6).fill("2028-03-31")]);
    expect(outlook.months[5].availableHours).toBeCloseTo(80, 9);
    expect(outlook.months[6].availableHours).toBeCloseTo(105, 9);
    expect(level(outlook, 6, "low").outstanding).toBeCloseTo(60, 9);
    expect(level(outlook, 6, "low").overdue).toBeCloseTo(50, 9);
    expect(level(outlook, 7, "low").outstanding).toBeCloseTo(57.5, 9);
    expect(level(outlook, 7, "low").overdue).toBeCloseTo(47.5, 9);
    expect(outlook.warnings).toEqual([]);
  });

  it("uses the last forecast year for months after it, and says so", () => {
    const outlook = outstandingOutlook([], projection(8, emptyScenario, [100]), { asOf: day("2026-09-30") });
    expect(outlook.months[11].scenarioPeriodEnding).toBe("2027-03-31");
    expect(outlook.warnings).toEqual(["Outlook months after 2027-03-31, the forecast's last year end, use that year's staff and caseload."]);
  });

  it("gives the same share of hours to items as they have of the workload", () => {
    // Add a responsive allowance of 25%: the workload is 1,200 × 1.25 = 1,500 h a year, items 1,200 of it.
    // 10 FTE: 100 h a month, 100 × 1,200 ÷ 1,500 = 80 h for items, as with 8 FTE and no allowance.
    const withAllowance = scenarioProjection(
      { forecast: handForecast({ point: [100, 100], firstYear: 2027 }), standards: { ...standards, responsiveWork: { allowanceShare: 0.25 } }, force: force(10) },
      emptyScenario,
    );
    const outlook = outstandingOutlook(extract(5), withAllowance, { asOf });
    expect(outlook.months[0].hoursForItems).toBeCloseTo(80, 9);
    expect(level(outlook, 12, "low").overdue).toBeCloseTo(115, 9);
  });

  // One-off hours with 2 staff a visit: a joiner 4 (first ARMS) + 2 × 1 (first visit) + 1 (initial RMP) = 7 h;
  // a release 2 × 1.5 (visit) + 2 (RMP review) + 4 (ARMS review) = 9 h.
  const oneOffWork = {
    onJoiningTheRegister: { firstArmsAssessmentHours: 4, firstHomeVisitHoursPerStaff: 1, initialRiskManagementPlanHours: 1 },
    onReleaseFromCustody: { homeVisitHoursPerStaff: 1.5, riskManagementPlanReviewHours: 2, armsReviewHours: 4 },
  };
  const withOneOffWork = (flows?: RegisterFlows) =>
    scenarioProjection(
      { forecast: handForecast({ point: [100, 100], firstYear: 2027 }), standards: { ...standards, oneOffWork }, force: force(10), ...(flows ? { flows } : {}) },
      emptyScenario,
    );

  it("takes the one-off work of the year's joiners and releases out of the hours for items when the scenario counts it", () => {
    // 30 joiners × 7 h + 10 releases × 9 h = 210 + 90 = 300 h a year; the workload is 1,200 + 300 = 1,500 h.
    // 10 FTE: 100 h a month, 100 × 1,200 ÷ 1,500 = 80 h for items, as with 8 FTE and no one-off work.
    const flows = ["2027-03-31", "2028-03-31"].map((periodEnding) => ({ periodEnding, joiners: 30, releases: 10 }));
    const outlook = outstandingOutlook(extract(5), withOneOffWork(flows), { asOf });
    expect(outlook.months[0].availableHours).toBeCloseTo(100, 9);
    expect(outlook.months[0].hoursForItems).toBeCloseTo(80, 9);
    expect(level(outlook, 1, "medium").outstanding).toBeCloseTo(2.25, 9);
    expect(level(outlook, 12, "low").outstanding).toBeCloseTo(125, 9);
    expect(level(outlook, 12, "low").overdue).toBeCloseTo(115, 9);
    expect(outlook.monthsToClearOverdue).toEqual({ very_high: 1, high: 1, medium: null, low: null });
  });

  it("is as before without flows, whatever one-off hours the standards give", () => {
    // 10 FTE keep pace with the 100 h falling due each month: the whole outlook is the one without one-off hours
    expect(outstandingOutlook(extract(5), withOneOffWork(), { asOf })).toEqual(outstandingOutlook(extract(5), projection(10), { asOf }));
    expect(outstandingOutlook(extract(5), withOneOffWork(), { asOf }).months[0].hoursForItems).toBeCloseTo(100, 9);
  });
});

describe("monthEndingAfter(asOf, months)", () => {
  it.each([
    ["2026-03-31", 1, "2026-04-30"],
    ["2026-03-31", 2, "2026-05-31"],
    ["2026-03-31", 12, "2027-03-31"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2023-01-31", 1, "2023-02-28"],
    ["2026-04-30", 1, "2026-05-31"],
    ["2026-01-15", 1, "2026-02-15"],
    ["2026-01-30", 1, "2026-02-28"],
    ["2026-01-30", 2, "2026-03-30"],
    ["2025-11-30", 3, "2026-02-28"],
  ])("%s plus %i months is %s", (from, months, expected) => {
    expect(isoDate(monthEndingAfter(day(from), months))).toBe(expected);
  });
});
