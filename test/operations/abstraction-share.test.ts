import { describe, expect, it } from "vitest";
import { isLeaveOrSickness, lastCompleteMonth } from "../../src/operations/abstraction-share.js";

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
