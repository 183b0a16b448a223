import { describe, expect, it } from "vitest";
import { operationalMeasures, type OperationalMeasures } from "../../src/operations/operational-measures.js";
import { projection } from "../operations/outlook-fixture.js";
import { day, item } from "../operations/work-item-fixture.js";
import { keyFindingsSection } from "../../src/report/key-findings-section.js";
import { operationsKeyFindings } from "../../src/report/operations-key-findings.js";
import type { ReportSection } from "../../src/report/report-section.js";
import { scenarioKeyFindings } from "../../src/report/scenario-key-findings.js";
import { staffingKeyFindings } from "../../src/report/staffing-key-findings.js";
import type { ScenarioSummary } from "../../src/scenarios/compare-scenarios.js";
import type { LeastCostPlan } from "../../src/scenarios/least-cost-plan.js";
import type { StaffingNeed } from "../../src/workload/staffing-need.js";
import { handStaffingResult } from "./staffing-fixture.js";

const section = (id: string, title: string): ReportSection => ({ id, title, html: "", charts: [] });

describe("keyFindingsSection(findings, sections)", () => {
  it("lists each finding as escaped text with a link to its section, by the section's title", () => {
    const result = keyFindingsSection([{ text: "Up <b>4%</b> & more", sectionId: "forecast" }], [section("forecast", "Caseload <forecast>")]);
    expect(result.id).toBe("at-a-glance");
    expect(result.html).toContain('<li>Up &lt;b&gt;4%&lt;/b&gt; &amp; more <a href="#forecast">(Caseload &lt;forecast&gt;)</a></li>');
  });

  it("refuses a finding that names a section the report does not have", () => {
    expect(() => keyFindingsSection([{ text: "x", sectionId: "staffing" }], [section("forecast", "F")])).toThrow(/"staffing"/);
  });
});

// distinct numbers in each place, so that a figure read from the wrong year or bound shows
function need(values: Partial<StaffingNeed>): StaffingNeed {
  return {
    registeredSexOffenders: 0,
    offenderManagersInPost: 15.1,
    supervisorsInPost: 2,
    offenderManagersNeeded: 0,
    supervisorsNeeded: 0,
    offenderManagerPostsToFund: 0,
    supervisorPostsToFund: 0,
    additionalCost: 0,
    caseloadPerOffenderManager: 0,
    capacityPercent: 0,
    ...values,
  } as StaffingNeed;
}

describe("staffingKeyFindings(result)", () => {
  const years = [
    { periodEnding: "2027-03-31", point: need({ registeredSexOffenders: 1 }), upper80: need({ registeredSexOffenders: 2 }) },
    {
      periodEnding: "2028-03-31",
      point: need({
        registeredSexOffenders: 1290.4,
        offenderManagersNeeded: 25.84,
        supervisorsNeeded: 2.66,
        offenderManagerPostsToFund: 11,
        supervisorPostsToFund: 1,
        additionalCost: 710_755.6,
        postsToFundCost: 754_000,
        caseloadPerOffenderManager: 85.46,
        capacityPercent: 123.6,
      }),
      upper80: need({ registeredSexOffenders: 1415, offenderManagersNeeded: 28.31, supervisorsNeeded: 2.94, offenderManagerPostsToFund: 14, supervisorPostsToFund: 1, additionalCost: 883_846, postsToFundCost: 940_000 }),
    },
  ];
  const findings = staffingKeyFindings(handStaffingResult({ years }));

  it("gives need against staff in post for the last forecast year, at the point forecast and the upper 80% bound", () => {
    expect(findings[0]).toEqual({
      text:
        "In the year ending 31 March 2028, a caseload of 1,290 in the community needs 25.8 offender managers and 2.7 supervisors (FTE); " +
        "at the upper 80% bound of 1,415, 28.3 and 2.9. In post: 15.1 and 2.0.",
      sectionId: "staffing",
    });
  });

  it("gives the posts to fund and the cost of those whole posts a year at both, not the FTE gap's cost", () => {
    // 11 × £62,000 + 1 × £72,000 = £682,000 + £72,000 = £754,000; 14 × £62,000 + 1 × £72,000 = £868,000 + £72,000 = £940,000
    expect(findings[1].text).toBe(
      "Posts to fund in the year ending 31 March 2028: 11 offender managers and 1 supervisor at the point forecast (£754,000 a year), " +
        "14 offender managers and 1 supervisor at the upper 80% bound (£940,000 a year).",
    );
  });

  it("sets caseload per offender manager against the target and capacity against the 110% line", () => {
    expect(findings[2].text).toBe(
      "With the staff in post, each offender manager would carry 85.5 people in the year ending 31 March 2028 against the target of at most 50, " +
        "and the work would take 124% of their available hours, over the 110% the probation Workload Measurement Tool counts as excessive.",
    );
  });

  it("says none when no post is needed, and leaves out the 110% words at or below it", () => {
    const enough = [{ ...years[1], point: need({ ...years[1].point, offenderManagerPostsToFund: 0, supervisorPostsToFund: 0, capacityPercent: 110 }) }];
    const [, posts, pressure] = staffingKeyFindings(handStaffingResult({ years: enough }));
    expect(posts.text).toMatch(/: none at the point forecast/);
    expect(pressure.text).toMatch(/take 110% of their available hours\.$/);
  });

  it("leaves out caseload per offender manager when none are in post", () => {
    const nobody = [{ ...years[1], point: need({ ...years[1].point, caseloadPerOffenderManager: null, capacityPercent: null }) }];
    expect(staffingKeyFindings(handStaffingResult({ years: nobody }))).toHaveLength(2);
  });
});

