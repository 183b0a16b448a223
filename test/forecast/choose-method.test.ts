import { describe, expect, it } from "vitest";
import type { BacktestScore } from "../../src/forecast/backtest-score.js";
import { autoRule, chooseMethod } from "../../src/forecast/choose-method.js";
import type { ForecastMethod } from "../../src/forecast/methods.js";

const method = (name: string, label: string): ForecastMethod => ({
  name,
  label,
  minimumObservations: 1,
  reference: "test",
  forecast: () => {
    throw new Error("not called");
  },
});
const naive = method("naive", "naive");
const drift = method("drift", "random walk with drift");
const theta = method("theta", "Theta");
const combination = method("combination", "combination");

const score = (name: string, horizon: number, mase: number): BacktestScore => ({
  method: name,
  horizon,
  forecasts: 3,
  mape: 0,
  mase,
  coverage: [],
});

describe("chooseMethod(scores, methods, historyLength)", () => {
  it("takes the combination when it could be fitted, even if another method backtested better", () => {
    // combination: (1.0 + 1.6) / 2 = 1.3; theta: (0.9 + 1.1) / 2 = 1.0; naive: (2 + 2) / 2 = 2
    const scores = [score("naive", 1, 2), score("naive", 2, 2), score("theta", 1, 0.9), score("theta", 2, 1.1), score("combination", 1, 1.0), score("combination", 2, 1.6)];
    const choice = chooseMethod(scores, [naive, theta, combination], 14);
    expect(choice).toEqual({
      method: "combination",
      rule: autoRule,
      reason:
        "The history of 14 years is long enough for the combination. In the backtest on this history its MASE, averaged over the years ahead, was 1.30; the best of the others was Theta, 1.00.",
    });
  });

  it("takes random walk with drift when the history is too short for the combination", () => {
    const choice = chooseMethod([score("drift", 1, 0.8), score("naive", 1, 0.7)], [naive, drift, theta], 8);
    expect(choice.method).toBe("drift");
    expect(choice.reason).toBe(
      "The history of 8 years is too short for the combination, so random walk with drift was used. In the backtest on this history its MASE, averaged over the years ahead, was 0.80; the best of the others was naive, 0.70.",
    );
  });

  it("says so when the history is too short to backtest", () => {
    expect(chooseMethod([], [naive, drift], 3).reason).toBe(
      "The history of 3 years is too short for the combination, so random walk with drift was used. The history is too short to backtest.",
    );
  });

  it("takes the first method when neither the combination nor drift could be fitted", () => {
    expect(chooseMethod([], [naive], 2).method).toBe("naive");
  });

  it("refuses to choose from no methods", () => {
    expect(() => chooseMethod([], [], 0)).toThrow(RangeError);
  });
});
