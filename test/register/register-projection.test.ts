import { describe, expect, it } from "vitest";
import { isoDate } from "../../src/math/calendar-day.js";
import { quantileR7 } from "../../src/math/quantile-r7.js";
import type { ExitRate } from "../../src/register/exit-rates.js";
import type { JoinerForecast } from "../../src/register/joiner-forecast.js";
import { pathSummaries } from "../../src/register/path-summary.js";
import { projectRegister } from "../../src/register/project-register.js";
import { registerPaths } from "../../src/register/register-projection.js";
import { day, person } from "./register-fixture.js";

const noJoiners: JoinerForecast = { yearlyHistory: [], method: "none", yearlyMean: [0, 0], yearlyLevelDeviation: [0, 0] };

// As of 31 January 2024; every exit known, nobody joins: the projection is exact.
const asOf = day(2024, 1, 31);
const fixed = Object.freeze([
  person([2019, 1, 1]), // A: indefinite, low, in the community throughout
  person([2014, 3, 31], { notificationEnds: day(2024, 3, 31), riskLevel: "medium" }), // B: ends on the last day of March: counted at 29 Feb only
  person([2020, 1, 1], { riskLevel: "high", custodyFrom: day(2020, 1, 1), expectedRelease: day(2024, 4, 30) }), // C: released on the last day of April: community from the April month end
  person([2020, 1, 1], { notificationEnds: day(2024, 6, 10), custodyFrom: day(2020, 1, 1), expectedRelease: day(2024, 6, 15) }), // D: period ends before release: in custody to May, then gone
  person([2024, 1, 31], { notificationEnds: day(2024, 2, 29), riskLevel: "very_high" }), // E: joined on the as-of date, ends on the leap day
  person([2010, 1, 1], { leftOn: day(2020, 1, 1), leftReason: "moved_away" }), // F: left long ago
]);

