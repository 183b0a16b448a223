import { describe, expect, it } from "vitest";
import { monthEndCaseload } from "../../src/scenarios/month-end-caseload.js";

describe("monthEndCaseload(lastRecorded, yearEnds)", () => {
  it("runs on a straight line from the last recorded year end to each forecast year end", () => {
    const months = monthEndCaseload(1000, [1120, 1000]);
    expect(months).toHaveLength(24);
    // 1,000 + 120 × k/12 = 1,000 + 10k in the first year
    expect(months.slice(0, 12)).toEqual([1010, 1020, 1030, 1040, 1050, 1060, 1070, 1080, 1090, 1100, 1110, 1120]);
    // 1,120 − 10j in the second
    expect(months[12]).toBeCloseTo(1110, 12);
    expect(months[17]).toBeCloseTo(1060, 12);
    expect(months[23]).toBe(1000);
  });
});
