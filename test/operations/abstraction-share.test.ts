import { describe, expect, it } from "vitest";
import { isLeaveOrSickness, lastCompleteMonth, monthShareWithoutLeaveAndSickness, staffCountWarning } from "../../src/operations/abstraction-share.js";
import { allReasons } from "../../src/operations/abstractions.js";

describe("lastCompleteMonth(asOf)", () => {
  it.each([
    ["2026-03-31", "2026-03"], // the last day of March: March is complete
    ["2026-03-30", "2026-02"],
    ["2024-02-29", "2024-02"], // a leap year's February ends on the 29th
    ["2025-02-28", "2025-02"],
    ["2024-02-28", "2024-01"],
    ["2026-01-15", "2025-12"],
  ])("as of %s, the last complete month is %s", (asOf, month) => {
    expect(lastCompleteMonth(asOf)).toBe(month);
  });
});

describe("isLeaveOrSickness(reason)", () => {
  it.each(["annual_leave", "annual leave", "Sickness", "sick", "maternity-leave", "bank holiday", "illness"])("counts %s as leave or sickness", (reason) => {
    expect(isLeaveOrSickness(reason)).toBe(true);
  });

  it.each(["other_duties", "training", "court", "aid to other forces", "leaver handover"])("counts %s as time away for other reasons", (reason) => {
    expect(isLeaveOrSickness(reason)).toBe(false);
  });
});

describe("staffCountWarning(file, staffInExtract, offenderManagersInPost)", () => {
  it("warns when the extract names more staff than the profile has in post", () => {
    // 20 people against 15.1 FTE: more than the 16 that 15.1 FTE could be, even part time
    expect(staffCountWarning("a.csv", 20, 15.1)).toBe(
      "a.csv names 20 staff, more than the 15.1 offender managers (FTE) the profile has in post, whose hours the abstraction shares are of: check that the extract and the profile count the same team",
    );
  });

  it("warns when it names fewer", () => {
    expect(staffCountWarning("a.csv", 14, 15.1)).toMatch(/^a\.csv names 14 staff, fewer than the 15\.1 offender managers/);
  });

  it.each([
    [15, 15.1],
    [16, 15.1],
    [10, 10],
  ])("is quiet for %i staff against %f FTE", (staff, inPost) => {
    expect(staffCountWarning("a.csv", staff, inPost)).toBeNull();
  });
});

describe("monthShareWithoutLeaveAndSickness(rows, month, availableHoursPerMonth)", () => {
  const rows = [
    { month: "2026-01", reason: allReasons, hours: 40, shareOfAvailableHours: 0.04, staffAbstracted: 3, staffRegularlyAbstracted: 0 },
    { month: "2026-01", reason: "annual_leave", hours: 15, shareOfAvailableHours: 0.015, staffAbstracted: 2, staffRegularlyAbstracted: 0 },
    { month: "2026-01", reason: "other_duties", hours: 10, shareOfAvailableHours: 0.01, staffAbstracted: 1, staffRegularlyAbstracted: 0 },
    { month: "2026-01", reason: "sickness", hours: 7.5, shareOfAvailableHours: 0.0075, staffAbstracted: 1, staffRegularlyAbstracted: 0 },
    { month: "2026-01", reason: "training", hours: 7.5, shareOfAvailableHours: 0.0075, staffAbstracted: 1, staffRegularlyAbstracted: 0 },
    { month: "2026-02", reason: allReasons, hours: 100, shareOfAvailableHours: 0.1, staffAbstracted: 3, staffRegularlyAbstracted: 0 },
    { month: "2026-02", reason: "other_duties", hours: 100, shareOfAvailableHours: 0.1, staffAbstracted: 3, staffRegularlyAbstracted: 0 },
  ];

  it("takes other duties and training, not annual leave and sickness, of the one month asked for", () => {
    // January: (10 + 7.5) ÷ 1,000 = 0.0175, though every reason took 40 ÷ 1,000 = 0.04
    expect(monthShareWithoutLeaveAndSickness(rows, "2026-01", 1000)).toBeCloseTo(0.0175, 12);
    expect(monthShareWithoutLeaveAndSickness(rows, "2026-02", 1000)).toBeCloseTo(0.1, 12);
  });

  it("gives none without hours available, or when a reason's hours are hidden", () => {
    expect(monthShareWithoutLeaveAndSickness(rows, "2026-01", null)).toBeNull();
    const hidden = rows.map((row) => (row.reason === "sickness" ? { ...row, hours: null, shareOfAvailableHours: null } : row));
    expect(monthShareWithoutLeaveAndSickness(hidden, "2026-01", 1000)).toBeNull();
  });
});
