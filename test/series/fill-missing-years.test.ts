import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { annualSeries, type YearEndCount } from "../../src/series/fill-missing-years.js";

const at = (periodEnding: string, registeredSexOffenders: number): YearEndCount => ({ periodEnding, registeredSexOffenders });

describe("annualSeries(observations)", () => {
  it("fills one missing year with the geometric mean of its neighbours, not the arithmetic one", () => {
    // 100 × (121 / 100)^(1/2) = 100 × 1.1 = 110; a straight line would give (100 + 121) / 2 = 110.5
    const series = annualSeries([at("2010-03-31", 100), at("2012-03-31", 121)]);

    expect(series.periodEnding).toEqual(["2010-03-31", "2011-03-31", "2012-03-31"]);
    expect(series.values[1]).toBeCloseTo(110, 9);
    expect(series.values[0]).toBe(100);
    expect(series.values[2]).toBe(121);
    expect(series.filled).toEqual([false, true, false]);
  });

  it("fills a gap of two years at the same rate each year", () => {
    // 1000 → 1331 over three years is 10% a year: 1000 × 1.1 = 1100, 1100 × 1.1 = 1210
    const series = annualSeries([at("2010-03-31", 1000), at("2013-03-31", 1331)]);

    expect(series.periodEnding).toEqual(["2010-03-31", "2011-03-31", "2012-03-31", "2013-03-31"]);
    expect(series.values[1]).toBeCloseTo(1100, 9);
    expect(series.values[2]).toBeCloseTo(1210, 9);
    expect(series.filled).toEqual([false, true, true, false]);
  });

  it("fills the gaps in the national series as worked out by hand", () => {
    // python3: math.sqrt(30416 * 32347) = 31366.6439…; math.sqrt(32347 * 36921) = 34558.4083…;
    // r = (62435 / 55236) ** (1/3) = 1.0416823…, 55236 × r = 57538.3653…, 55236 × r² = 59936.6986…
    const series = annualSeries([
      at("2007-03-31", 30416),
      at("2009-03-31", 32347),
      at("2011-03-31", 36921),
      at("2017-03-31", 55236),
      at("2020-03-31", 62435),
    ]);
    const valueFor = (periodEnding: string) => series.values[series.periodEnding.indexOf(periodEnding)];

    expect(series.periodEnding).toHaveLength(14);
    expect(valueFor("2008-03-31")).toBeCloseTo(31366.643939, 5);
    expect(valueFor("2010-03-31")).toBeCloseTo(34558.408340, 5);
    expect(valueFor("2018-03-31")).toBeCloseTo(57538.365320, 5);
    expect(valueFor("2019-03-31")).toBeCloseTo(59936.698598, 5);
  });

  it("warns in plain English which years were filled, with their values, and how", () => {
    const series = annualSeries([at("2010-03-31", 100), at("2012-03-31", 121), at("2015-03-31", 161.051)]);

    // 121 → 161.051 over three years is 10% a year: 133.1 and 146.41, shown rounded to 133 and 146
    expect(series.warnings).toEqual([
      "No figure for the years ending 31 March 2011 (110), 2013 (133) and 2014 (146): each was filled in by geometric " +
        "(log-linear) interpolation between the observed years either side, that is, assuming the count grew by the " +
        "same percentage each year across the gap.",
    ]);
  });

  it("says 'year' and 'it' for a single filled year", () => {
    const [warning] = annualSeries([at("2019-12-31", 1000), at("2021-12-31", 1210)]).warnings;

    expect(warning).toMatch(/^No figure for the year ending 31 December 2020 \(1,100\): it was filled in by geometric/);
  });

  it("puts rows in date order and warns that they were out of order", () => {
    const observations = Object.freeze([at("2016-03-31", 52770), at("2017-03-31", 55236), at("2015-03-31", 49466)]);
    const series = annualSeries(observations);

    expect(series.periodEnding).toEqual(["2015-03-31", "2016-03-31", "2017-03-31"]);
    expect(series.values).toEqual([49466, 52770, 55236]);
    expect(series.warnings).toEqual([
      "The rows were not in date order (2015-03-31 comes after 2017-03-31); they have been put in date order.",
    ]);
    expect(observations[0].periodEnding).toBe("2016-03-31");
  });

  it("gives no warnings for complete rows in date order", () => {
    const series = annualSeries([at("2019-03-31", 1099), at("2020-03-31", 1110), at("2021-03-31", 1173)]);

    expect(series).toEqual({
      periodEnding: ["2019-03-31", "2020-03-31", "2021-03-31"],
      values: [1099, 1110, 1173],
      filled: [false, false, false],
      warnings: [],
    });
  });

  it.each([
    ["no observations", []],
    ["two rows for one year", [at("2020-03-31", 10), at("2020-03-31", 11)]],
    ["periods ending on different days", [at("2020-03-31", 10), at("2021-12-31", 11)]],
    ["a count of zero", [at("2020-03-31", 0), at("2022-03-31", 11)]],
  ])("throws a RangeError (a bug in the caller) for %s", (_, observations) => {
    expect(() => annualSeries(observations)).toThrow(RangeError);
  });

  it("gives one value per year, each filled value between its neighbours, for any gappy history", () => {
    const histories = fc.uniqueArray(
      fc.record({ year: fc.integer({ min: 1990, max: 2030 }), count: fc.integer({ min: 1, max: 100_000 }) }),
      { minLength: 1, maxLength: 15, selector: (row) => row.year },
    );
    fc.assert(
      fc.property(histories, (rows) => {
        const series = annualSeries(rows.map(({ year, count }) => at(`${year}-03-31`, count)));
        const years = series.periodEnding.map((date) => Number(date.slice(0, 4)));
        const observedYears = rows.map((row) => row.year);
        expect(years[years.length - 1] - years[0]).toBe(years.length - 1);
        expect(years.every((year, index) => index === 0 || year === years[index - 1] + 1)).toBe(true);
        expect(series.filled.filter((filled) => !filled)).toHaveLength(rows.length);
        series.values.forEach((value, index) => {
          if (!series.filled[index]) return;
          expect(observedYears).not.toContain(years[index]);
          const before = series.values.slice(0, index).findLast((_, earlier) => !series.filled[earlier]) as number;
          const after = series.values.slice(index).find((_, later) => !series.filled[index + later]) as number;
          expect(value).toBeGreaterThanOrEqual(Math.min(before, after) * (1 - 1e-12));
          expect(value).toBeLessThanOrEqual(Math.max(before, after) * (1 + 1e-12));
        });
      }),
    );
  });
});
