import { describe, expect, it } from "vitest";
import { firstHireMonth } from "../../src/scenarios/first-hire-month.js";

describe("firstHireMonth(lastRecordedPeriodEnding, noHireBefore)", () => {
  // The history ends 31 March 2025, so the forecast's month 0 is April 2025, month 12 April 2026.
  it.each([
    ["2026-03-31", 12, "the last day of March: the first month starting on or after it is April 2026"],
    ["2026-04-01", 12, "the first day of April 2026: April itself"],
    ["2026-04-02", 13, "a day into April 2026: May 2026"],
    ["2025-04-01", 0, "the forecast's first day: its first month"],
    ["2025-03-31", 0, "the history's last day: the forecast's first month"],
    ["2019-07-15", 0, "years before the forecast: its first month, never a negative month"],
    ["2025-12-25", 9, "Christmas 2025: January 2026, nine months after April 2025"],
    ["2030-03-01", 59, "the first day of March 2030: the 60th month, the last of five years"],
    ["2030-03-02", 60, "a day later: past the fifth year's months, for the caller to refuse"],
  ])("no hire before %s: month %i (%s)", (date, month) => {
    expect(firstHireMonth("2025-03-31", date)).toBe(month);
  });

  it("counts from the month after a year end that is not in March", () => {
    // years ending 31 December: month 0 is January 2025; no hire before 15 February 2025 gives March, month 2
    expect(firstHireMonth("2024-12-31", "2025-02-15")).toBe(2);
  });
});
