import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { parseCsvTable } from "../../src/inputs/csv-table.js";
import { parseWorkItems, workItemColumns } from "../../src/inputs/work-items.js";
import { calendarDay } from "../../src/math/calendar-day.js";

const asOf = calendarDay(2025, 3, 31);
const header = "item_id,item_type,risk_level,due_date,completed_date,reviewed_date";

function parse(...lines: string[]) {
  const text = [header, ...lines].join("\n");
  return parseWorkItems("items.csv", parseCsvTable("items.csv", text, workItemColumns), { asOf });
}

describe("parseWorkItems(file, rows, { asOf })", () => {
  it("reads ISO and UK dates, blanks as not yet done, and drops the item_id", () => {
    const items = parse(
      "WI-1,home_visit,very_high,2025-03-01,28/02/2025,2025-03-05",
      "WI-2,ARMS assessment,Very-High,01/04/2025,,",
    );
    expect(items).toEqual([
      {
        itemType: "home_visit",
        riskLevel: "very_high",
        dueDay: calendarDay(2025, 3, 1),
        completedDay: calendarDay(2025, 2, 28),
        reviewedDay: calendarDay(2025, 3, 5),
      },
      { itemType: "arms_assessment", riskLevel: "very_high", dueDay: calendarDay(2025, 4, 1), completedDay: null, reviewedDay: null },
    ]);
    expect(JSON.stringify(items)).not.toContain("WI-");
  });

  it("accepts a review on the day of completion, and both on the as-of date", () => {
    expect(parse("A,home_visit,low,2025-03-31,2025-03-31,2025-03-31")).toHaveLength(1);
  });

  it.each([
    [",home_visit,low,2025-03-01,,", `items.csv, line 2, column item_id: expected a reference for the item, such as WI-000123; found ""`],
    ["A,visit,low,2025-03-01,,", `items.csv, line 2, column item_type: expected one of arms_assessment, risk_management_plan, home_visit; found "visit"`],
    ["A,home_visit,4,2025-03-01,,", `items.csv, line 2, column risk_level: expected one of very_high, high, medium, low; found "4"`],
    ["A,home_visit,low,,,", `items.csv, line 2, column due_date: expected a date written YYYY-MM-DD or DD/MM/YYYY, such as 2025-03-31 or 31/03/2025; found ""`],
    ["A,home_visit,low,2025-02-29,,", `items.csv, line 2, column due_date: expected a date written YYYY-MM-DD or DD/MM/YYYY, such as 2025-03-31 or 31/03/2025; found "2025-02-29"`],
    ["A,home_visit,low,2025-03-01,03/31/2025,", `items.csv, line 2, column completed_date: expected a date written YYYY-MM-DD or DD/MM/YYYY, such as 2025-03-31 or 31/03/2025, or blank while the item is outstanding; found "03/31/2025"`],
    ["A,home_visit,low,2025-03-01,2025-04-01,", `items.csv, line 2, column completed_date: expected a date on or before the --as-of date 2025-03-31; found "2025-04-01"`],
    ["A,home_visit,low,2025-03-01,2025-03-02,soon", `items.csv, line 2, column reviewed_date: expected a date written YYYY-MM-DD or DD/MM/YYYY, such as 2025-03-31 or 31/03/2025, or blank while not yet reviewed; found "soon"`],
    ["A,home_visit,low,2025-03-01,,2025-03-02", `items.csv, line 2, column reviewed_date: expected a blank cell while completed_date is blank (only completed work is reviewed); found "2025-03-02"`],
    ["A,home_visit,low,2025-03-01,2025-03-10,09/03/2025", `items.csv, line 2, column reviewed_date: expected a date on or after the completed_date 2025-03-10; found "09/03/2025"`],
    ["A,home_visit,low,2025-03-01,2025-03-10,2025-04-01", `items.csv, line 2, column reviewed_date: expected a date on or before the --as-of date 2025-03-31; found "2025-04-01"`],
  ])("refuses %j", (line, message) => {
    expect(() => parse(line)).toThrow(new InputError(message));
  });

  it("refuses a repeated item_id, naming both lines", () => {
    expect(() => parse("A,home_visit,low,2025-03-01,,", "B,home_visit,low,2025-03-01,,", "", "A,home_visit,high,2025-03-01,,")).toThrow(
      new InputError(`items.csv, line 5, column item_id: expected each item_id once; found "A" again, first on line 2`),
    );
  });
});
