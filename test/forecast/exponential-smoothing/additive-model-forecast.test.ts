import { describe, expect, it } from "vitest";
import { additiveModelForecast } from "../../../src/forecast/exponential-smoothing/additive-model-forecast.js";
import type { FittedAdditiveModel } from "../../../src/forecast/exponential-smoothing/fit-additive-model.js";

/** A fitted damped model with round numbers, so that the forecast can be worked by hand. */
const model: FittedAdditiveModel = {
  trendKind: "damped",
  parameters: { alpha: 0.5, beta: 0.1, phi: 0.5 },
  initialState: { level: 0, trend: 0 },
  finalState: { level: 100, trend: 10 },
  observations: 12,
  fittedValues: 5,
  meanSquaredError: 0,
  logLikelihood: 0,
  aic: 0,
  aicc: 0,
  bic: 0,
  residualVariance: 4,
  evaluations: 0,
};

describe("additiveModelForecast(method, model, horizon, options)", () => {
  it("carries the last state forward with the trend damped by φ each step, as worked by hand", () => {
    // 100 + 0.5 × 10 = 105; 105 + 0.25 × 10 = 107.5; 107.5 + 0.125 × 10 = 108.75
    const forecast = additiveModelForecast("damped", model, 3, { levels: [95] });

    expect(forecast.method).toBe("damped");
    expect(forecast.point).toEqual([105, 107.5, 108.75]);
  });

  it("widens the interval by the class 1 variance, as worked by hand", () => {
    // h = 1: variance 4, half-width 1.959963984540054 × 2 = 3.919927969080108
    // h = 2: c₁ = 0.5 + 0.1 × 0.5 = 0.55, variance 4 × (1 + 0.3025) = 5.21,
    //        half-width 1.959963984540054 × 2.2825424421026654 (√5.21) = 4.473700979705326
    const [interval] = additiveModelForecast("damped", model, 2, { levels: [95] }).intervals;

    expect(interval.upper[0] - 105).toBeCloseTo(3.919927969080108, 12);
    expect(107.5 - interval.lower[1]).toBeCloseTo(4.473700979705326, 12);
  });
});
