import { describe, expect, it } from "vitest";
import { calendarDay, isoDate } from "../../src/math/calendar-day.js";
import { oneCalendarMonthAfter } from "../../src/operations/one-calendar-month-after.js";

function after(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return isoDate(oneCalendarMonthAfter(calendarDay(year, month, day)));
}

describe("oneCalendarMonthAfter(day)", () => {
  it.each([
    ["2025-03-15", "2025-04-15", "the same day of the next month"],
    ["2025-01-31", "2025-02-28", "31 January to 28 February in a common year"],
    ["2024-01-31", "2024-02-29", "31 January to 29 February in a leap year"],
    ["2024-01-29", "2024-02-29", "29 January to 29 February in a leap year"],
    ["2025-01-29", "2025-02-28", "29 January to 28 February in a common year"],
    ["2025-01-28", "2025-02-28", "28 January to 28 February"],
    ["2024-02-29", "2024-03-29", "29 February to 29 March, not to 31 March"],
    ["2025-03-31", "2025-04-30", "31 March to 30 April"],
    ["2025-12-31", "2026-01-31", "31 December across the year end"],
    ["2025-12-01", "2026-01-01", "1 December across the year end"],
  ])("%s → %s: %s", (completed, deadline) => {
    expect(after(completed)).toBe(deadline);
  });
});
