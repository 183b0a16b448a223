import { describe, expect, it } from "vitest";
import { forecastCaseload } from "../../src/forecast/forecast-caseload.js";
import { registerCaseloadForecast } from "../../src/forecast/register-caseload-forecast.js";
import { projectRegister } from "../../src/register/project-register.js";
import { day, person } from "../register/register-fixture.js";

// The register of test/fixtures/register-caseload/register.csv, as at 31 March 2023, complete from
// 1 April 2020. Nobody joins after 2015 and nobody leaves but on a known date, so nothing is random.
//   A very high, B high, C medium, D low, E unassessed: indefinite, in the community throughout
//   F high: notification ends 30 June 2025 (counted at 31 March 2024 and 2025, gone by 2026)
//   G medium: in custody, expected release 1 October 2024 (custody at 31 March 2024, community from 2025)
//   H low: in custody, expected release 31 December 2026 (custody to 2026, community from 2027)
//   I low: left on 1 May 2021, period ended
// At each 31 March:        community (VH H M L U)     custody   risk mix of the assessed
//   2023 (history)   6   A B C D E F  (1 2 1 1 1)      2 (G H)   1/5 2/5 1/5 1/5
//   2024             6   A B C D E F  (1 2 1 1 1)      2 (G H)   1/5 2/5 1/5 1/5
//   2025             7   + G          (1 2 2 1 1)      1 (H)     1/6 2/6 2/6 1/6
//   2026             6   − F          (1 1 2 1 1)      1 (H)     1/5 1/5 2/5 1/5
//   2027             7   + H          (1 1 2 2 1)      0         1/6 1/6 2/6 2/6
const asOf = day(2023, 3, 31);
const people = [
  person([2015, 1, 1], { riskLevel: "very_high" }),
  person([2015, 1, 1], { riskLevel: "high" }),
  person([2015, 1, 1], { riskLevel: "medium" }),
  person([2015, 1, 1], { riskLevel: "low" }),
  person([2015, 1, 1], { riskLevel: "unassessed" }),
  person([2015, 1, 1], { riskLevel: "high", notificationEnds: day(2025, 6, 30) }),
  person([2015, 1, 1], { riskLevel: "medium", custodyFrom: day(2019, 1, 1), expectedRelease: day(2024, 10, 1) }),
  person([2016, 1, 1], { riskLevel: "low", custodyFrom: day(2020, 1, 1), expectedRelease: day(2026, 12, 31) }),
  person([2010, 1, 1], { notificationEnds: day(2021, 5, 1), leftOn: day(2021, 5, 1), leftReason: "period_ended" }),
];
const profileMix = { veryHigh: 0.1, high: 0.2, medium: 0.3, low: 0.4 };
const source = { extractFile: "register.csv", asOf: "2023-03-31", paths: 15, seed: 3 };

/** A trend forecast of a yearly history ending on `last`, four years ahead. */
function trendFrom(periodEnding: string[]) {
  return forecastCaseload({ periodEnding, values: periodEnding.map(() => 6), filled: periodEnding.map(() => false), warnings: [] }, { horizon: 4, levels: [80, 95], method: "naive" });
}

describe("registerCaseloadForecast(projection, trend, source, fallbackRiskMix)", () => {
  const projection = projectRegister(people, { asOf, completeFrom: day(2020, 4, 1), horizonYears: 4, paths: 15, seed: 3, levels: [80, 95] });

  it("takes the community, risk mix and custody at the forecast's year ends, as counted by hand, with zero-width intervals", () => {
    const trend = trendFrom(["2021-03-31", "2022-03-31", "2023-03-31"]);
    const result = registerCaseloadForecast(projection, trend, source, profileMix);

    expect(result.futurePeriodEnding).toEqual(["2024-03-31", "2025-03-31", "2026-03-31", "2027-03-31"]);
    expect(result.chosen.method).toBe("register");
    expect(result.chosen.forecast.point).toEqual([6, 7, 6, 7]);
    for (const interval of result.chosen.forecast.intervals) {
      expect(interval.lower).toEqual([6, 7, 6, 7]);
      expect(interval.upper).toEqual([6, 7, 6, 7]);
    }
    expect(result.register.years.map((year) => year.peopleInCustody)).toEqual([2, 1, 1, 0]);
    // the unassessed E is shared as the assessed are: the mix is of the assessed alone
    expect(result.register.years.map((year) => year.riskMix)).toEqual([
      { veryHigh: 1 / 5, high: 2 / 5, medium: 1 / 5, low: 1 / 5 },
      { veryHigh: 1 / 6, high: 2 / 6, medium: 2 / 6, low: 1 / 6 },
      { veryHigh: 1 / 5, high: 1 / 5, medium: 2 / 5, low: 1 / 5 },
      { veryHigh: 1 / 6, high: 1 / 6, medium: 2 / 6, low: 2 / 6 },
    ]);
    expect(result.register).toMatchObject({ extractFile: "register.csv", asOf: "2023-03-31", completeFrom: "2020-04-01", paths: 15, seed: 3 });
  });

  it("keeps the trend forecast's methods and backtest beside it, the register projection first", () => {
    const trend = trendFrom(["2021-03-31", "2022-03-31", "2023-03-31"]);
    const result = registerCaseloadForecast(projection, trend, source, profileMix);
    expect(result.methods.map((method) => method.method)).toEqual(["register", ...trend.methods.map((method) => method.method)]);
    expect(result.backtest).toBe(trend.backtest);
    expect(result.choice.rule).toContain("register projection of register.csv as at 2023-03-31");
  });

  it("takes a year end on or before the as-of date from the reconstructed history, exactly", () => {
    // a history ending 31 March 2022: its first forecast year ends on the as-of date, 31 March 2023
    const result = registerCaseloadForecast(projection, trendFrom(["2021-03-31", "2022-03-31"]), source, profileMix);
    expect(result.futurePeriodEnding[0]).toBe("2023-03-31");
    expect(result.chosen.forecast.point).toEqual([6, 6, 7, 6]);
    expect(result.chosen.forecast.intervals[0].upper[0]).toBe(6);
    expect(result.register.years[0].peopleInCustody).toBe(2);
  });

  it("keeps the profile's risk mix in a year with nobody assessed", () => {
    const unassessed = [person([2015, 1, 1], { riskLevel: "unassessed" })];
    const alone = projectRegister(unassessed, { asOf, completeFrom: day(2020, 4, 1), horizonYears: 4, paths: 2, seed: 1, levels: [80, 95] });
    const result = registerCaseloadForecast(alone, trendFrom(["2022-03-31", "2023-03-31"]), source, profileMix);
    expect(result.register.years[0].riskMix).toEqual(profileMix);
  });

  it("refuses a forecast year beyond the projection", () => {
    const short = projectRegister(people, { asOf, completeFrom: day(2020, 4, 1), horizonYears: 2, paths: 2, seed: 1, levels: [80, 95] });
    expect(() => registerCaseloadForecast(short, trendFrom(["2022-03-31", "2023-03-31"]), source, profileMix)).toThrow(/year ending 2026-03-31 is outside the register's months/);
  });
});
