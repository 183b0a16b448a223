import { describe, expect, it } from "vitest";
import { normalQuantile } from "../../src/math/normal-quantile.js";

// R 4.2.2, made by:
//   Rscript -e 'p <- c(1e-10, 0.0005, 0.025, 0.1, 0.3, 0.5, 0.6, 0.9, 0.975, 0.995, 0.9995, 1 - 1e-10);
//               cat(paste(sprintf("  [%s, %.17g],", format(p, digits=17), qnorm(p)), collapse="\n"))'
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
  [1 - 1e-10, 6.3613408896974208],
];

describe("normalQuantile(p)", () => {
  // The levels the tool uses (p from 0.0005 to 0.9995) must be as good as R's: 1e-14 relative.
  it.each(fromR.slice(1, -1))("matches R's qnorm(%s) to 1e-14 relative", (p, z) => {
    expect(Math.abs(normalQuantile(p) - z)).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(z)));
  });

  // Far in the lower tail too (AS 241's third region, as R's): 1e-14 relative
  it("matches R's qnorm(1e-10) in the far tail to 1e-14 relative", () => {
    const [p, z] = fromR[0];
    expect(Math.abs(normalQuantile(p) - z)).toBeLessThanOrEqual(1e-14 * Math.abs(z));
  });

  // 1 − 1e-10 is not a round number in binary, so R's value is of the double nearest it; p − 0.5 and 1 − p
  // lose about six figures there, as in R, so the two agree to 1e-8 (R itself gives 6.36134088969742 for it)
  it("matches R's qnorm(1 - 1e-10) in the far upper tail to 1e-8 relative", () => {
    const [p, z] = fromR[fromR.length - 1];
    expect(Math.abs(normalQuantile(p) - z)).toBeLessThanOrEqual(1e-8 * Math.abs(z));
  });

  it("is antisymmetric about one half: q(1 − p) = −q(p)", () => {
    for (const p of [0.01, 0.1, 0.25, 0.4]) {
      expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 12);
    }
  });

  it.each([0, 1, -0.1, 1.5, Number.NaN])("refuses %s, which is not a probability strictly between 0 and 1", (p) => {
    expect(() => normalQuantile(p)).toThrow(RangeError);
  });
});
