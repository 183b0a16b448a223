import { describe, expect, it } from "vitest";
import { normalQuantile } from "../../src/math/normal-quantile.js";
import { studentTQuantile } from "../../src/math/student-t-quantile.js";

const probabilities = [0.0005, 0.1, 0.6, 0.9, 0.975, 0.995, 0.9995];

// R 4.2.2, made by:
//   Rscript -e 'for (nu in c(1,2,3,4,5,10,30,1000)) cat(sprintf("  [%d, [%s]],\n", nu, paste(sprintf("%.17g",
//               qt(c(0.0005, 0.1, 0.6, 0.9, 0.975, 0.995, 0.9995), nu)), collapse=", ")))'
const fromR: [degreesOfFreedom: number, quantiles: number[]][] = [
  [1, [-636.61924876871956, -3.077683537175254, 0.32491969623290634, 3.0776835371752544, 12.706204736174694, 63.656741162871526, 636.6192487687897]],
  [2, [-31.599054576443617, -1.8856180831641265, 0.28867513459481314, 1.8856180831641269, 4.3026527297494619, 9.9248432009182892, 31.599054576445365]],
  [3, [-12.923978636687483, -1.6377443536962089, 0.27667066233268983, 1.6377443536962091, 3.1824463052837078, 5.8409093097333544, 12.923978636687961]],
  [4, [-8.6103015813792751, -1.5332062740589427, 0.27072229470759746, 1.5332062740589429, 2.7764451051977934, 4.6040948713499921, 8.6103015813795221]],
  [5, [-6.8688266258811108, -1.4758840488244802, 0.26718086570414518, 1.4758840488244804, 2.5705818356363137, 4.0321429835552287, 6.8688266258812734]],
  [10, [-4.5868938587026351, -1.3721836411103354, 0.26018482949208016, 1.3721836411103356, 2.2281388519862739, 3.16927267261695, 4.5868938587027079]],
  [30, [-3.6459586350420219, -1.3104150253913953, 0.25560536495191277, 1.3104150253913955, 2.0422724563012378, 2.7499956535672254, 3.6459586350420627]],
  [1000, [-3.3002826484239121, -1.2823987214609247, 0.25341451583949876, 1.2823987214609247, 1.9623390808264076, 2.5807546980659501, 3.3002826484239436]],
];

describe("studentTQuantile(p, degreesOfFreedom)", () => {
  // 1e-12 relative: R itself gives qt(0.0005) and −qt(0.9995) differing by up to 1e-12 relative,
  // because 1 − 0.9995 is not exactly 0.0005 in binary.
  it.each(fromR)("matches R's qt(p, %i) to 1e-12 relative for p from 0.0005 to 0.9995", (degreesOfFreedom, quantiles) => {
    probabilities.forEach((p, i) => {
      const t = studentTQuantile(p, degreesOfFreedom);
      expect(Math.abs(t - quantiles[i])).toBeLessThanOrEqual(1e-12 * Math.abs(quantiles[i]));
    });
  });

  it("gives zero at p = ½ for any degrees of freedom", () => {
    for (const degreesOfFreedom of [1, 2, 3, 8, 51]) expect(studentTQuantile(0.5, degreesOfFreedom)).toBe(0);
  });

  it("lies further out than the normal quantile and comes closer to it as the degrees of freedom grow", () => {
    const z = normalQuantile(0.975);
    let previous = Infinity;
    for (const degreesOfFreedom of [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144]) {
      const t = studentTQuantile(0.975, degreesOfFreedom);
      expect(t).toBeGreaterThan(z);
      expect(t).toBeLessThan(previous);
      previous = t;
    }
  });

  it.each([
    [0, 5],
    [1, 5],
    [Number.NaN, 5],
    [0.9, 0],
    [0.9, 2.5],
    [0.9, -3],
  ])("refuses p = %s with %s degrees of freedom", (p, degreesOfFreedom) => {
    expect(() => studentTQuantile(p, degreesOfFreedom)).toThrow(RangeError);
  });
});