describe("scenarioKeyFindings(summaries, plan)", () => {
  const summary = (name: string, values: Partial<ScenarioSummary>): ScenarioSummary => ({
    name,
    firstCaseloadBreach: null,
    firstSupervisionBreach: null,
    yearsBreachingATarget: 0,
    highestBreachProbability: 0,
    breachProbabilityOnceHiresCanStart: null,
    totalCost: 0,
    costAgainstFirst: 0,
    ...values,
  });
  const summaries = [
    summary("Status quo", { firstCaseloadBreach: "2024-03-31", yearsBreachingATarget: 5, totalCost: 5_401_000 }),
    summary("Plan found", { totalCost: 9_481_000, costAgainstFirst: 4_080_000 }),
  ];
  const hires = [
    { periodEnding: "2024-03-31", offenderManagers: 0, supervisors: 0, months: [] },
    { periodEnding: "2025-03-31", offenderManagers: 10, supervisors: 1, months: [{ month: 3, offenderManagers: 10, supervisors: 1 }] },
    { periodEnding: "2026-03-31", offenderManagers: 1, supervisors: 0, months: [{ month: 1, offenderManagers: 1, supervisors: 0 }] },
  ];
  const reachable = { hires, breachesBeforeFirstHire: [], monthsBeyondReach: [] } as unknown as LeastCostPlan;
  const plan = { name: "Plan found", result: reachable, planningFor: "the point forecast" };

  it("gives one sentence a scenario compared, then one for the plan, with its hires in all and in its first year of hiring", () => {
    expect(scenarioKeyFindings(summaries, plan)).toEqual([
      {
        text: "Status quo: caseload target first breached in the year ending 31 March 2024; supervision within target every year; £5,401,000 over 3 years.",
        sectionId: "scenarios",
      },
      {
        text:
          "The least-cost hiring plan for the point forecast hires 11 offender managers and 1 supervisor over 3 years, 10 and 1 of them in the " +
          "year ending 31 March 2025, the first in June 2024; it meets both targets every year and costs £9,481,000 over 3 years (£4,080,000 more than Status quo).",
        sectionId: "least-cost-plan",
      },
    ]);
  });

  it("says so when the plan still breaches a target, and when it costs less", () => {
    const breaching = [summaries[0], summary("Plan found", { yearsBreachingATarget: 1, totalCost: 5_000_000, costAgainstFirst: -401_000 })];
    expect(scenarioKeyFindings(breaching, plan)[1].text).toMatch(/it still breaches a target in 1 year and costs £5,000,000 over 3 years \(£401,000 less than Status quo\)\.$/);
  });

  it("says from which month end the plan meets both targets when the month ends before it breach one out of any hire's reach, and why", () => {
    // no hire before 31 March 2024: the first year's 12 month ends breach the caseload target before any hire can start
    // and 2 more (April and May 2024) while the first recruits train; month end 15, the end of June 2024, is the first met
    const outOfReach = {
      hires,
      noHireBefore: "2024-03-31",
      breachesBeforeFirstHire: [{ periodEnding: "2024-03-31", caseloadMonths: Array.from({ length: 12 }, (_, month) => month + 1), supervisionMonths: [3] }],
      monthsBeyondReach: [{ periodEnding: "2025-03-31", months: [1, 2] }],
    } as unknown as LeastCostPlan;
    const breaching = [summaries[0], summary("Plan found", { yearsBreachingATarget: 2, totalCost: 9_481_000, costAgainstFirst: 4_080_000 })];
    expect(scenarioKeyFindings(breaching, { ...plan, result: outOfReach })[1].text).toMatch(
      /; it meets both targets at every month end from the end of June 2024 and costs £9,481,000 over 3 years \(£4,080,000 more than Status quo\)\. The 14 month ends that breach a target come before a hire can start \(no hire before 31 March 2024\) or while the first recruits train\.$/,
    );
  });
});

