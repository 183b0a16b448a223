import { describe, expect, it } from "vitest";
import { randomWalkWithDrift } from "../../../src/forecast/methods/random-walk-with-drift.js";
import { itMatchesR } from "../../fixtures/r/it-matches-r.js";
import { CLOSED_FORM_TOLERANCE, simpleMethodReference } from "../../fixtures/r/simple-method-reference.js";

describe("randomWalkWithDrift(history, horizon, options)", () => {
  // R 4.2.2, forecast 8.20: rwf(y, h = 6, drift = TRUE, level = c(80, 95)), made by
  // test/fixtures/r/make-simple-method-fixtures.R on eight series.
  itMatchesR(randomWalkWithDrift, "rwf(drift = TRUE)", simpleMethodReference("drift"), CLOSED_FORM_TOLERANCE);

  it("carries on the line through the first and last observations", () => {
    // drift = (15 − 10) / 2 = 2.5: 15 + 2.5 = 17.5, 15 + 5 = 20
    expect(randomWalkWithDrift([10, 12, 15], 2, { levels: [] }).point).toEqual([17.5, 20]);
  });

  it("carries on a series that rises by the same amount each year, with no spread", () => {
    const forecast = randomWalkWithDrift([100, 110, 120, 130], 2, { levels: [95] });

    expect(forecast.point).toEqual([140, 150]);
    expect(forecast.intervals[0].lower).toEqual([140, 150]);
    expect(forecast.intervals[0].upper).toEqual([140, 150]);
  });
});
