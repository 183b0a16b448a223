import { describe, expect, it } from "vitest";
import type { ExitRate } from "../../src/register/exit-rates.js";
import type { JoinerForecast } from "../../src/register/joiner-forecast.js";
import type { JoinerProfile } from "../../src/register/joiner-profiles.js";
import { projectedFlows, projectedMeasures, registerPaths } from "../../src/register/register-projection.js";
import { perPersonRegisterPaths } from "./per-person-register-paths.js";
import { day, person } from "./register-fixture.js";

/** Mean and standard deviation (divisor n − 1) over the paths of one month's value. */
function spread(values: Float64Array, paths: number, months: number, month: number): { mean: number; deviation: number } {
  let sum = 0;
  for (let path = 0; path < paths; path++) sum += values[path * months + month];
  const mean = sum / paths;
  let squares = 0;
  for (let path = 0; path < paths; path++) squares += (values[path * months + month] - mean) ** 2;
  return { mean, deviation: Math.sqrt(squares / (paths - 1)) };
}

const rate = (reason: ExitRate["reason"], monthlyProbability: number): ExitRate => ({ reason, band: "age_not_given", leavers: 1, personMonths: 1, monthlyProbability });
const noJoiners: JoinerForecast = { yearlyHistory: [], method: "none", yearlyMean: [0], yearlyLevelDeviation: [0] };

// joiners drawn one by one, and by kind, as a national register's are: the same chances either way
const joinerSchemes = [
  ["joiners one by one", Number.POSITIVE_INFINITY],
  ["joiners by kind", 0],
] as const;

