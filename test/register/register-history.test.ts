import { describe, expect, it } from "vitest";
import { isoDate } from "../../src/math/calendar-day.js";
import { registerHistory } from "../../src/register/register-history.js";
import { day, person } from "./register-fixture.js";

// A small register counted by hand, as of 31 March 2024 (a leap year), complete from 1 January 2024.
const asOf = day(2024, 3, 31);
const people = Object.freeze([
  person([2023, 6, 1]), // A: indefinite, low: on at every month end
  person([2020, 1, 1], { notificationEnds: day(2024, 3, 31), riskLevel: "medium" }), // B: period ends on the as-of date: on in Jan and Feb, not at 31 March
  person([2024, 2, 29], { riskLevel: "high" }), // C: joins on the leap day, counted at its end
  person([2024, 1, 10], { riskLevel: "very_high", custodyFrom: day(2023, 12, 1), custodyUntil: day(2024, 1, 31) }), // D: released on the last day of January: in the community at its end
  person([2024, 2, 5], { riskLevel: "unassessed", custodyFrom: day(2024, 2, 1), custodyUntil: day(2024, 2, 20) }), // E: registered and released in February
  person([2022, 1, 1], { leftOn: day(2024, 2, 29), leftReason: "died" }), // F: left on the leap day: on at 31 Jan only
  person([2021, 5, 5], { riskLevel: "high", custodyFrom: day(2021, 5, 1), expectedRelease: day(2025, 1, 1) }), // G: in custody throughout
  person([2023, 1, 1], { leftOn: day(2023, 12, 15), leftReason: "moved_away" }), // H: left before the history starts
  person([2024, 3, 31], { notificationEnds: day(2031, 3, 31) }), // I: joins on the as-of date
]);

const noLeavers = { period_ended: 0, died: 0, moved_away: 0, removed_on_review: 0, other: 0 };

describe("registerHistory(people, { asOf, completeFrom })", () => {
  it("counts a small register at each month end as counted by hand", () => {
    const history = registerHistory(people, { asOf, completeFrom: day(2024, 1, 1) });
    expect(history.months.map((month) => ({ ...month, monthEnding: isoDate(month.monthEnding) }))).toEqual([
      {
        // A, B, D, F in the community; G in custody; D joined and was released
        monthEnding: "2024-01-31",
        community: 4,
        custody: 1,
        communityByRiskLevel: { very_high: 1, high: 0, medium: 1, low: 2, unassessed: 0 },
        joiners: 1,
        releases: 1,
        leaversByReason: noLeavers,
      },
      {
        // A, B, C, D, E (F left on the 29th); C and E joined; E released; F died
        monthEnding: "2024-02-29",
        community: 5,
        custody: 1,
        communityByRiskLevel: { very_high: 1, high: 1, medium: 1, low: 1, unassessed: 1 },
        joiners: 2,
        releases: 1,
        leaversByReason: { ...noLeavers, died: 1 },
      },
      {
        // A, C, D, E, I (B's period ended on the 31st); I joined
        monthEnding: "2024-03-31",
        community: 5,
        custody: 1,
        communityByRiskLevel: { very_high: 1, high: 1, medium: 0, low: 2, unassessed: 1 },
        joiners: 1,
        releases: 0,
        leaversByReason: { ...noLeavers, period_ended: 1 },
      },
    ]);
  });

  it("starts by default with the first whole month from the earliest left_on (15 Dec 2023 → January)", () => {
    const history = registerHistory(people, { asOf });
    expect(isoDate(history.completeFrom)).toBe("2023-12-15");
    expect(history.months.map((month) => isoDate(month.monthEnding))).toEqual(["2024-01-31", "2024-02-29", "2024-03-31"]);
  });

  it("includes a month that starts on the completeness date, and ends with the last month over by the as-of date", () => {
    const history = registerHistory([person([2023, 6, 1])], { asOf: day(2024, 3, 30), completeFrom: day(2023, 12, 1) });
    expect(history.months.map((month) => isoDate(month.monthEnding))).toEqual(["2023-12-31", "2024-01-31", "2024-02-29"]);
  });

  it("counts from the earliest registration when nobody has left", () => {
    const history = registerHistory([person([2023, 11, 1]), person([2023, 12, 20])], { asOf: day(2024, 1, 31) });
    expect(history.months.map((month) => [isoDate(month.monthEnding), month.community, month.joiners])).toEqual([
      ["2023-11-30", 1, 1],
      ["2023-12-31", 2, 1],
      ["2024-01-31", 2, 0],
    ]);
  });
});
