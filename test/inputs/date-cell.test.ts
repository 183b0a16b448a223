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
});
