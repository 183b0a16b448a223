import { describe, expect, it } from "vitest";
import { quantileR7 } from "../../src/math/quantile-r7.js";

describe("quantileR7(values, p)", () => {
  it("matches R's quantile(type = 7)", () => {
    // R 4.2.2: quantile(c(3,1,4,1,5,9,2,6), c(0,.1,.25,.5,.9,.975,1), type = 7)
    //   1.000 1.000 1.750 3.500 6.900 8.475 9.000
    const values = [3, 1, 4, 1, 5, 9, 2, 6];
    const expected: [number, number][] = [[0, 1], [0.1, 1], [0.25, 1.75], [0.5, 3.5], [0.9, 6.9], [0.975, 8.475], [1, 9]];
    for (const [p, value] of expected) expect(quantileR7(values, p), `p = ${p}`).toBeCloseTo(value, 12);
    expect(values).toEqual([3, 1, 4, 1, 5, 9, 2, 6]);
  });

  it("refuses no values and a probability outside 0 to 1", () => {
    expect(() => quantileR7([], 0.5)).toThrow(RangeError);
    expect(() => quantileR7([1], 1.5)).toThrow(/got 1.5/);
  });
});