describe("operationsKeyFindings(measures)", () => {
  // two overdue cells (very high 2, oldest 40 days; low 3, oldest 95 days), one not yet due (7, not counted)
  const measures: OperationalMeasures = {
    asOf: "2026-03-31",
    availableHoursPerMonth: 1000,
    suppressBelow: 0,
    workItemCount: 30,
    outstanding: [
      { itemType: "home_visit", riskLevel: "very_high", band: "overdue_31_to_90_days", count: 2, oldestDaysOverdue: 40 },
      { itemType: "home_visit", riskLevel: "low", band: "overdue_over_90_days", count: 3, oldestDaysOverdue: 95 },
      { itemType: "arms_assessment", riskLevel: "high", band: "not_yet_due", count: 7, oldestDaysOverdue: null },
    ],
    onTimeCompletion: [],
    // month over for 10 − 2 = 8 and 5 − 0 = 5 items: 13; in time 6 + 4 = 10, 77%; unreviewed 1 + 0
    supervisorReviews: [
      { itemType: "home_visit", month: "2026-02", completed: 10, reviewedWithinOneMonth: 6, reviewedAfterOneMonth: 1, unreviewedAfterOneMonth: 1, reviewMonthNotOver: 2, shareReviewedWithinOneMonth: 0.75 },
      { itemType: "arms_assessment", month: "2026-01", completed: 5, reviewedWithinOneMonth: 4, reviewedAfterOneMonth: 1, unreviewedAfterOneMonth: 0, reviewMonthNotOver: 0, shareReviewedWithinOneMonth: 0.8 },
    ],
    // as of 31 March, March is complete too: January to March, (100 + 150 + 900) ÷ (3 × 1000) = 38.3%;
    // without annual leave (150 in February) and sickness (600 in March): (100 + 300) ÷ 3000 = 13.3%
    abstractions: {
      rows: [
        { month: "2026-01", reason: "(all reasons)", hours: 100, shareOfAvailableHours: 0.1, staffAbstracted: 3, staffRegularlyAbstracted: 0 },
        { month: "2026-01", reason: "training", hours: 100, shareOfAvailableHours: 0.1, staffAbstracted: 3, staffRegularlyAbstracted: 0 },
        { month: "2026-02", reason: "(all reasons)", hours: 150, shareOfAvailableHours: 0.15, staffAbstracted: 3, staffRegularlyAbstracted: 0 },
        { month: "2026-02", reason: "annual_leave", hours: 150, shareOfAvailableHours: 0.15, staffAbstracted: 3, staffRegularlyAbstracted: 0 },
        { month: "2026-03", reason: "(all reasons)", hours: 900, shareOfAvailableHours: 0.9, staffAbstracted: 3, staffRegularlyAbstracted: 0 },
        { month: "2026-03", reason: "Sickness", hours: 600, shareOfAvailableHours: 0.6, staffAbstracted: 3, staffRegularlyAbstracted: 0 },
        { month: "2026-03", reason: "other_duties", hours: 300, shareOfAvailableHours: 0.3, staffAbstracted: 3, staffRegularlyAbstracted: 0 },
      ],
      regularlyAbstracted: [
        { reason: "(all reasons)", staff: 3 },
        { reason: "other_duties", staff: 2 },
        { reason: "training", staff: 0 },
      ],
    },
    outlook: null,
  };

  it("counts overdue work by risk level, reviews within a month, the abstraction share of complete months and regular abstraction", () => {
    expect(operationsKeyFindings(measures).map((finding) => finding.text)).toEqual([
      "On 31 March 2026, 5 ARMS assessments, risk management plans and home visits were overdue, by risk level: very high 2, high 0, medium 0, low 3; the oldest by 95 days.",
      "Of 13 items completed whose month for review is over, 77% were reviewed by a supervisor within one calendar month of completion; 1 is still unreviewed after a month.",
      "Abstractions (every reason in the extract) took 38.3% of the 1,000 hours available a month over the 3 complete months to March 2026; " +
        "without annual leave and sickness, 13.3%.",
      "Staff abstracted for the same reason in three or more consecutive months, by reason: other_duties 2, training 0.",
    ]);
    expect(operationsKeyFindings(measures).every((finding) => finding.sectionId === "operations")).toBe(true);
  });

  it("counts the as-of month only when the as-of date is its last day", () => {
    // as of 30 March, March is not complete: (100 + 150) ÷ 2000 = 12.5%; without leave and sickness 100 ÷ 2000 = 5.0%
    expect(operationsKeyFindings({ ...measures, asOf: "2026-03-30" })[2].text).toBe(
      "Abstractions (every reason in the extract) took 12.5% of the 1,000 hours available a month over the 2 complete months to February 2026; " +
        "without annual leave and sickness, 5.0%.",
    );
  });

  it("sets each share against the profile's: leave, training, sickness and other duties against every reason; training and other duties against the rest", () => {
    // 0.13 + 0.05 + 0.04 + 0.05 = 27.0%; 0.05 + 0.05 = 10.0%
    const assumedTimeAway = { leaveShare: 0.13, trainingShare: 0.05, sicknessShare: 0.04, abstractionShare: 0.05 };
    expect(operationsKeyFindings({ ...measures, assumedTimeAway })[2].text).toBe(
      "Abstractions (every reason in the extract) took 38.3% of the 1,000 hours available a month over the 3 complete months to March 2026 " +
        "(the profile assumes 27.0% for leave, training, sickness and other duties); without annual leave and sickness, 13.3% " +
        "(the profile assumes 10.0% for training and other duties).",
    );
  });

  it("leaves out a finding whose counts include one hidden for publication, and the share without an establishment figure", () => {
    const hidden: OperationalMeasures = {
      ...measures,
      availableHoursPerMonth: null,
      outstanding: [{ ...measures.outstanding[0], count: null, oldestDaysOverdue: null }, ...measures.outstanding.slice(1)],
      supervisorReviews: [{ ...measures.supervisorReviews[0], unreviewedAfterOneMonth: null }],
    };
    expect(operationsKeyFindings(hidden).map((finding) => finding.text)).toEqual([
      "Staff abstracted for the same reason in three or more consecutive months, by reason: other_duties 2, training 0.",
    ]);
  });

  it("says so when nothing is overdue", () => {
    const clear = { ...measures, outstanding: [measures.outstanding[2]], supervisorReviews: [], abstractions: null };
    expect(operationsKeyFindings(clear).map((finding) => finding.text)).toEqual(["On 31 March 2026 no ARMS assessment, risk management plan or home visit was overdue."]);
  });
});

