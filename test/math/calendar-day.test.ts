import { describe, expect, it } from "vitest";
import { calendarDay, dateParts, dayOfWeek, daysInMonth, isoDate, monthsBetween, yearMonth } from "../../src/math/calendar-day.js";

describe("calendarDay(year, month, dayOfMonth)", () => {
  it("counts days from 1 January 1970", () => {
    expect(calendarDay(1970, 1, 1)).toBe(0);
    // 2024-03-31 is 54 years on: 54 × 365 + 13 leap days (1972 … 2020) = 19,723, + 31 + 29 + 30 = 19,813
    expect(calendarDay(2024, 3, 31)).toBe(19_813);
  });

  it("makes days overdue a subtraction across a leap day: 2024-02-28 to 2024-03-01 is 2 days", () => {
    expect(calendarDay(2024, 3, 1) - calendarDay(2024, 2, 28)).toBe(2);
    expect(calendarDay(2025, 3, 1) - calendarDay(2025, 2, 28)).toBe(1);
  });

  it("round-trips through dateParts, isoDate and yearMonth", () => {
    const day = calendarDay(2026, 10, 31);
    expect(dateParts(day)).toEqual({ year: 2026, month: 10, dayOfMonth: 31 });
    expect(isoDate(day)).toBe("2026-10-31");
    expect(yearMonth(day)).toBe("2026-10");
  });
});

describe("daysInMonth(year, month)", () => {
  it.each([
    [2025, 2, 28],
    [2024, 2, 29],
    [2000, 2, 29],
    [1900, 2, 28],
    [2025, 4, 30],
    [2025, 12, 31],
  ])("%i-%i has %i days", (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe("monthsBetween(first, last)", () => {
  it("runs across a year end", () => {
    expect(monthsBetween("2024-11", "2025-02")).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
  });

  it("is empty when last comes first", () => {
    expect(monthsBetween("2025-02", "2025-01")).toEqual([]);
  });
});

describe("dayOfWeek(day)", () => {
  it("knows 31 October 2026 is a Saturday and 1 January 1970 a Thursday", () => {
    expect(dayOfWeek(calendarDay(2026, 10, 31))).toBe(6);
    expect(dayOfWeek(0)).toBe(4);
    expect(dayOfWeek(calendarDay(1969, 12, 28))).toBe(0);
  });
});

describe("calendarDay and dateParts against JavaScript's own Date", () => {
  it("agree with Date.UTC on every day from 1900 to 2200", () => {
    const first = Date.UTC(1900, 0, 1) / 86_400_000;
    const last = Date.UTC(2200, 11, 31) / 86_400_000;
    let disagreements = 0;
    for (let day = first; day <= last; day++) {
      const date = new Date(day * 86_400_000);
      const expected = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, dayOfMonth: date.getUTCDate() };
      const parts = dateParts(day);
      if (parts.year !== expected.year || parts.month !== expected.month || parts.dayOfMonth !== expected.dayOfMonth) disagreements++;
      if (calendarDay(expected.year, expected.month, expected.dayOfMonth) !== day) disagreements++;
      if (isoDate(day) !== date.toISOString().slice(0, 10)) disagreements++;
    }
    expect(disagreements).toBe(0);
  });
});
