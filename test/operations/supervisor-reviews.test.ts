import { describe, expect, it } from "vitest";
import { supervisorReviews } from "../../src/operations/supervisor-reviews.js";
import { day, item } from "./work-item-fixture.js";

function row(rows: ReturnType<typeof supervisorReviews>, itemType: string, month: string) {
  return rows.find((r) => r.itemType === itemType && r.month === month);
}

describe("supervisorReviews(items, { asOf, suppressBelow })", () => {
  // 2025 is a common year: one calendar month after 31 January is 28 February
  const items = Object.freeze([
    item("home_visit", "high", "2025-01-31", "2025-01-31", "2025-02-28"), // within: on the last day
    item("home_visit", "high", "2025-01-31", "2025-01-31", "2025-03-01"), // after: a day late
    item("home_visit", "high", "2025-01-31", "2025-01-31"), // unreviewed, month over on 28 Feb
    item("arms_assessment", "high", "2025-01-15", "2025-01-15", "2025-01-15"), // within: the same day
    item("home_visit", "low", "2025-02-28", "2025-02-28", "2025-03-28"), // within: 28 Feb → 28 Mar
    item("home_visit", "low", "2025-02-28", "2025-02-28", "2025-03-29"), // after
    item("home_visit", "low", "2025-03-01", "2025-03-01"), // month runs to 1 April: not over on 31 March
    item("home_visit", "low", "2025-03-31"), // outstanding: not counted
  ]);

  it("sorts completed items into reviewed within one month, after, unreviewed and not yet judged", () => {
    const rows = supervisorReviews(items, { asOf: day("2025-03-31") });
    expect(row(rows, "home_visit", "2025-01")).toEqual({
      itemType: "home_visit",
      month: "2025-01",
      completed: 3,
      reviewedWithinOneMonth: 1,
      reviewedAfterOneMonth: 1,
      unreviewedAfterOneMonth: 1,
      reviewMonthNotOver: 0,
      shareReviewedWithinOneMonth: 1 / 3,
    });
    expect(row(rows, "arms_assessment", "2025-01")).toMatchObject({ completed: 1, reviewedWithinOneMonth: 1, shareReviewedWithinOneMonth: 1 });
    expect(row(rows, "home_visit", "2025-02")).toMatchObject({ completed: 2, reviewedWithinOneMonth: 1, reviewedAfterOneMonth: 1, shareReviewedWithinOneMonth: 0.5 });
    expect(row(rows, "home_visit", "2025-03")).toMatchObject({ completed: 1, reviewMonthNotOver: 1, shareReviewedWithinOneMonth: null });
    expect(rows).toHaveLength(3 * 3);
  });

  it("gives 31 January until 29 February in a leap year", () => {
    const rows = supervisorReviews(
      [
        item("risk_management_plan", "medium", "2024-01-31", "2024-01-31", "2024-02-29"),
        item("risk_management_plan", "medium", "2024-01-31", "2024-01-31", "2024-03-01"),
      ],
      { asOf: day("2024-03-31") },
    );
    expect(row(rows, "risk_management_plan", "2024-01")).toMatchObject({ reviewedWithinOneMonth: 1, reviewedAfterOneMonth: 1 });
  });

  it("does not judge an item whose month ends on the as-of date, reviewed or not, but judges one that ended the day before", () => {
    const rows = supervisorReviews(
      [
        item("home_visit", "low", "2024-01-31", "2024-01-31"), // last day 29 Feb = as-of: not over
        item("home_visit", "low", "2024-01-30", "2024-01-30", "2024-02-20"), // last day 29 Feb = as-of: not over
        item("home_visit", "low", "2024-01-28", "2024-01-28"), // last day 28 Feb, before the as-of date: unreviewed
      ],
      { asOf: day("2024-02-29") },
    );
    expect(row(rows, "home_visit", "2024-01")).toMatchObject({ completed: 3, reviewMonthNotOver: 2, unreviewedAfterOneMonth: 1, shareReviewedWithinOneMonth: 0 });
  });

  it("hides a small count with one more part of its row and the share", () => {
    const rows = supervisorReviews(items, { asOf: day("2025-03-31"), suppressBelow: 2 });
    // February: completed 2 shown; parts 1, 1, 0, 0: the two 1s hidden, so no secondary
    expect(row(rows, "home_visit", "2025-02")).toMatchObject({
      completed: 2,
      reviewedWithinOneMonth: null,
      reviewedAfterOneMonth: null,
      unreviewedAfterOneMonth: 0,
      reviewMonthNotOver: 0,
      shareReviewedWithinOneMonth: null,
    });
    // January ARMS: 1 completed, hidden with every part
    expect(row(rows, "arms_assessment", "2025-01")).toMatchObject({ completed: null, reviewedWithinOneMonth: null, reviewMonthNotOver: null });
  });
});