describe("operationsKeyFindings(measures): the outlook", () => {
  // The outlook tests' case: 100 h of work falling due a month; on 31 March 2026, 2 very-high-risk visits, 1 medium
  // ARMS and 5 low visits overdue, and 1 high RMP due that day.
  const extract = [
    item("home_visit", "very_high", "2026-03-01"),
    item("home_visit", "very_high", "2026-03-30"),
    item("risk_management_plan", "high", "2026-03-31"),
    item("arms_assessment", "medium", "2026-02-15"),
    ...Array.from({ length: 5 }, () => item("home_visit", "low", "2026-01-10")),
  ];
  const scenarios = [projection(8), projection(10.5, { name: "More staff", forceProfile: "force.json" })];
  const findings = operationsKeyFindings(operationalMeasures(extract, null, { asOf: day("2026-03-31"), availableHoursPerMonth: null, suppressBelow: 0, scenarios }));

  it("names every risk level whose backlog is not cleared, and says it grows, even where nothing is yet overdue", () => {
    // 80 h: medium leaves 2.25 ARMS (of 10 due) undone every month, none overdue at a month end, 1 → 2.25;
    // low gets no hours: 5 + 10 × 12 = 125 outstanding, 115 overdue
    expect(findings.map((finding) => finding.text)).toContain(
      "Outlook, No change: medium-risk work is not cleared and grows, 2 items outstanding after 12 months, 0 of them overdue; " +
        "low-risk work is not cleared and grows, 125 items outstanding after 12 months, 115 of them overdue.",
    );
  });

  it("gives the month by which every level is cleared, as the outlook table does", () => {
    // 105 h: low's outstanding 7 → 4.5 → 2 → 0 at the ends of months 1 to 4
    expect(findings.map((finding) => finding.text)).toContain(
      "Outlook, More staff: the backlog at every risk level is cleared in 4 months and stays clear for the rest of the 12 months.",
    );
  });
});
