import { describe, expect, it } from "vitest";
import type { Forecast } from "../../src/forecast/forecast.js";
import { noFewerThanNone } from "../../src/forecast/no-fewer-than-none.js";

describe("noFewerThanNone(forecast)", () => {
  it("raises points and bounds below zero to zero, and says so", () => {
    const forecast: Forecast = {
      method: "drift",
      point: [5, -2],
      intervals: [{ level: 80, lower: [-10, -30], upper: [20, 26] }],
    };
    expect(noFewerThanNone(Object.freeze(forecast))).toEqual({
      forecast: { method: "drift", point: [5, 0], intervals: [{ level: 80, lower: [0, 0], upper: [20, 26] }] },
      raised: true,
    });
    // the method's own forecast is left as fitted
    expect(forecast.intervals[0].lower).toEqual([-10, -30]);
  });

  it("gives back the same forecast when nothing is below zero, zero itself included", () => {
    const forecast: Forecast = { method: "naive", point: [0, 3], intervals: [{ level: 95, lower: [0, 1], upper: [4, 5] }] };
    const result = noFewerThanNone(forecast);
    expect(result.raised).toBe(false);
    expect(result.forecast).toBe(forecast);
  });
});
