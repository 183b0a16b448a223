import { describe, expect, it } from "vitest";
import { type Abstraction, abstractionMeasures, allReasons } from "../../src/operations/abstractions.js";
import { day } from "./work-item-fixture.js";

const staff = { A: 0, B: 1, C: 2 };
function away(date: string, who: keyof typeof staff, hours: number, reason: string): Abstraction {
  return { day: day(date), staffNumber: staff[who], hours, reason };
}

const abstractions = Object.freeze([
  away("2025-01-10", "A", 4, "other duties"),
  away("2025-02-03", "A", 3, "other duties"),
  away("2025-03-31", "A", 7.5, "other duties"), // A: other duties in Jan, Feb, Mar: regular in March
  away("2025-04-01", "A", 7.5, "annual leave"), // A: some abstraction in Jan–Apr: regular in March and April
  away("2025-01-20", "B", 7.5, "other duties"),
  away("2025-03-03", "B", 7.5, "other duties"), // B: other duties Jan and Mar, not Feb: not regular for it
  away("2025-02-10", "B", 7.5, "sickness"), // …but some abstraction in Jan, Feb, Mar: regular over all reasons
  away("2025-04-30", "C", 3.5, "training"),
]);

function row(rows: ReturnType<typeof abstractionMeasures>["rows"], month: string, reason: string) {
  return rows.find((r) => r.month === month && r.reason === reason);
}

describe("abstractionMeasures(abstractions, { asOf, availableHoursPerMonth, suppressBelow })", () => {
  const { rows, regularlyAbstracted } = abstractionMeasures(abstractions, { asOf: day("2025-04-30"), availableHoursPerMonth: 1000 });

  it("adds hours by month and reason, as a share of the hours available", () => {
    // January: 4 + 7.5 = 11.5 h of 1,000
    expect(row(rows, "2025-01", allReasons)).toEqual({
      month: "2025-01",
      reason: allReasons,
      hours: 11.5,
      shareOfAvailableHours: 0.0115,
      staffAbstracted: 2,
      staffRegularlyAbstracted: 0,
    });
    expect(row(rows, "2025-02", "sickness")).toMatchObject({ hours: 7.5, staffAbstracted: 1 });
    expect(row(rows, "2025-04", allReasons)).toMatchObject({ hours: 11, shareOfAvailableHours: 0.011, staffAbstracted: 2 });
    expect(row(rows, "2025-02", "training")).toMatchObject({ hours: 0, staffAbstracted: 0, staffRegularlyAbstracted: 0 });
  });

  it("flags staff abstracted in this month and the two before, for one reason or for any", () => {
    expect(row(rows, "2025-03", "other duties")).toMatchObject({ hours: 15, staffAbstracted: 2, staffRegularlyAbstracted: 1 });
    expect(row(rows, "2025-03", allReasons)).toMatchObject({ staffAbstracted: 2, staffRegularlyAbstracted: 2 });
    expect(row(rows, "2025-04", allReasons)).toMatchObject({ staffRegularlyAbstracted: 1 });
    expect(row(rows, "2025-02", allReasons)).toMatchObject({ staffRegularlyAbstracted: 0 });
    expect(regularlyAbstracted).toEqual([
      { reason: allReasons, staff: 2 },
      { reason: "annual leave", staff: 0 },
      { reason: "other duties", staff: 1 },
      { reason: "sickness", staff: 0 },
      { reason: "training", staff: 0 },
    ]);
  });

  it("gives every month to the as-of month, all reasons first, then each reason alphabetically", () => {
    expect(rows).toHaveLength(4 * 5);
    expect(rows.slice(0, 5).map((r) => r.reason)).toEqual([allReasons, "annual leave", "other duties", "sickness", "training"]);
    expect(rows.at(-1)).toMatchObject({ month: "2025-04", reason: "training", hours: 3.5 });
  });

  it("leaves the share empty without an establishment figure", () => {
    const without = abstractionMeasures(abstractions, { asOf: day("2025-04-30") });
    expect(without.rows.every((r) => r.shareOfAvailableHours === null)).toBe(true);
  });

  it("hides a row about fewer staff than the threshold, hours and all, and a small regular count", () => {
    const hidden = abstractionMeasures(abstractions, { asOf: day("2025-04-30"), availableHoursPerMonth: 1000, suppressBelow: 2 });
    expect(row(hidden.rows, "2025-02", "sickness")).toMatchObject({ hours: null, shareOfAvailableHours: null, staffAbstracted: null, staffRegularlyAbstracted: null });
    expect(row(hidden.rows, "2025-03", "other duties")).toMatchObject({ hours: 15, staffAbstracted: 2, staffRegularlyAbstracted: null });
    expect(hidden.regularlyAbstracted.find((r) => r.reason === "other duties")?.staff).toBeNull();
  });

  it("hides the reason with the fewest hours too when only one reason of a month is hidden", () => {
    const month = [
      away("2025-01-06", "A", 5, "training"),
      away("2025-01-07", "B", 5, "training"),
      away("2025-01-08", "A", 2, "sickness"),
      away("2025-01-09", "A", 10, "other duties"),
      away("2025-01-09", "C", 10, "other duties"),
    ];
    const hidden = abstractionMeasures(month, { asOf: day("2025-01-31"), suppressBelow: 2 });
    // total 32 h shown; sickness (1 person) hidden; training's 10 h is less than other duties' 20 h
    expect(hidden.rows.map((r) => [r.reason, r.hours])).toEqual([
      [allReasons, 32],
      ["other duties", 20],
      ["sickness", null],
      ["training", null],
    ]);
  });
});
