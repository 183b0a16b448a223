import { describe, expect, it } from "vitest";
import { logFactorial, poissonDraw, standardNormalDraw } from "../../src/math/random-variates.js";
import { seededRandom } from "../../src/math/seeded-random.js";

function moments(values: number[]): { mean: number; variance: number } {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
  return { mean, variance };
}

describe("logFactorial(k)", () => {
  it("matches ln k! worked out as a sum of logarithms", () => {
    for (const k of [0, 1, 2, 5, 10, 50, 170]) {
      let exact = 0;
      for (let i = 2; i <= k; i++) exact += Math.log(i);
      expect(logFactorial(k)).toBeCloseTo(exact, 9);
    }
  });
});

describe("poissonDraw(mean, random)", () => {
  it("gives 0 for a mean of 0", () => {
    expect(poissonDraw(0, seededRandom(1))).toBe(0);
  });

  // 200,000 draws: the sample mean's standard error is √(mean / 200,000), under 0.02 for a mean of 50;
  // the tolerances are about five standard errors
  it.each([
    [3, 0.02, 0.06],
    [50, 0.08, 1.0],
    [600, 0.3, 12],
  ])("has mean and variance %d, as a Poisson distribution does", (mean, meanTolerance, varianceTolerance) => {
    const random = seededRandom(7);
    const draws = Array.from({ length: 200_000 }, () => poissonDraw(mean, random));
    const sample = moments(draws);
    expect(Math.abs(sample.mean - mean)).toBeLessThan(meanTolerance);
    expect(Math.abs(sample.variance - mean)).toBeLessThan(varianceTolerance);
    expect(draws.every((draw) => Number.isInteger(draw) && draw >= 0)).toBe(true);
  });

  it("gives P(X = 0) = e^−mean for a small mean (e^−3 = 0.0498)", () => {
    const random = seededRandom(3);
    const zeros = Array.from({ length: 100_000 }, () => poissonDraw(3, random)).filter((draw) => draw === 0).length;
    expect(Math.abs(zeros / 100_000 - Math.exp(-3))).toBeLessThan(0.004);
  });
});

describe("standardNormalDraw(random)", () => {
  it("has mean 0, variance 1, and 95% of draws within ±1.96", () => {
    const random = seededRandom(11);
    const draws = Array.from({ length: 200_000 }, () => standardNormalDraw(random));
    const sample = moments(draws);
    expect(Math.abs(sample.mean)).toBeLessThan(0.012);
    expect(Math.abs(sample.variance - 1)).toBeLessThan(0.02);
    expect(Math.abs(draws.filter((draw) => Math.abs(draw) <= 1.959964).length / 200_000 - 0.95)).toBeLessThan(0.003);
  });
});
