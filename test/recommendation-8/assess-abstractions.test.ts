import { describe, expect, it } from "vitest";
import { allReasons, type AbstractionMeasures, type AbstractionRow } from "../../src/operations/abstractions.js";
import { assessAbstractions } from "../../src/recommendation-8/assess-abstractions.js";


function rows(month: string, hours: Record<string, number>): AbstractionRow[] {
  const total = Object.values(hours).reduce((sum, value) => sum + value, 0);
  return [allReasons, ...Object.keys(hours)].map((reason) => ({
    month,
    reason,
    hours: reason === allReasons ? total : hours[reason],
    shareOfAvailableHours: null,
    staffAbstracted: 1,
    staffRegularlyAbstracted: 0,
  }));
}

// two complete months (February and March 2026) of a team with 1,000 hours available a month
const twoMonths: AbstractionMeasures = {
  rows: [
    ...rows("2026-02", { annual_leave: 100, other_duties: 40, sickness: 20, training: 30 }),
    ...rows("2026-03", { annual_leave: 80, other_duties: 60, sickness: 10, training: 20 }),
  ],
  regularlyAbstracted: [
    { reason: allReasons, staff: 5 },
    { reason: "annual_leave", staff: 3 },
    { reason: "other_duties", staff: 0 },
  ],
};
// the profile assumes 5% training and 2.5% other duties: 7.5% without leave and sickness
const assumed = { leaveShare: 0.12, trainingShare: 0.05, sicknessShare: 0.04, abstractionShare: 0.025 };
const context = { asOf: "2026-03-31", availableHoursPerMonth: 1000, assumed };

describe("assessAbstractions(measures, context)", () => {
  it("gives the shares with and without leave and sickness, by hand", () => {
    const result = assessAbstractions(twoMonths, context);
    // all reasons: 190 + 170 = 360 h of 2,000 h = 18%; without leave and sickness: 70 + 80 = 150 h = 7.5%,
    // against the profile's training and abstraction shares, 5% + 2.5% = 7.5%
    expect(result.months).toEqual(["2026-02", "2026-03"]);
    expect(result.shareAllReasons).toBeCloseTo(0.18, 12);
    expect(result.shareWithoutLeaveAndSickness).toBeCloseTo(0.075, 12);
    expect(result.assumedShareWithoutLeaveAndSickness).toBeCloseTo(0.075, 12);
  });

  it("is met at exactly the assumed share, with nobody regularly abstracted for other duties", () => {
    expect(assessAbstractions(twoMonths, context).status).toBe("met");
  });

  it("is not met just above the assumed share", () => {
    expect(assessAbstractions(twoMonths, { ...context, assumed: { ...assumed, abstractionShare: 0.0249 } }).status).toBe("not_met");
  });

  it("does not count staff in training three months running as regular abstraction to other duties", () => {
    const training = { ...twoMonths, regularlyAbstracted: [...twoMonths.regularlyAbstracted, { reason: "training", staff: 3 }] };
    expect(assessAbstractions(training, context).status).toBe("met");
  });

  it("is at risk when someone was abstracted for other duties three months running, leave not counted", () => {
    const regular = { ...twoMonths, regularlyAbstracted: [...twoMonths.regularlyAbstracted.slice(0, 2), { reason: "other_duties", staff: 1 }] };
    const result = assessAbstractions(regular, context);
    expect(result.status).toBe("at_risk");
    expect(result.regularOtherDuties).toEqual([{ reason: "other_duties", staff: 1 }]);
  });

  it("says no data without an extract, without hours available, or with hours hidden", () => {
    expect(assessAbstractions(null, context).status).toBe("no_data");
    expect(assessAbstractions(twoMonths, { ...context, availableHoursPerMonth: null }).status).toBe("no_data");
    expect(assessAbstractions(twoMonths, { ...context, assumed: null }).status).toBe("no_data");
    const hidden = { ...twoMonths, rows: twoMonths.rows.map((row) => (row.reason === "sickness" ? { ...row, hours: null } : row)) };
    expect(assessAbstractions(hidden, context).status).toBe("no_data");
  });

  it("leaves the incomplete as-of month out", () => {
    const result = assessAbstractions(twoMonths, { ...context, asOf: "2026-03-30" });
    // February alone: 190 h of 1,000 h
    expect(result.months).toEqual(["2026-02"]);
    expect(result.shareAllReasons).toBeCloseTo(0.19, 12);
  });
});
