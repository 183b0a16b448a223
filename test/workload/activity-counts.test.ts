import { describe, expect, it } from "vitest";
import { activityCounts } from "../../src/workload/activity-counts.js";
import { caseloadByRiskLevel } from "../../src/workload/caseload-by-risk-level.js";
import { handForce, handStandards } from "./hand-checked-rules.js";

describe("activityCounts(caseload, standards)", () => {
  it("counts each kind of work as people × times a year, summed over the groups", () => {
    // groups of 100 very high, 200 high, 300 medium, 200 low active, 200 low reactive
    const counts = activityCounts(caseloadByRiskLevel(1000, handForce), handStandards);
    // visits 100 × 12 + 200 × 4 + 300 × 2 + 200 × 1 + 200 × 0 = 1,200 + 800 + 600 + 200 = 2,800
    expect(counts.visits).toBeCloseTo(2800, 9);
    // ARMS 100 × 2 + 200 × 1 + 300 × 1 + 200 × 1 + 200 × 0 = 900
    expect(counts.armsAssessments).toBeCloseTo(900, 9);
    // RMP reviews 100 × 4 + 200 × 2 + 300 × 1 + 200 × 1 + 200 × 1 = 1,500
    expect(counts.riskManagementPlanReviews).toBeCloseTo(1500, 9);
    // checks 100 × 12 + 200 × 4 + 300 × 2 + 200 × 1 + 200 × 1 = 3,000
    expect(counts.intelligenceChecks).toBeCloseTo(3000, 9);
  });

  it("gives no home visits to people under reactive management", () => {
    const counts = activityCounts({ veryHigh: 0, high: 0, medium: 0, low: 0, lowReactive: 500 }, handStandards);
    expect(counts.visits).toBe(0);
    expect(counts.intelligenceChecks).toBe(500);
  });
});
