import { describe, expect, it } from "vitest";
import { backtest, backtestOrigins } from "../../src/forecast/backtest.js";
import type { ForecastMethod } from "../../src/forecast/methods.js";

// A naive forecast with a fixed ±2 interval, so every score can be worked by hand.
const lastValue: ForecastMethod = {
  name: "last",
  label: "last value",
  minimumObservations: 1,
  reference: "test",
  forecast: (history, horizon, { levels }) => {
    const last = history[history.length - 1];
    const point = Array.from({ length: horizon }, () => last);
    return {
      method: "last",
      point,
      intervals: levels.map((level) => ({ level, lower: point.map((value) => value - 2), upper: point.map((value) => value + 2) })),
    };
  },
};

const history = Object.freeze([10, 12, 11, 15, 14, 18]);

describe("backtestOrigins(historyLength, methods, minimumTrainingLength)", () => {
  it("starts at half the history, rounded up, and ends one short of the whole history", () => {
    expect(backtestOrigins(6, [lastValue])).toEqual([3, 4, 5]);
    expect(backtestOrigins(7, [lastValue])).toEqual([4, 5, 6]);
  });

  it("starts no earlier than the most demanding method allows", () => {
    expect(backtestOrigins(6, [lastValue, { ...lastValue, minimumObservations: 5 }])).toEqual([5]);
  });

  it("is empty when nothing can be held back", () => {
    expect(backtestOrigins(4, [{ ...lastValue, minimumObservations: 4 }])).toEqual([]);
  });
});

describe("backtest(history, methods, options)", () => {
  it("scores each step ahead over every origin that reached it, as worked by hand", () => {
    // origins 3, 4, 5: forecasts 11, 15, 14 from the last values 11, 15, 14
    // step 1: actual 15, 14, 18; errors 4, 1, 4
    //   MAPE (400/15 + 100/14 + 400/18) / 3 = (26.6667 + 7.1429 + 22.2222) / 3 = 18.67725
    //   MASE scale: changes 2, 1, 4, 1, 4 → 12 / 5 = 2.4; (4 + 1 + 4) / 3 / 2.4 = 1.25
    //   within ±2: only the error of 1 → 1/3
    // step 2: origins 3 and 4 only; actual 14, 18; errors 3, 3
    //   MAPE (300/14 + 300/18) / 2 = 19.04762; MASE 3 / 2.4 = 1.25; coverage 0
    const [first, second] = backtest(history, [lastValue], { horizon: 2, levels: [80] });

    expect(first).toMatchObject({ method: "last", horizon: 1, forecasts: 3, coverage: [{ level: 80, share: 1 / 3 }] });
    expect(first.mape).toBeCloseTo(18.67725, 5);
    expect(first.mase).toBeCloseTo(1.25, 12);
    expect(second).toMatchObject({ method: "last", horizon: 2, forecasts: 2, coverage: [{ level: 80, share: 0 }] });
    expect(second.mape).toBeCloseTo(19.04762, 5);
    expect(second.mase).toBeCloseTo(1.25, 12);
  });

  it("shows each method only the observations before its origin", () => {
    const seen: number[][] = [];
    const spy: ForecastMethod = {
      ...lastValue,
      forecast: (values, horizon, options) => {
        seen.push([...values]);
        return lastValue.forecast(values, horizon, options);
      },
    };
    backtest(history, [spy], { horizon: 3, levels: [95] });
    expect(seen).toEqual([history.slice(0, 3), history.slice(0, 4), history.slice(0, 5)]);
  });

  it("starts at minimumTrainingLength when asked", () => {
    const scores = backtest(history, [lastValue], { horizon: 1, levels: [], minimumTrainingLength: 2 });
    expect(scores).toMatchObject([{ horizon: 1, forecasts: 4, coverage: [] }]);
  });

  it("leaves out, whole, a method that cannot be fitted at some origin, and scores the others", () => {
    const failsEarly: ForecastMethod = {
      ...lastValue,
      name: "fails-early",
      forecast: (values, horizon, options) => {
        if (values.length < 4) throw new RangeError("too short");
        return lastValue.forecast(values, horizon, options);
      },
    };
    const scores = backtest(history, [failsEarly, lastValue], { horizon: 1, levels: [80] });
    expect(scores.map((score) => score.method)).toEqual(["last"]);
  });

  it("gives MASE in the history's own units when the history never changes", () => {
    // scale taken as 1: the last value 5 forecast of 5 errs by 0
    expect(backtest([5, 5, 5, 5], [lastValue], { horizon: 1, levels: [] })[0].mase).toBe(0);
  });

  it("gives nothing for a history too short to hold anything back", () => {
    expect(backtest([5], [lastValue], { horizon: 1, levels: [80] })).toEqual([]);
  });
});
