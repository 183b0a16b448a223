import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { abstractionColumns, parseAbstractions } from "../../src/inputs/abstractions.js";
import { parseCsvTable } from "../../src/inputs/csv-table.js";
import { calendarDay } from "../../src/math/calendar-day.js";

const asOf = calendarDay(2025, 3, 31);

function parse(...lines: string[]) {
  const text = ["date,staff_ref,hours,reason", ...lines].join("\n");
  return parseAbstractions("away.csv", parseCsvTable("away.csv", text, abstractionColumns), { asOf });
}

describe("parseAbstractions(file, rows, { asOf })", () => {
  it("numbers staff in order of first appearance and keeps no staff_ref", () => {
    const abstractions = parse("2025-03-03,DC Jones,7.5,Annual  Leave", "04/03/2025,PS Patel,3,training", "2025-03-05,DC Jones,24,other_duties");
    expect(abstractions).toEqual([
      { day: calendarDay(2025, 3, 3), staffNumber: 0, hours: 7.5, reason: "annual leave" },
      { day: calendarDay(2025, 3, 4), staffNumber: 1, hours: 3, reason: "training" },
      { day: calendarDay(2025, 3, 5), staffNumber: 0, hours: 24, reason: "other_duties" },
    ]);
    expect(JSON.stringify(abstractions)).not.toMatch(/Jones|Patel/);
  });

  const hoursExpected = "hours away from cases that day, a number above 0 and at most 24, such as 7.5";
  it.each([
    ["31/02/2025,A,1,training", `away.csv, line 2, column date: expected a date written YYYY-MM-DD or DD/MM/YYYY, such as 2025-03-31 or 31/03/2025; found "31/02/2025"`],
    ["2025-04-01,A,1,training", `away.csv, line 2, column date: expected a date on or before the --as-of date 2025-03-31; found "2025-04-01"`],
    ["2025-03-01,,1,training", `away.csv, line 2, column staff_ref: expected a reference for the member of staff, such as OM-17; found ""`],
    ["2025-03-01,A,,training", `away.csv, line 2, column hours: expected ${hoursExpected}; found ""`],
    ["2025-03-01,A,0,training", `away.csv, line 2, column hours: expected ${hoursExpected}; found "0"`],
    ["2025-03-01,A,24.5,training", `away.csv, line 2, column hours: expected ${hoursExpected}; found "24.5"`],
    ["2025-03-01,A,7:30,training", `away.csv, line 2, column hours: expected ${hoursExpected}; found "7:30"`],
    ["2025-03-01,A,-1,training", `away.csv, line 2, column hours: expected ${hoursExpected}; found "-1"`],
    ["2025-03-01,A,1,", `away.csv, line 2, column reason: expected a category of up to 40 letters, digits, spaces, underscores, hyphens, slashes or ampersands, such as annual_leave; found ""`],
    ["2025-03-01,A,1,=cmd()", `away.csv, line 2, column reason: expected a category of up to 40 letters, digits, spaces, underscores, hyphens, slashes or ampersands, such as annual_leave; found "=cmd()"`],
  ])("refuses %j", (line, message) => {
    expect(() => parse(line)).toThrow(new InputError(message));
  });
});
