import { describe, expect, it } from "vitest";
import { geometricDriftPoint } from "../../../src/forecast/methods/geometric-drift.js";
import { simpleMethodReference } from "../../fixtures/r/simple-method-reference.js";

describe("geometricDriftPoint(history, horizon)", () => {
  it("carries the average growth rate forward: 100, 110, 121 grow 10% a year, so 133.1 then 146.41", () => {
    const point = geometricDriftPoint([100, 110, 121], 2);
    expect(point[0]).toBeCloseTo(133.1, 10);
    expect(point[1]).toBeCloseTo(146.41, 10);
  });

  it("uses only the first and last values: 10, 99, 40 is 100% growth a year, the same as 10, 20, 40", () => {
    expect(geometricDriftPoint([10, 99, 40], 1)[0]).toBeCloseTo(80, 10);
  });

  // R's rwf(y, drift = TRUE, lambda = 0)$mean, written by make-simple-method-fixtures.R
  const references = simpleMethodReference("geometric-drift");

  it("has R's reference forecasts to check against", () => {
    expect(references.length).toBeGreaterThanOrEqual(8);
  });

  it.each(references.map((reference) => [reference.series, reference] as const))("matches R's forecast package on %s to 1e-9 relative", (_name, reference) => {
    const point = geometricDriftPoint(reference.history, reference.point.length);
    point.forEach((value, step) => expect(Math.abs(value - reference.point[step]) / Math.abs(reference.point[step])).toBeLessThan(1e-9));
  });

  it("falls back to arithmetic drift where the first or last value is not above zero: 0, 5, 10 gives 15, 20", () => {
    expect(geometricDriftPoint([0, 5, 10], 2)).toEqual([15, 20]);
  });

  it("refuses a history of one observation", () => {
    expect(() => geometricDriftPoint([5], 1)).toThrow(RangeError);
  });
});
