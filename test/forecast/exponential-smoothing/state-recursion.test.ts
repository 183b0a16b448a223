import { describe, expect, it } from "vitest";
import { runStateRecursion } from "../../../src/forecast/exponential-smoothing/state-recursion.js";

describe("runStateRecursion(history, parameters, initialState)", () => {
  it("runs simple exponential smoothing as worked by hand", () => {
    // α = 0.5, level 10:
    //   y = 10: forecast 10, error 0, level 10
    //   y = 12: forecast 10, error 2, level 10 + 0.5 × 2 = 11
    //   y = 11: forecast 11, error 0, level 11
    // squared errors 0 + 4 + 0 = 4, mean 4/3
    const result = runStateRecursion([10, 12, 11], { alpha: 0.5, beta: 0, phi: 1 }, { level: 10, trend: 0 });

    expect(result.sumOfSquaredErrors).toBe(4);
    expect(result.meanSquaredError).toBeCloseTo(4 / 3, 15);
    expect(result.finalState).toEqual({ level: 11, trend: 0 });
  });

  it("runs Holt's linear trend as worked by hand", () => {
    // α = 0.5, β = 0.25, level 10, trend 1:
    //   y = 11: forecast 10 + 1 = 11, error 0, level 11, trend 1
    //   y = 13: forecast 11 + 1 = 12, error 1, level 12 + 0.5 × 1 = 12.5, trend 1 + 0.25 × 1 = 1.25
    const result = runStateRecursion([11, 13], { alpha: 0.5, beta: 0.25, phi: 1 }, { level: 10, trend: 1 });

    expect(result.sumOfSquaredErrors).toBe(1);
    expect(result.meanSquaredError).toBe(0.5);
    expect(result.finalState).toEqual({ level: 12.5, trend: 1.25 });
  });

  it("damps the trend by φ before adding it, as worked by hand", () => {
    // α = 0.5, β = 0.1, φ = 0.5, level 10, trend 2:
    //   y = 12: forecast 10 + 0.5 × 2 = 11, error 1, level 11 + 0.5 × 1 = 11.5,
    //   trend 0.5 × 2 + 0.1 × 1 = 1.1
    const result = runStateRecursion([12], { alpha: 0.5, beta: 0.1, phi: 0.5 }, { level: 10, trend: 2 });

    expect(result.sumOfSquaredErrors).toBe(1);
    expect(result.finalState.level).toBe(11.5);
    expect(result.finalState.trend).toBeCloseTo(1.1, 15);
  });
});
