import { describe, expect, it } from "vitest";
import { supervisorReviewHours } from "../../src/workload/supervisor-review-hours.js";
import { handStandards } from "./hand-checked-rules.js";

describe("supervisorReviewHours(counts, standards)", () => {
  it("reviews each ARMS assessment, RMP review and visit once, at the standard minutes", () => {
    const counts = { visits: 2800, armsAssessments: 900, riskManagementPlanReviews: 1500, intelligenceChecks: 3000 };
    // (900 × 45 + 1,500 × 30 + 2,800 × 10) min = 40,500 + 45,000 + 28,000 = 113,500 min ÷ 60 = 1,891.6667 h
    expect(supervisorReviewHours(counts, handStandards)).toBeCloseTo(113_500 / 60, 9);
  });

  it("does not review intelligence checks", () => {
    const counts = { visits: 0, armsAssessments: 0, riskManagementPlanReviews: 0, intelligenceChecks: 10_000 };
    expect(supervisorReviewHours(counts, handStandards)).toBe(0);
  });
});
