import { describe, expect, it } from "vitest";
import { latenessBand, outstandingWork } from "../../src/operations/outstanding-work.js";
import { day, item } from "./work-item-fixture.js";

const asOf = day("2025-03-31");
// days overdue on 2025-03-31, counted by hand
const items = Object.freeze([
  item("home_visit", "very_high", "2025-03-31"), // 0: due today, not yet due
  item("home_visit", "very_high", "2025-04-15"), // −15: not yet due
  item("home_visit", "very_high", "2025-03-30"), // 1
  item("home_visit", "very_high", "2025-03-01"), // 30 (31 − 1)
  item("home_visit", "very_high", "2025-02-28"), // 31
  item("home_visit", "high", "2024-12-31"), // 90 = 31 (Jan) + 28 (Feb) + 31 (Mar)
  item("home_visit", "high", "2024-12-30"), // 91
  item("risk_management_plan", "medium", "2023-03-31"), // 731 = 366 (to 2024-03-31, over 29 Feb) + 365
  item("arms_assessment", "low", "2024-01-01", "2024-02-01"), // completed: not outstanding
]);

function cell(cells: ReturnType<typeof outstandingWork>, itemType: string, riskLevel: string, band: string) {
  return cells.find((c) => c.itemType === itemType && c.riskLevel === riskLevel && c.band === band);
}

describe("latenessBand(daysOverdue)", () => {
  it.each([
    [-5, "not_yet_due"],
    [0, "not_yet_due"],
    [1, "overdue_1_to_30_days"],
    [30, "overdue_1_to_30_days"],
    [31, "overdue_31_to_90_days"],
    [90, "overdue_31_to_90_days"],
    [91, "overdue_over_90_days"],
  ])("puts %i days overdue in %s", (days, band) => {
    expect(latenessBand(days)).toBe(band);
  });
});

describe("outstandingWork(items, { asOf, suppressBelow })", () => {
  it("counts outstanding items by type, risk level and band, with the oldest per cell", () => {
    const cells = outstandingWork(items, { asOf });

    expect(cell(cells, "home_visit", "very_high", "not_yet_due")).toMatchObject({ count: 2, oldestDaysOverdue: null });
    expect(cell(cells, "home_visit", "very_high", "overdue_1_to_30_days")).toMatchObject({ count: 2, oldestDaysOverdue: 30 });
    expect(cell(cells, "home_visit", "very_high", "overdue_31_to_90_days")).toMatchObject({ count: 1, oldestDaysOverdue: 31 });
    expect(cell(cells, "home_visit", "very_high", "overdue_over_90_days")).toMatchObject({ count: 0, oldestDaysOverdue: null });
    expect(cell(cells, "home_visit", "high", "overdue_31_to_90_days")).toMatchObject({ count: 1, oldestDaysOverdue: 90 });
    expect(cell(cells, "home_visit", "high", "overdue_over_90_days")).toMatchObject({ count: 1, oldestDaysOverdue: 91 });
    expect(cell(cells, "risk_management_plan", "medium", "overdue_over_90_days")).toMatchObject({ count: 1, oldestDaysOverdue: 731 });
  });

  it("gives all 48 cells, and their counts add up to the 8 outstanding items", () => {
    const cells = outstandingWork(items, { asOf });
    expect(cells).toHaveLength(3 * 4 * 4);
    expect(cells.reduce((sum, c) => sum + (c.count ?? 0), 0)).toBe(8);
    expect(cells[0]).toMatchObject({ itemType: "arms_assessment", riskLevel: "very_high", band: "not_yet_due", count: 0 });
  });

  it("hides counts below the threshold with their oldest item, and keeps counts at it", () => {
    const cells = outstandingWork(items, { asOf, suppressBelow: 2 });
    expect(cell(cells, "home_visit", "very_high", "overdue_1_to_30_days")).toMatchObject({ count: 2, oldestDaysOverdue: 30 });
    expect(cell(cells, "home_visit", "high", "overdue_over_90_days")).toMatchObject({ count: null, oldestDaysOverdue: null });
    expect(cell(cells, "home_visit", "high", "overdue_1_to_30_days")).toMatchObject({ count: 0 });
  });
});
