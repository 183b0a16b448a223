import { describe, expect, it } from "vitest";
import { onTimeCompletion } from "../../src/operations/on-time-completion.js";
import { day, item } from "./work-item-fixture.js";

const asOf = day("2025-03-31");
const items = Object.freeze([
  item("home_visit", "high", "2025-02-10", "2025-02-10"), // on the due day: on time
  item("home_visit", "low", "2025-02-10", "2025-02-01"), // early: on time
  item("home_visit", "low", "2025-02-28", "2025-03-01"), // a day late
  item("home_visit", "medium", "2025-02-28"), // outstanding
  item("home_visit", "medium", "2025-03-31"), // due on the as-of date, outstanding
  item("home_visit", "medium", "2025-04-01"), // due after the as-of date: not counted
  item("arms_assessment", "very_high", "2025-01-15", "2025-01-20"), // late
]);

function row(rows: ReturnType<typeof onTimeCompletion>, itemType: string, month: string) {
  return rows.find((r) => r.itemType === itemType && r.month === month);
}

describe("onTimeCompletion(items, { asOf, suppressBelow })", () => {
  it("counts items due in each month as on time, late or outstanding", () => {
    const rows = onTimeCompletion(items, { asOf });
    // February: 2 on time of 4 due = 0.5
    expect(row(rows, "home_visit", "2025-02")).toEqual({
      itemType: "home_visit",
      month: "2025-02",
      due: 4,
      completedOnTime: 2,
      completedLate: 1,
      outstanding: 1,
      shareCompletedOnTime: 0.5,
    });
    expect(row(rows, "home_visit", "2025-03")).toMatchObject({ due: 1, outstanding: 1, shareCompletedOnTime: 0 });
    expect(row(rows, "arms_assessment", "2025-01")).toMatchObject({ due: 1, completedLate: 1, shareCompletedOnTime: 0 });
  });

  it("runs from the earliest due month to the as-of month for every type, with no share where nothing was due", () => {
    const rows = onTimeCompletion(items, { asOf });
    expect(rows.map((r) => `${r.month} ${r.itemType}`)).toHaveLength(3 * 3);
    expect(rows[0]).toMatchObject({ month: "2025-01", itemType: "arms_assessment" });
    expect(row(rows, "risk_management_plan", "2025-02")).toMatchObject({ due: 0, shareCompletedOnTime: null });
  });

  it("hides a small part and, when it is the only one, the smallest other part and the share", () => {
    const three = [1, 2, 3].map(() => item("home_visit", "low", "2025-03-10", "2025-03-09"));
    const rows = onTimeCompletion([...three, item("home_visit", "low", "2025-03-10", "2025-03-11")], { asOf, suppressBelow: 2 });
    // parts 3 on time, 1 late, 0 outstanding: 1 is small; 0 is the smallest other, hidden so 4 − 3 cannot give the late count
    expect(row(rows, "home_visit", "2025-03")).toMatchObject({
      due: 4,
      completedOnTime: 3,
      completedLate: null,
      outstanding: null,
      shareCompletedOnTime: null,
    });
  });
});
