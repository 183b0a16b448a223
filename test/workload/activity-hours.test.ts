import { describe, expect, it } from "vitest";
import { activityHours } from "../../src/workload/activity-hours.js";
import { handStandards } from "./hand-checked-rules.js";

const counts = Object.freeze({ visits: 2800, armsAssessments: 900, riskManagementPlanReviews: 1500, intelligenceChecks: 3000 });

describe("activityHours(counts, peopleInCustody, standards)", () => {
  it("counts visits in pairs, the other work once, adds the responsive allowance and custody work", () => {
    const hours = activityHours(counts, 100, handStandards);
    // 2,800 visits × 2 staff × 3 h = 16,800 h
    expect(hours.visits).toBeCloseTo(16_800, 9);
    // 900 ARMS × 5 h = 4,500 h
    expect(hours.armsAssessments).toBeCloseTo(4500, 9);
    // 1,500 RMP reviews × 1.5 h = 2,250 h
    expect(hours.riskManagementPlanReviews).toBeCloseTo(2250, 9);
    // 3,000 checks × 20 min ÷ 60 = 1,000 h
    expect(hours.intelligenceChecks).toBeCloseTo(1000, 9);
    // 16,800 + 4,500 + 2,250 + 1,000 = 24,550 h scheduled; × 0.2 = 4,910 h responsive
    expect(hours.scheduled).toBeCloseTo(24_550, 9);
    expect(hours.responsive).toBeCloseTo(4910, 9);
    // 100 in custody × 4 h = 400 h; total 24,550 + 4,910 + 400 = 29,860 h
    expect(hours.custody).toBeCloseTo(400, 9);
    expect(hours.total).toBeCloseTo(29_860, 9);
  });

  it("single-crewed visits would take half the visit hours: staff per visit multiplies", () => {
    const single = activityHours(counts, 0, { ...handStandards, homeVisit: { staffPerVisit: 1, hoursPerVisit: 3 } });
    // 2,800 × 1 × 3 = 8,400 h
    expect(single.visits).toBeCloseTo(8400, 9);
  });

  it("needs no case hours for no work and no one in custody", () => {
    const hours = activityHours({ visits: 0, armsAssessments: 0, riskManagementPlanReviews: 0, intelligenceChecks: 0 }, 0, handStandards);
    expect(hours.total).toBe(0);
  });
});
