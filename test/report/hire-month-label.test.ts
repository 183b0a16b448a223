import { describe, expect, it } from "vitest";
import { hireMonthCode, hireMonthLabel, hireMonthLabels } from "../../src/report/hire-month-label.js";

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

describe("hireMonthLabels(periodEnding, months)", () => {
  it("writes three or more months in a row as the first to the last, and lists the others", () => {
    // months 1–4 of the year ending 31 March 2026 are April to July 2025; 9 is December 2025; 11 and 12 are two in a row, listed
    expect(hireMonthLabels("2026-03-31", [1, 2, 3, 4, 9, 11, 12])).toBe("April 2025 to July 2025, December 2025, February 2026, March 2026");
    expect(hireMonthLabels("2026-03-31", Array.from({ length: 12 }, (_, month) => month + 1))).toBe("April 2025 to March 2026");
    expect(hireMonthLabels("2026-03-31", [])).toBe("");
  });
});
