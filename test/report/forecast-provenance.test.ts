import { describe, expect, it } from "vitest";
import { forecastAssumptions } from "../../src/report/forecast-provenance.js";
import { sampleForecast } from "./sample-forecast.js";

describe("forecastAssumptions(result)", () => {
  it("lists what the caseload counts first: rsos read as the community count is an assumption", () => {
    const statement = "The caseload forecast is of registered sex offenders in the community: h.csv gives rsos only.";
    const [first] = forecastAssumptions({ ...sampleForecast, history: { ...sampleForecast.history, counted: { basis: "rsos", statement } } });
    expect(first).toEqual({ statement, source: "the caseload history's columns", isAssumption: true });
  });

  it("lists the community column as the file's own figure, not an assumption", () => {
    const [first] = forecastAssumptions({ ...sampleForecast, history: { ...sampleForecast.history, counted: { basis: "community", statement: "community" } } });
    expect(first.isAssumption).toBe(false);
  });

  it("says nothing of the counting basis for a series that does not say", () => {
    expect(forecastAssumptions(sampleForecast).map((assumption) => assumption.source)).not.toContain("the caseload history's columns");
  });
});
