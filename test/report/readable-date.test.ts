import { describe, expect, it } from "vitest";
import { dayAndMonth, readableDate, yearOf } from "../../src/report/readable-date.js";

describe("readableDate(isoDate)", () => {
  it("writes 2026-03-31 as 31 March 2026 and 2024-12-01 as 1 December 2024", () => {
    expect(readableDate("2026-03-31")).toBe("31 March 2026");
    expect(readableDate("2024-12-01")).toBe("1 December 2024");
  });
});

describe("dayAndMonth(isoDate) and yearOf(isoDate)", () => {
  it("split 2025-03-31 into 31 March and 2025", () => {
    expect(dayAndMonth("2025-03-31")).toBe("31 March");
    expect(yearOf("2025-03-31")).toBe(2025);
  });
});
