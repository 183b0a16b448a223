import { describe, expect, it } from "vitest";
import type { SupervisorReviewRow } from "../../src/operations/supervisor-reviews.js";
import { assessSupervisorReviews } from "../../src/recommendation-8/assess-supervisor-reviews.js";
import { lastCompleteMonths } from "../../src/recommendation-8/complete-months.js";

const rule = { shareWithinOneMonthMet: 0.95, shareWithinOneMonthAtRisk: 0.85 };

function row(month: string, completed: number, within: number, notOver = 0): SupervisorReviewRow {
  return {
    itemType: "arms_assessment",
    month,
    completed,
    reviewedWithinOneMonth: within,
    reviewedAfterOneMonth: completed - within - notOver,
    unreviewedAfterOneMonth: 0,
    reviewMonthNotOver: notOver,
    shareReviewedWithinOneMonth: null,
  };
}

describe("lastCompleteMonths(asOf, count)", () => {
  it("counts the as-of month when the as-of date is its last day", () => {
    expect(lastCompleteMonths("2026-03-31", 2)).toEqual(["2026-02", "2026-03"]);
    expect(lastCompleteMonths("2024-02-29", 1)).toEqual(["2024-02"]);
  });

  it("leaves the as-of month out on any other day, across a year end", () => {
    expect(lastCompleteMonths("2026-03-30", 1)).toEqual(["2026-02"]);
    expect(lastCompleteMonths("2026-01-15", 2)).toEqual(["2025-11", "2025-12"]);
  });
});

describe("assessSupervisorReviews(rows, asOf, rule)", () => {
  it("is met at exactly 95% and at risk just below", () => {
    // 19 of 20 = 95%; 18 of 20 = 90%
    expect(assessSupervisorReviews([row("2026-03", 20, 19)], "2026-03-31", rule)).toMatchObject({ status: "met", due: 20, reviewedInTime: 19, share: 0.95 });
    expect(assessSupervisorReviews([row("2026-03", 20, 18)], "2026-03-31", rule).status).toBe("at_risk");
  });

  it("is at risk at exactly 85% and not met below", () => {
    // 17 of 20 = 85%; 16 of 20 = 80%
    expect(assessSupervisorReviews([row("2026-02", 20, 17)], "2026-03-31", rule).status).toBe("at_risk");
    expect(assessSupervisorReviews([row("2026-02", 20, 16)], "2026-03-31", rule).status).toBe("not_met");
  });

  it("leaves out work whose month for review is not over, and months before the last twelve", () => {
    // March: 10 completed, 4 not yet due for review, 6 in time; March 2025 is thirteen months back
    const result = assessSupervisorReviews([row("2025-03", 50, 0), row("2026-03", 10, 6, 4)], "2026-03-31", rule);
    expect(result).toMatchObject({ due: 6, reviewedInTime: 6, share: 1, status: "met", fromMonth: "2025-04", toMonth: "2026-03" });
  });

  it("says no data when nothing is due for review, or a count is hidden", () => {
    expect(assessSupervisorReviews([row("2026-03", 4, 0, 4)], "2026-03-31", rule).status).toBe("no_data");
    expect(assessSupervisorReviews([{ ...row("2026-03", 4, 4), completed: null }], "2026-03-31", rule).status).toBe("no_data");
    expect(assessSupervisorReviews([], "2026-03-31", rule).status).toBe("no_data");
  });
});