describe("registerPaths(input)", () => {
  const simulated = registerPaths({ people: fixed, asOf, horizonYears: 1, paths: 25, seed: 5, rates: [], joiners: noJoiners, joinerProfiles: [] });
  const summary = (values: Float64Array) => pathSummaries(values, 25, 12, [80, 95]);

  it("counts every month end as worked out by hand when every exit is known and nobody joins", () => {
    expect(simulated.monthEndings.map(isoDate).slice(0, 3)).toEqual(["2024-02-29", "2024-03-31", "2024-04-30"]);
    // Feb: A, B | C, D;  Mar: A | C, D;  Apr and May: A, C | D;  from June: A, C
    expect(summary(simulated.measures.community).map((month) => month.point)).toEqual([2, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
    expect(summary(simulated.measures.custody).map((month) => month.point)).toEqual([2, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(summary(simulated.measures.community_medium).map((month) => month.point)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(summary(simulated.measures.community_high).map((month) => month.point)).toEqual([0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(summary(simulated.measures.community_very_high).map((month) => month.point)).toEqual(Array(12).fill(0));
    // E leaves in February, B in March, D in June; C is released in April
    expect(summary(simulated.flows.leavers_period_ended).map((month) => month.point)).toEqual([1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(summary(simulated.flows.releases).map((month) => month.point)).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it("gives intervals of zero width when nothing is random", () => {
    for (const month of summary(simulated.measures.community)) {
      for (const interval of month.intervals) expect([interval.lower, interval.upper]).toEqual([month.point, month.point]);
    }
  });

  it("loses people at the learned monthly rate: 1,000 × 0.99¹² = 886.4 expected after a year", () => {
    const people = Array.from({ length: 1000 }, () => person([2015, 1, 1]));
    const rates: ExitRate[] = [{ reason: "died", band: "age_not_given", leavers: 1, personMonths: 100, monthlyProbability: 0.01 }];
    const paths = registerPaths({ people, asOf, horizonYears: 1, paths: 400, seed: 1, rates, joiners: noJoiners, joinerProfiles: [] });
    const [last] = pathSummaries(paths.measures.community, 400, 12, [95]).slice(-1);
    // each path's count is binomial(1000, 0.8864): sd 10.0, so the mean of 400 paths has sd 0.5
    expect(Math.abs(last.point - 1000 * 0.99 ** 12)).toBeLessThan(2);
    const died = pathSummaries(paths.flows.leavers_died, 400, 12, [95]);
    expect(Math.abs(died[0].point - 10)).toBeLessThan(0.5); // 1,000 × 0.01 in the first month
  });

  it("adds joiners at the forecast rate, 120 a year: about 120 after a year, 95% of paths within 120 ± 1.96 × √120", () => {
    const joiners: JoinerForecast = { yearlyHistory: [], method: "test", yearlyMean: [120], yearlyLevelDeviation: [0] };
    const profiles = [{ notificationDays: null, inCustodyOnJoining: false, custodyDays: null, riskLevel: "low" as const, ageOnJoining: null }];
    const paths = registerPaths({ people: [], asOf, horizonYears: 1, paths: 400, seed: 2, rates: [], joiners, joinerProfiles: profiles });
    const [last] = pathSummaries(paths.measures.community_low, 400, 12, [95]).slice(-1);
    expect(Math.abs(last.point - 120)).toBeLessThan(2.5);
    expect(Math.abs(last.intervals[0].lower - (120 - 1.96 * Math.sqrt(120)))).toBeLessThan(4);
    expect(Math.abs(last.intervals[0].upper - (120 + 1.96 * Math.sqrt(120)))).toBeLessThan(4);
  });

  it("puts a joiner who comes into custody and is released within the month in custody flows and the community", () => {
    const joiners: JoinerForecast = { yearlyHistory: [], method: "test", yearlyMean: [1200], yearlyLevelDeviation: [0] };
    const profiles = [{ notificationDays: 3650, inCustodyOnJoining: true, custodyDays: 10, riskLevel: "high" as const, ageOnJoining: null }];
    const paths = registerPaths({ people: [], asOf, horizonYears: 1, paths: 3, seed: 2, rates: [], joiners, joinerProfiles: profiles });
    for (let at = 0; at < 36; at++) {
      expect(paths.measures.custody[at]).toBe(0);
      expect(paths.flows.releases[at]).toBe(paths.flows.joiners[at]);
    }
  });

  it("gives the same numbers for the same seed, and others for another", () => {
    const people = Array.from({ length: 200 }, () => person([2015, 1, 1]));
    const rates: ExitRate[] = [{ reason: "moved_away", band: "age_not_given", leavers: 1, personMonths: 20, monthlyProbability: 0.05 }];
    const run = (seed: number) => registerPaths({ people, asOf, horizonYears: 1, paths: 20, seed, rates, joiners: noJoiners, joinerProfiles: [] }).measures.community;
    expect(run(9)).toEqual(run(9));
    expect(run(9)).not.toEqual(run(10));
  });
});

describe("projectRegister(people, options)", () => {
  it("is exact, with zero-width intervals, on a register whose history has no joiners and no unforeseen leavers", () => {
    const projection = projectRegister(fixed.slice(0, 4), { asOf, completeFrom: day(2022, 1, 1), horizonYears: 1, paths: 30, seed: 1, levels: [80, 95] });
    expect(projection.history.months.every((month) => month.joiners === 0)).toBe(true);
    expect(projection.measures.community.map((month) => month.point)).toEqual([2, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
    expect(projection.measures.community.flatMap((month) => month.intervals.map((interval) => interval.upper - interval.lower))).toEqual(Array(24).fill(0));
  });
});

describe("pathSummaries(values, paths, months, levels)", () => {
  it("gives R's type-7 quantiles and the mean, for months of whole numbers and of fractions alike", () => {
    // three months of seven paths, stored path by path: whole counts (with a negative and a large one),
    // fractions, and a mix
    const months = 3;
    const byMonth = [
      [5, -2, 40, 7, 7, 1_000_000, 3],
      [0.5, 2.25, -1.75, 3, 0.125, 9.5, 1],
      [2, 2.5, 3, 1, 0, 4, 2],
    ];
    const values = new Float64Array(7 * months);
    byMonth.forEach((column, month) => column.forEach((value, path) => (values[path * months + month] = value)));
    const summaries = pathSummaries(values, 7, months, [50, 80, 95]);
    byMonth.forEach((column, month) => {
      expect(summaries[month].point).toBeCloseTo(column.reduce((sum, value) => sum + value, 0) / 7, 12);
      for (const interval of summaries[month].intervals) {
        const tail = (1 - interval.level / 100) / 2;
        expect(interval.lower).toBeCloseTo(quantileR7(column, tail), 12);
        expect(interval.upper).toBeCloseTo(quantileR7(column, 1 - tail), 12);
      }
    });
    // by hand, the whole month at 50%: sorted −2 3 5 7 7 40 1,000,000; h = 6 × 0.25 = 1.5 → 4, and 6 × 0.75 = 4.5 → 23.5
    expect(summaries[0].intervals[0]).toEqual({ level: 50, lower: 4, upper: 23.5 });
  });
});
