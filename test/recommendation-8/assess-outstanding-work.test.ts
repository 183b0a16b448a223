import { describe, expect, it } from "vitest";
import type { OutstandingCell } from "../../src/operations/outstanding-work.js";
import { assessOutstandingWork } from "../../src/recommendation-8/assess-outstanding-work.js";

const rule = { mostDaysOverdueAtVeryHighOrHighRisk: 30, mostDaysOverdueAtMediumOrLowRisk: 90 };

/** Cells of one item type, each given as [risk level, band, count, oldest days overdue]. */
function cells(...given: [OutstandingCell["riskLevel"], OutstandingCell["band"], number | null, number | null][]): OutstandingCell[] {
  return given.map(([riskLevel, band, count, oldestDaysOverdue]) => ({ itemType: "home_visit", riskLevel, band, count, oldestDaysOverdue }));
}

describe("assessOutstandingWork(cells, workItemCount, rule)", () => {
  it("is met with nothing overdue at very high or high risk and lower-risk work within 90 days", () => {
    const result = assessOutstandingWork(cells(["high", "not_yet_due", 5, null], ["low", "overdue_31_to_90_days", 3, 90]), 8, rule);
    expect(result.status).toBe("met");
    expect(result.byRiskLevel).toEqual([
      { riskLevel: "very_high", overdue: 0, oldestDaysOverdue: 0 },
      { riskLevel: "high", overdue: 0, oldestDaysOverdue: 0 },
      { riskLevel: "medium", overdue: 0, oldestDaysOverdue: 0 },
      { riskLevel: "low", overdue: 3, oldestDaysOverdue: 90 },
    ]);
  });

  it("is at risk with a high-risk item overdue but within 30 days (30 itself included)", () => {
    expect(assessOutstandingWork(cells(["high", "overdue_1_to_30_days", 1, 30]), 1, rule).status).toBe("at_risk");
  });

  it("is at risk with a low-risk item 91 days overdue", () => {
    expect(assessOutstandingWork(cells(["low", "overdue_over_90_days", 1, 91]), 1, rule).status).toBe("at_risk");
  });

  it("is not met with a very high risk item 31 days overdue", () => {
    const result = assessOutstandingWork(cells(["very_high", "overdue_31_to_90_days", 2, 31], ["very_high", "overdue_1_to_30_days", 1, 4]), 3, rule);
    expect(result.status).toBe("not_met");
    expect(result.byRiskLevel[0]).toEqual({ riskLevel: "very_high", overdue: 3, oldestDaysOverdue: 31 });
  });

  it("says no data without work items, or with a count hidden by suppression", () => {
    expect(assessOutstandingWork([], 0, rule).status).toBe("no_data");
    expect(assessOutstandingWork(cells(["high", "overdue_1_to_30_days", null, null]), 4, rule).status).toBe("no_data");
  });
});
