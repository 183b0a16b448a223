import { describe, expect, it } from "vitest";
import { ageBand } from "../../src/register/age-band.js";
import { exitRates } from "../../src/register/exit-rates.js";
import { registerHistory } from "../../src/register/register-history.js";
import { day, person } from "./register-fixture.js";

describe("exitRates(people, history, asOf)", () => {
  // History: January to March 2024.
  const asOf = day(2024, 3, 31);
  const people = [
    person([2020, 1, 1], { birthYear: 1990 }), // 34: three person-months under 40, removal included (indefinite)
    person([2020, 1, 1], { birthYear: 1950, notificationEnds: day(2030, 1, 1), leftOn: day(2024, 2, 10), leftReason: "died" }), // 74: one person-month (31 Jan), dies in February
    person([2020, 1, 1], { leftOn: day(2024, 3, 5), leftReason: "removed_on_review" }), // no birth year: two person-months, removed in March
    person([2020, 1, 1], { notificationEnds: day(2024, 1, 20), leftOn: day(2024, 1, 20), leftReason: "period_ended" }), // a foreseen exit: no rate
  ];
  const rates = exitRates(people, registerHistory(people, { asOf, completeFrom: day(2024, 1, 1) }), asOf);
  const rate = (reason: string, band: string) => rates.find((entry) => entry.reason === reason && entry.band === band)!;

  it("divides each reason's leavers by the person-months in the band, as counted by hand", () => {
    expect(rate("died", "60_to_74")).toMatchObject({ leavers: 1, personMonths: 1, monthlyProbability: 1 });
    expect(rate("died", "under_40")).toMatchObject({ leavers: 0, personMonths: 3, monthlyProbability: 0 });
    expect(rate("removed_on_review", "age_not_given")).toMatchObject({ leavers: 1, personMonths: 2, monthlyProbability: 0.5 });
  });

  it("counts only indefinite registrations at risk of removal on review", () => {
    expect(rate("removed_on_review", "60_to_74")).toMatchObject({ personMonths: 0, monthlyProbability: 0 });
    expect(rate("moved_away", "60_to_74").personMonths).toBe(1);
  });

  it("has no rate for periods that ended: those exits come from the dates", () => {
    expect(rates.some((entry) => (entry.reason as string) === "period_ended")).toBe(false);
  });
});

describe("exitRates across a year end", () => {
  // History: November 2023 to February 2024 (four month ends). Born 1984: 39 in 2023, 40 in 2024.
  const asOf = day(2024, 2, 29);
  const people = [
    person([2020, 1, 1], { birthYear: 1984 }), // Nov, Dec under 40; Jan, Feb 40 to 59
    person([2023, 12, 15], { birthYear: 1984, notificationEnds: day(2030, 1, 1), leftOn: day(2024, 2, 10), leftReason: "moved_away" }), // Dec under 40; Jan 40 to 59; moves in February (aged 40)
  ];
  const rates = exitRates(people, registerHistory(people, { asOf, completeFrom: day(2023, 11, 1) }), asOf);
  const rate = (reason: string, band: string) => rates.find((entry) => entry.reason === reason && entry.band === band)!;

  it("counts each month end in the band of its own year, as counted by hand", () => {
    // under 40: first person Nov + Dec, second Dec = 3; 40 to 59: first Jan + Feb, second Jan = 3
    expect(rate("moved_away", "under_40")).toMatchObject({ leavers: 0, personMonths: 3 });
    expect(rate("moved_away", "40_to_59")).toMatchObject({ leavers: 1, personMonths: 3, monthlyProbability: 1 / 3 });
    // removal on review: only the first person (indefinite) is at risk
    expect(rate("removed_on_review", "under_40").personMonths).toBe(2);
    expect(rate("removed_on_review", "40_to_59").personMonths).toBe(2);
  });
});

describe("ageBand(year, birthYear)", () => {
  it.each([
    [2024, 1985, "under_40"],
    [2024, 1984, "40_to_59"],
    [2024, 1965, "40_to_59"],
    [2024, 1964, "60_to_74"],
    [2024, 1949, "75_and_over"],
    [2024, null, "age_not_given"],
  ])("puts someone born in %#'s year in the right band", (year, birthYear, band) => {
    expect(ageBand(year, birthYear)).toBe(band);
  });
});