describe.each(joinerSchemes)("registerPaths draws the chances counted by hand (%s)", (_, mostProfilesDrawnOneByOne) => {
  // As of 31 January 2024, one year (month ends February 2024 … January 2025), no birth years given.
  // Monthly chances: death 0.01, moving away 0.02, removal on review 0.01 (indefinite registrations only).
  const asOf = day(2024, 1, 31);
  const rates = [rate("died", 0.01), rate("moved_away", 0.02), rate("removed_on_review", 0.01)];
  const paths = 2000;

  it("takes the people on the register off at their monthly chances, as binomial counts", () => {
    // A: 600 indefinite, leaving at 0.04 a month; B: 400 whose period ends on 15 July 2024, at 0.03.
    const people = [...Array.from({ length: 600 }, () => person([2015, 1, 1])), ...Array.from({ length: 400 }, () => person([2015, 1, 1], { notificationEnds: day(2024, 7, 15) }))];
    const simulated = registerPaths({ people, asOf, horizonYears: 1, paths, seed: 3, rates, joiners: noJoiners, joinerProfiles: [] });
    const at = (values: Float64Array, month: number) => spread(values, paths, 12, month - 1);
    // June 2024 (month 5): A binomial(600, 0.96⁵ = 0.81537) mean 489.22, sd √(600 × 0.81537 × 0.18463) = 9.50;
    // B binomial(400, 0.97⁵ = 0.85873) mean 343.49, sd 6.97; together mean 832.71, sd √(9.50² + 6.97²) = 11.78
    const june = at(simulated.measures.community, 5);
    expect(Math.abs(june.mean - 832.71)).toBeLessThan(4 * (11.78 / Math.sqrt(paths))); // 4 standard errors: 1.05
    expect(Math.abs(june.deviation - 11.78)).toBeLessThan(4 * (11.78 / Math.sqrt(2 * paths))); // 0.75
    // January 2025 (month 12): B has gone in July; A binomial(600, 0.96¹² = 0.61271) mean 367.63, sd 11.93
    const january = at(simulated.measures.community, 12);
    expect(Math.abs(january.mean - 367.63)).toBeLessThan(4 * (11.93 / Math.sqrt(paths)));
    expect(Math.abs(january.deviation - 11.93)).toBeLessThan(4 * (11.93 / Math.sqrt(2 * paths)));
    // July (month 6): the B still there at the end of June leave as their period ends: mean 343.49, sd 6.97
    const ended = at(simulated.flows.leavers_period_ended, 6);
    expect(Math.abs(ended.mean - 343.49)).toBeLessThan(4 * (6.97 / Math.sqrt(paths)));
    expect(Math.abs(ended.deviation - 6.97)).toBeLessThan(4 * (6.97 / Math.sqrt(2 * paths)));
    // February: deaths binomial-ish, 1,000 × 0.01 = 10 (sd √(1000 × 0.01 × 0.99) = 3.15); removals 600 × 0.01 = 6 (sd 2.44), none of B
    const died = at(simulated.flows.leavers_died, 1);
    expect(Math.abs(died.mean - 10)).toBeLessThan(4 * (3.15 / Math.sqrt(paths)));
    expect(Math.abs(died.deviation - 3.15)).toBeLessThan(4 * (3.15 / Math.sqrt(2 * paths)) + 0.05);
    expect(Math.abs(at(simulated.flows.leavers_removed_on_review, 1).mean - 6)).toBeLessThan(4 * (2.44 / Math.sqrt(paths)));
  });

  it("thins the Poisson joiners by their unforeseen exits, leaving Poisson counts", () => {
    // 1,200 joiners a year, no doubt about the level: Poisson(100) a month, Poisson(50) copying each profile.
    // Monthly chances here: death 0.02, removal on review 0.01. P1: indefinite, in the community, low:
    // leaves at 0.03 a month. P2: ten-year period, in custody with no known release: leaves at 0.02
    // (death only; removal on review is for indefinite registrations).
    const joinerRates = [rate("died", 0.02), rate("removed_on_review", 0.01)];
    const joiners: JoinerForecast = { yearlyHistory: [], method: "test", yearlyMean: [1200], yearlyLevelDeviation: [0] };
    const profiles: JoinerProfile[] = [
      { notificationDays: null, inCustodyOnJoining: false, custodyDays: null, riskLevel: "low", ageOnJoining: null },
      { notificationDays: 3650, inCustodyOnJoining: true, custodyDays: null, riskLevel: "high", ageOnJoining: null },
    ];
    const simulated = registerPaths({ people: [], asOf, horizonYears: 1, paths, seed: 4, rates: joinerRates, joiners, joinerProfiles: profiles, mostProfilesDrawnOneByOne });
    const at = (values: Float64Array, month: number) => spread(values, paths, 12, month - 1);
    // A joiner of month m is at the month-12 count if no exit at the month ends m … 12: chance s^(13 − m).
    // P1 at January 2025: Poisson of mean 50 × (0.97 + 0.97² + … + 0.97¹²) = 494.95, sd √494.95 = 22.25
    const low = at(simulated.measures.community_low, 12);
    expect(Math.abs(low.mean - 494.95)).toBeLessThan(4 * (22.25 / Math.sqrt(paths))); // 1.99
    expect(Math.abs(low.deviation - 22.25)).toBeLessThan(4 * (22.25 / Math.sqrt(2 * paths))); // 1.41
    // P2 in custody at January 2025: mean 50 × (0.98 + … + 0.98¹²) = 527.44, sd 22.97
    const custody = at(simulated.measures.custody, 12);
    expect(Math.abs(custody.mean - 527.44)).toBeLessThan(4 * (22.97 / Math.sqrt(paths)));
    expect(Math.abs(custody.deviation - 22.97)).toBeLessThan(4 * (22.97 / Math.sqrt(2 * paths)));
    // January 2025's removals: P1 joiners of month m there at the start of month 12, times 0.01:
    // 50 × 0.01 × (1 + 0.97 + … + 0.97¹¹) = 5.10; deaths 50 × 0.02 × (Σ 0.97^j + Σ 0.98^j, j = 0 … 11) = 20.97
    const removed = at(simulated.flows.leavers_removed_on_review, 12);
    expect(Math.abs(removed.mean - 5.1)).toBeLessThan(4 * Math.sqrt(5.1 / paths));
    expect(Math.abs(removed.deviation - Math.sqrt(5.1))).toBeLessThan(4 * Math.sqrt(5.1 / (2 * paths)) + 0.05);
    const died = at(simulated.flows.leavers_died, 12);
    expect(Math.abs(died.mean - 20.97)).toBeLessThan(4 * Math.sqrt(20.97 / paths));
    // every month's joiners: Poisson(100), sd 10
    const joined = at(simulated.flows.joiners, 7);
    expect(Math.abs(joined.mean - 100)).toBeLessThan(4 * (10 / Math.sqrt(paths)));
    expect(Math.abs(joined.deviation - 10)).toBeLessThan(4 * (10 / Math.sqrt(2 * paths)));
  });
});

