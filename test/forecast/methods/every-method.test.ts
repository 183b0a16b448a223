import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ForecastMethod, forecastMethods } from "../../../src/forecast/methods.js";

// The contract every method in the list keeps, whatever its model, checked once over the list so that
// a method added to it is held to the same. What is particular to one method (R's reference values,
// the shape of its forecast, its own refusals) stays in that method's test file.

const levels = { levels: [80, 95] };
const horizons = fc.integer({ min: 1, max: 10 });

/** From `fewest` to 30 years of whole counts up to 100,000, or of any real values up to a million; none below `smallest`. */
function historiesFrom(smallest: number, fewest: number): fc.Arbitrary<number[]> {
  const length = { minLength: fewest, maxLength: 30 };
  return fc.oneof(
    fc.array(fc.integer({ min: smallest, max: 100_000 }), length),
    fc.array(fc.double({ min: smallest, max: 1e6, noNaN: true }), length),
  );
}

/**
 * The histories a method is checked on: counts from zero, as a caseload is, unless its doc comment asks for
 * more; and, where narrower, those on which it gives a forecast at all.
 */
function domainOf({ name, minimumObservations }: ForecastMethod) {
  if (name !== "log-linear") {
    const any = historiesFrom(0, minimumObservations);
    return { histories: any, finiteHistories: any };
  }
  // It takes logarithms, so every observation must be above zero; and its bounds are exponentials of a
  // Student's t interval on the log scale, so on a history that swings by orders of magnitude (91191, 1,
  // 97375) they would overflow, and it refuses (its own test file checks that). So it is checked where
  // the history stays within a factor of 100, as a register's does.
  const withinAFactorOf100 = historiesFrom(10_000, minimumObservations);
  return { histories: withinAFactorOf100, finiteHistories: withinAFactorOf100 };
}

// The combination fits SES and Holt on every call, so fewer runs, as its own test file has always used.
const numRunsOf: Record<string, number> = { combination: 30 };

// Claimed of the exponential-smoothing family, whose variance adds a term each step, and of the combination,
// whose calibrated half-width is held at least at the step before's. Not of log-linear: its width,
// 2 × point × sinh(log-scale half-width), shrinks along a falling series.
// Naive, drift and linear widen by their formulas too; their tests have never claimed it.
const widenWithHorizon = new Set(["ses", "holt", "damped", "theta", "combination"]);
// Levels from 50% to 99%, including those where the combination's learned multipliers once fell from one step
// to the next (97.5% and 99% from three to four years ahead)
const manyLevels = { levels: [50, 80, 90, 95, 97.5, 99] };
// Drift, linear and log-linear claim an exact line or exact compound growth with no spread in their own files.
const keepAConstant = new Set(["ses", "holt", "damped", "theta"]);

const inWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

