import { erf } from "mathjs/number";
import { describe, expect, it } from "vitest";
import { normalDistribution } from "../../src/math/normal-distribution.js";
import { normalQuantile } from "../../src/math/normal-quantile.js";

// R 4.2.2's qnorm values (the same as test/math/normal-quantile.test.ts): pnorm(qnorm(p)) is p, so
// Φ at each of R's quantiles must give back p.
const fromR: [p: number, z: number][] = [
  [1e-10, -6.3613409024040557],
  [0.0005, -3.2905267314918945],
  [0.025, -1.9599639845400538],
  [0.1, -1.2815515655446008],
  [0.3, -0.52440051270804067],
  [0.5, 0],
  [0.6, 0.25334710313579978],
  [0.9, 1.2815515655446008],
  [0.975, 1.9599639845400536],
  [0.995, 2.5758293035488999],
  [0.9995, 3.2905267314919255],
];

describe("normalDistribution(z)", () => {
  // R's quantile is itself rounded to the nearest double, within |z| × 1.1e-16; in the lower tail Φ changes by
  // a share of about |z| per unit of z, so that rounding alone moves Φ by up to z² × 1.1e-16 of itself. Allowed:
  // 1e-15 × max(1, z²) relative (4e-14 at z = −6.36, 1e-15 near the middle).
  it.each(fromR)("gives back p = %s at R's qnorm(p), to 1e-15 × max(1, z²) relative", (p, z) => {
    expect(Math.abs(normalDistribution(z) - p)).toBeLessThanOrEqual(1e-15 * Math.max(1, z * z) * p);
  });

  // Φ(1) = (1 + erf(1/√2)) / 2, with erf(1/√2) = 0.682689492137085897… (the "68% within one standard deviation")
  it("gives Φ(1) = 0.841344746068542948… and Φ(−1) = 0.158655253931457051…", () => {
    expect(normalDistribution(1)).toBeCloseTo(0.841344746068542948, 15);
    expect(normalDistribution(-1)).toBeCloseTo(0.158655253931457051, 15);
  });

  // mathjs' erf (Cody's erf, an independent implementation): Φ(z) = (1 + erf(z/√2)) / 2, exact to rounding
  // where neither tail is small
  it("agrees with mathjs' error function to 1e-15 from −3 to 3", () => {
    for (let z = -3; z <= 3; z += 0.0625) {
      expect(Math.abs(normalDistribution(z) - 0.5 * (1 + erf(z / Math.SQRT2)))).toBeLessThanOrEqual(1e-15);
    }
  });

  // in the far tail 1 − erf cancels, so Φ(−z) must be read directly: R gives pnorm(-10) = 7.619853024160527e-24
  it("keeps its relative accuracy far in the lower tail: Φ(−10) = 7.6198530241605e−24", () => {
    expect(normalDistribution(-10) / 7.619853024160527e-24).toBeCloseTo(1, 12);
  });

  it("is the inverse of normalQuantile across the levels the tool uses", () => {
    for (const p of [0.0005, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 0.9995]) {
      expect(Math.abs(normalDistribution(normalQuantile(p)) - p)).toBeLessThanOrEqual(2e-15 * p);
    }
  });

  it("is symmetric: Φ(−z) = 1 − Φ(z)", () => {
    for (const z of [0.1, 0.5, 1, 2, 3]) expect(normalDistribution(-z)).toBeCloseTo(1 - normalDistribution(z), 15);
  });
});
