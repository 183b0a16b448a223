import { describe, expect, it } from "vitest";
import { oneOffWorkHours } from "../../src/workload/one-off-work.js";
import { handOneOffWork, handStandards } from "./hand-checked-rules.js";

describe("oneOffWorkHours(flows, oneOffWork, standards)", () => {
  const work = oneOffWorkHours({ joiners: 120, releases: 40 }, handOneOffWork, handStandards);

  it("counts the joiners' first ARMS assessment, first visit by every member of staff and initial plan by hand", () => {
    // 120 × 3 h = 360 h; 120 × 2 staff × 2 h = 480 h; 120 × 2 h = 240 h: 120 × (3 + 2 × 2 + 2) = 1,080 h
    expect(work.joining).toEqual({ firstArmsAssessments: 360, firstHomeVisits: 480, initialRiskManagementPlans: 240 });
  });

  it("counts the releases' visit by every member of staff, plan review and ARMS review by hand", () => {
    // 40 × 2 staff × 3 h = 240 h; 40 × 1.5 h = 60 h; 40 × 5 h = 200 h: 40 × 12.5 = 500 h
    expect(work.release).toEqual({ homeVisits: 240, riskManagementPlanReviews: 60, armsReviews: 200 });
  });

  it("adds the six tasks: 1,080 h + 500 h = 1,580 offender-manager hours", () => {
    expect(work.total).toBe(1580);
  });

  it("gives the supervisor one ARMS, one plan and one visit to review for each joiner and each release", () => {
    // (120 + 40) × (45 + 30 + 10 = 85 min) = 13,600 min = 226.6667 h
    expect(work.supervisorReviewHours).toBeCloseTo(13_600 / 60, 9);
  });

  it("puts the number of staff on a visit from the standards' home visits", () => {
    // one staff member: 120 × 1 × 2 h = 240 h and 40 × 1 × 3 h = 120 h
    const alone = oneOffWorkHours({ joiners: 120, releases: 40 }, handOneOffWork, { ...handStandards, homeVisit: { staffPerVisit: 1, hoursPerVisit: 3 } });
    expect([alone.joining.firstHomeVisits, alone.release.homeVisits]).toEqual([240, 120]);
  });

  it("is nothing with no joiners and no releases", () => {
    const none = oneOffWorkHours({ joiners: 0, releases: 0 }, handOneOffWork, handStandards);
    expect([none.total, none.supervisorReviewHours]).toEqual([0, 0]);
  });
});
