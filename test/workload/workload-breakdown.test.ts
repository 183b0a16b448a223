import { describe, expect, it } from "vitest";
import { activityCounts } from "../../src/workload/activity-counts.js";
import { activityHours } from "../../src/workload/activity-hours.js";
import { workloadBreakdown } from "../../src/workload/workload-breakdown.js";
import type { WorkloadStandardValues } from "../../src/workload/staffing-rules.js";

const work = (visitsPerYear: number, armsAssessmentsPerYear: number, riskManagementPlanReviewsPerYear: number, intelligenceChecksPerYear: number) => ({
  visitsPerYear,
  armsAssessmentsPerYear,
  riskManagementPlanReviewsPerYear,
  intelligenceChecksPerYear,
});
const standards: WorkloadStandardValues = {
  riskLevels: { veryHigh: work(12, 2, 4, 12), high: work(4, 1.5, 2, 4), medium: work(2, 1, 1, 2), low: work(1, 1, 1, 1), lowReactive: work(0, 0, 1, 1) },
  homeVisit: { staffPerVisit: 2, hoursPerVisit: 3 },
  armsAssessment: { hoursEach: 5 },
  riskManagementPlanReview: { hoursEach: 1.5 },
  intelligenceCheck: { minutesEach: 20 },
  custody: { hoursPerPersonPerYear: 4 },
  responsiveWork: { allowanceShare: 0.2 },
  supervisorReview: { minutesPerArmsAssessment: 45, minutesPerRiskManagementPlanReview: 30, minutesPerVisit: 10 },
};
const caseload = { veryHigh: 10, high: 90, medium: 150, low: 125, lowReactive: 125 };

describe("workloadBreakdown(caseload, standards)", () => {
  it("counts the very high risk group's hours by hand", () => {
    const [veryHigh] = workloadBreakdown(caseload, standards);
    // 10 people: 120 visits × 2 staff × 3 h = 720 h; 20 ARMS × 5 h = 100 h; 40 RMP reviews × 1.5 h = 60 h;
    // 120 checks × 20 min = 40 h; responsive 20% of 920 h = 184 h
    expect(veryHigh).toEqual({ group: "veryHigh", visits: 720, armsAssessments: 100, riskManagementPlanReviews: 60, intelligenceChecks: 40, responsive: 184 });
  });

  it("adds up to the whole caseload's hours less custody", () => {
    const groups = workloadBreakdown(caseload, standards);
    const whole = activityHours(activityCounts(caseload, standards), 0, standards);
    const sum = (pick: (group: (typeof groups)[number]) => number) => groups.reduce((total, group) => total + pick(group), 0);
    expect(sum((group) => group.visits)).toBeCloseTo(whole.visits, 9);
    expect(sum((group) => group.visits + group.armsAssessments + group.riskManagementPlanReviews + group.intelligenceChecks + group.responsive)).toBeCloseTo(
      whole.scheduled + whole.responsive,
      9,
    );
  });
});
