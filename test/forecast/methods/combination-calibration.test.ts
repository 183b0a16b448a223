import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { calibratedHalfWidth } from "../../../src/forecast/methods/combination-calibration.js";
import { combinationCalibrationTable } from "../../../src/forecast/methods/combination-calibration-table.js";

const shipped = JSON.parse(readFileSync(new URL("../../../models/combination-calibration.json", import.meta.url), "utf8")) as {
  levels: number[];
  multipliers: number[][];
};

describe("calibratedHalfWidth(step, level)", () => {
  it("uses the multipliers shipped in models/combination-calibration.json", () => {
    expect(combinationCalibrationTable.levels).toEqual(shipped.levels);
    expect(combinationCalibrationTable.multipliers).toEqual(shipped.multipliers);
  });

  it("gives the learned multiplier at a learned step and level", () => {
    expect(calibratedHalfWidth(2, 95)).toBe(shipped.multipliers[1][shipped.levels.indexOf(95)]);
  });

  it("interpolates linearly between learned levels", () => {
    // 82.5 is halfway from 80 to 85
    const [at80, at85] = [80, 85].map((level) => shipped.multipliers[0][shipped.levels.indexOf(level)]);
    expect(calibratedHalfWidth(1, 82.5)).toBeCloseTo((at80 + at85) / 2, 12);
  });

  it("scales the nearest learned multiplier by normal quantiles outside the learned levels", () => {
    // 99.9%: z = 3.290527 against z = 2.575829 at 99%
    const at99 = shipped.multipliers[0][shipped.levels.indexOf(99)];
    expect(calibratedHalfWidth(1, 99.9)).toBeCloseTo((at99 * 3.290526731491926) / 2.5758293035489, 9);
  });

  it("uses the furthest learned step beyond it", () => {
    expect(calibratedHalfWidth(10, 80)).toBe(calibratedHalfWidth(6, 80));
  });

  it("never narrows as the step ahead rises, at any level", () => {
    // learned raw, the 97.5% and 99% multipliers fell from three years ahead to four (4.73 to 4.14, 6.09 to 5.14)
    for (const level of [10, 30, 50, 60, 75, 80, 87.5, 95, 97.5, 99, 99.5]) {
      const widths = [1, 2, 3, 4, 5, 6, 7].map((step) => calibratedHalfWidth(step, level));
      widths.slice(1).forEach((width, i) => expect(width, `${level}% at step ${i + 2}`).toBeGreaterThanOrEqual(widths[i]));
    }
    for (const column of shipped.levels.keys()) {
      const byStep = shipped.multipliers.map((row) => row[column]);
      byStep.slice(1).forEach((value, i) => expect(value).toBeGreaterThanOrEqual(byStep[i]));
    }
  });

  it("never narrows as the level rises", () => {
    for (let step = 1; step <= 6; step += 1) {
      const widths = [10, 30, 50, 65, 80, 90, 95, 98, 99, 99.5].map((level) => calibratedHalfWidth(step, level));
      widths.slice(1).forEach((width, i) => expect(width).toBeGreaterThanOrEqual(widths[i]));
    }
  });
});
