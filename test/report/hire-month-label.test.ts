import { describe, expect, it } from "vitest";
import { hireMonthCode, hireMonthLabel } from "../../src/report/hire-month-label.js";

describe("hireMonthLabel(periodEnding, month)", () => {
  it("names April as month 1 of a year ending 31 March, and March as month 12", () => {
    expect(hireMonthLabel("2027-03-31", 1)).toBe("April 2026");
    expect(hireMonthLabel("2027-03-31", 9)).toBe("December 2026");
    expect(hireMonthLabel("2027-03-31", 10)).toBe("January 2027");
    expect(hireMonthLabel("2027-03-31", 12)).toBe("March 2027");
  });

  it("names January as month 1 of a calendar year", () => {
    expect(hireMonthLabel("2026-12-31", 1)).toBe("January 2026");
    expect(hireMonthCode("2026-12-31", 12)).toBe("2026-12");
    expect(hireMonthCode("2027-03-31", 1)).toBe("2026-04");
  });
});
