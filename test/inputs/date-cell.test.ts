import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDateCell } from "../../src/inputs/date-cell.js";
import { calendarDay } from "../../src/math/calendar-day.js";

describe("parseDateCell(text)", () => {
  it.each([
    ["2025-03-31", [2025, 3, 31]],
    ["31/03/2025", [2025, 3, 31]],
    ["03/04/2025", [2025, 4, 3]],
    ["3/4/2025", [2025, 4, 3]],
    ["29/02/2024", [2024, 2, 29]],
  ])("reads %s as %j (day first in the UK form)", (text, [year, month, day]) => {
    expect(parseDateCell(text)).toBe(calendarDay(year, month, day));
  });

  it.each(["", "2025-3-31", "2025-02-29", "29/02/2025", "31/04/2025", "13/13/2025", "2025/03/31", "31-03-2025", "01/01/0202", "45000", "2025-03-31T00:00"])(
    "refuses %j",
    (text) => {
      expect(parseDateCell(text)).toBeUndefined();
    },
  );

  it("accepts 1 January 1900 and refuses the day before it, in either form", () => {
    expect(parseDateCell("1900-01-01")).toBe(calendarDay(1900, 1, 1));
    expect(parseDateCell("1/1/1900")).toBe(calendarDay(1900, 1, 1));
    expect(parseDateCell("1899-12-31")).toBeUndefined();
    expect(parseDateCell("31/12/1899")).toBeUndefined();
  });

  it("reads any day from 1800 to 2200 in either form as the days since 1970 that Date.UTC counts, and none before 1900", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1800, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true }), (date) => {
        const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
        const expected = year < 1900 ? undefined : Math.floor(date.getTime() / 86_400_000);
        const two = (n: number) => String(n).padStart(2, "0");
        return parseDateCell(`${year}-${two(month)}-${two(day)}`) === expected && parseDateCell(`${day}/${month}/${year}`) === expected;
      }),
    );
  });
});