describe.each(joinerSchemes)("registerPaths against drawing each person and each joiner one by one (%s)", (_, mostProfilesDrawnOneByOne) => {
  // As of 15 January 2024 (a first month cut short), three years, birth years given, and a mix of
  // everything: known ends inside the horizon, releases (one on a month's last day), custody without
  // a release date, joiners released and leaving inside the horizon, a level of joiners that is uncertain.
  const asOf = day(2024, 1, 15);
  const ages = ["under_40", "40_to_59", "60_to_74", "75_and_over", "age_not_given"] as const;
  const rates: ExitRate[] = ages.flatMap((band, index) => [
    { reason: "died" as const, band, leavers: 1, personMonths: 1, monthlyProbability: 0.002 * (index + 1) ** 2 },
    { reason: "moved_away" as const, band, leavers: 1, personMonths: 1, monthlyProbability: 0.01 },
    { reason: "removed_on_review" as const, band, leavers: 1, personMonths: 1, monthlyProbability: 0.004 },
    { reason: "other" as const, band, leavers: 1, personMonths: 1, monthlyProbability: 0.002 },
  ]);
  const people = Array.from({ length: 300 }, (_, index) =>
    person([2010 + (index % 12), 1 + (index % 12), 1 + (index % 28)], {
      birthYear: index % 7 === 0 ? null : 1940 + (index % 60),
      notificationEnds: index % 3 === 0 ? null : day(2024 + (index % 5), 1 + (index % 12), 1 + (index % 27)),
      riskLevel: (["very_high", "high", "medium", "low", "unassessed"] as const)[index % 5],
      ...(index % 4 === 0 ? { custodyFrom: day(2020, 1, 1), expectedRelease: index % 8 === 0 ? (index % 16 === 0 ? day(2024 + (index % 3), 2 + (index % 11), 1) - 1 : day(2024 + (index % 3), 1 + (index % 12), 10)) : null } : {}),
    }),
  ).map((entry) => (entry.expectedRelease !== null && entry.expectedRelease <= asOf ? { ...entry, expectedRelease: asOf + 40 } : entry));
  const profiles: JoinerProfile[] = Array.from({ length: 40 }, (_, index) => ({
    notificationDays: index % 4 === 0 ? null : 200 + 97 * index,
    inCustodyOnJoining: index % 3 === 0,
    custodyDays: index % 3 !== 0 ? null : index % 9 === 0 ? null : 20 + 61 * index,
    riskLevel: (["very_high", "high", "medium", "low", "unassessed"] as const)[index % 5],
    ageOnJoining: index % 5 === 0 ? null : 20 + ((3 * index) % 70),
  }));
  const joiners: JoinerForecast = { yearlyHistory: [], method: "test", yearlyMean: [60, 70, 80], yearlyLevelDeviation: [5, 10, 15] };
  const paths = 2000;
  const input = { people, asOf, horizonYears: 3, paths, rates, joiners, joinerProfiles: profiles, mostProfilesDrawnOneByOne };

  it("has the same mean and spread in every measure and flow, every month (within 4.5 standard errors)", () => {
    const grouped = registerPaths({ ...input, seed: 11 });
    const oneByOne = perPersonRegisterPaths({ ...input, seed: 12 });
    let compared = 0;
    for (const [name, groupedValues, oneByOneValues] of [
      ...projectedMeasures.map((measure) => [measure, grouped.measures[measure], oneByOne.measures[measure]] as const),
      ...projectedFlows.map((flow) => [flow, grouped.flows[flow], oneByOne.flows[flow]] as const),
    ]) {
      for (let month = 0; month < 36; month++) {
        const first = spread(groupedValues, paths, 36, month);
        const second = spread(oneByOneValues, paths, 36, month);
        const meanError = Math.sqrt((first.deviation ** 2 + second.deviation ** 2) / paths);
        const deviationError = Math.sqrt((first.deviation ** 2 + second.deviation ** 2) / (2 * paths));
        expect(Math.abs(first.mean - second.mean), `${name} month ${month + 1} mean`).toBeLessThanOrEqual(4.5 * meanError + 1e-9);
        expect(Math.abs(first.deviation - second.deviation), `${name} month ${month + 1} spread`).toBeLessThanOrEqual(4.5 * deviationError + 0.05);
        compared += 1;
      }
    }
    expect(compared).toBe(14 * 36);
    // the mix does exercise the draws: people leave unforeseen, joiners come, are released and leave
    const total = (values: Float64Array) => values.reduce((sum, value) => sum + value, 0) / paths;
    expect(total(grouped.flows.leavers_moved_away)).toBeGreaterThan(50);
    expect(total(grouped.flows.releases)).toBeGreaterThan(20);
    expect(total(grouped.flows.joiners)).toBeGreaterThan(150);
  });

  it("fills every path, the last of a batch and those of a batch left short (260 paths)", () => {
    // two people in the community for good, one whose period ends on 30 June 2024, nobody leaves unforeseen:
    // 3 at the month ends to May 2024, 2 from June (the period's end is the first day off the register)
    const fixed = [person([2015, 1, 1]), person([2016, 1, 1]), person([2017, 1, 1], { notificationEnds: day(2024, 6, 30) })];
    const simulated = registerPaths({ people: fixed, asOf, horizonYears: 1, paths: 260, seed: 1, rates: [], joiners, joinerProfiles: [] });
    const expected = [3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2]; // month ends 31 Jan … 31 Dec 2024
    for (const path of [0, 249, 250, 259]) expect([...simulated.measures.community.subarray(path * 12, path * 12 + 12)]).toEqual(expected);
  });

  it("gives the same bytes for the same seed, and other numbers for another", () => {
    const first = registerPaths({ ...input, paths: 50, seed: 21 });
    const again = registerPaths({ ...input, paths: 50, seed: 21 });
    const other = registerPaths({ ...input, paths: 50, seed: 22 });
    for (const measure of projectedMeasures) expect(Buffer.from(again.measures[measure].buffer).equals(Buffer.from(first.measures[measure].buffer))).toBe(true);
    for (const flow of projectedFlows) expect(Buffer.from(again.flows[flow].buffer).equals(Buffer.from(first.flows[flow].buffer))).toBe(true);
    expect(other.measures.community).not.toEqual(first.measures.community);
  });
});