describe("every method in forecastMethods", () => {
  it("limits claims to methods by names that are in the list", () => {
    const names = forecastMethods.map((method) => method.name);
    for (const name of [...Object.keys(numRunsOf), ...widenWithHorizon, ...keepAConstant]) {
      expect(names).toContain(name);
    }
  });

  const byName = forecastMethods.map((method) => [method.name, method] as const);

  describe.each(byName)("%s: forecast(history, horizon, options)", (_, method) => {
    const { name, forecast, minimumObservations } = method;
    const { histories, finiteHistories } = domainOf(method);
    const runs = { numRuns: numRunsOf[name] ?? 100 };

    it("gives a finite point forecast and finite 80% and 95% bounds for each step to the horizon, for any history", () => {
      fc.assert(
        fc.property(finiteHistories, horizons, (history, horizon) => {
          const result = forecast(history, horizon, levels);

          expect(result.method).toBe(name);
          expect(result.intervals.map((interval) => interval.level)).toEqual([80, 95]);
          for (const values of [result.point, ...result.intervals.flatMap(({ lower, upper }) => [lower, upper])]) {
            expect(values).toHaveLength(horizon);
            expect(values.every(Number.isFinite), `${values}`).toBe(true);
          }
        }),
        runs,
      );
    });

    it("puts the 80% interval inside the 95% interval, and the point inside both, for any history", () => {
      fc.assert(
        fc.property(histories, horizons, (history, horizon) => {
          const { point, intervals } = forecast(history, horizon, levels);
          const [eighty, ninetyFive] = intervals;
          return point.every(
            (value, i) =>
              ninetyFive.lower[i] <= eighty.lower[i] &&
              eighty.lower[i] <= value &&
              value <= eighty.upper[i] &&
              eighty.upper[i] <= ninetyFive.upper[i],
          );
        }),
        runs,
      );
    });

    it("puts each level's interval inside every wider level's, for any history", () => {
      fc.assert(
        fc.property(histories, horizons, (history, horizon) => {
          // at 99% with very few years, log-linear's bounds may overflow and it refuses; its own file checks that
          const refused = (() => {
            try {
              forecast(history, horizon, manyLevels);
              return false;
            } catch (error) {
              return name === "log-linear" && error instanceof RangeError;
            }
          })();
          fc.pre(!refused);
          const { point, intervals } = forecast(history, horizon, manyLevels);
          const rounding = 1e-9 * Math.max(1, ...point.map(Math.abs));
          return intervals.every(
            (wider, k) =>
              k === 0 ||
              point.every((_, i) => wider.lower[i] <= intervals[k - 1].lower[i] + rounding && intervals[k - 1].upper[i] <= wider.upper[i] + rounding),
          );
        }),
        runs,
      );
    });

    if (widenWithHorizon.has(name)) {
      it("never narrows the interval as the horizon grows, at any level from 50% to 99%, for any history", () => {
        fc.assert(
          fc.property(histories, horizons, (history, horizon) => {
            const { point, intervals } = forecast(history, horizon, manyLevels);
            // widths are differences of numbers near the point, so allow for its rounding
            const rounding = 1e-9 * Math.max(1, ...point.map(Math.abs));
            return intervals.every(({ lower, upper }) =>
              upper.every((high, i) => i === 0 || high - lower[i] >= upper[i - 1] - lower[i - 1] - rounding),
            );
          }),
          runs,
        );
      });
    }

    it("leaves the history alone and gives the same forecast every time, for any history", () => {
      fc.assert(
        fc.property(histories, horizons, (values, horizon) => {
          const history = Object.freeze([...values]);

          const first = forecast(history, horizon, levels);
          expect(forecast(history, horizon, levels)).toEqual(first);
          expect(history).toEqual(values);
        }),
        runs,
      );
    });

    if (keepAConstant.has(name)) {
      it("forecasts a constant series as that constant, with no spread", () => {
        const result = forecast(new Array(12).fill(150), 5, levels);

        result.point.forEach((value) => expect(value).toBeCloseTo(150, 9));
        for (const { lower, upper } of result.intervals) {
          upper.forEach((high, i) => expect(high - lower[i]).toBeLessThan(1e-9));
        }
      });
    }

    it(`refuses a history of fewer than ${minimumObservations} observations, saying how many it got`, () => {
      const history = Array.from({ length: minimumObservations }, (_, i) => 100 + i);

      expect(() => forecast(history, 5, levels)).not.toThrow();
      for (let got = 0; got < minimumObservations; got += 1) {
        const tooShort = () => forecast(history.slice(0, got), 5, levels);
        expect(tooShort).toThrow(RangeError);
        expect(tooShort).toThrow(new RegExp(`, got ${got}$`));
      }
      const needed = `at least (${minimumObservations}|${inWords[minimumObservations] ?? minimumObservations}) observations\\b`;
      expect(() => forecast(history.slice(0, -1), 5, levels)).toThrow(new RegExp(needed));
    });
  });
});
