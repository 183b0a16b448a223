import { describe, expect, it } from "vitest";
import { readForceFiles, readScenarioFile, scenarioBaseline } from "../../src/jobs/read-scenario-inputs.js";
import { scenarioProjection } from "../../src/scenarios/scenario-projection.js";

describe("scenarioBaseline(force, scenarios, extraLevels, flows)", () => {
  const force = readForceFiles("models/example-force.json");
  // the history ends in the year ending 31 March 2025: the forecast years end 2026 to 2030
  const flows = [2026, 2027, 2028, 2029, 2030].map((year) => ({ periodEnding: `${year}-03-31`, joiners: 120, releases: 40 }));

  it("has no flows unless given them, as before", () => {
    expect(scenarioBaseline(force, [])).not.toHaveProperty("flows");
  });

  it("takes the flows given, or else the force's", () => {
    expect(scenarioBaseline(force, [], [], flows).flows).toBe(flows);
    expect(scenarioBaseline({ ...force, flows }, []).flows).toBe(flows);
  });

  it("makes the bundled shock scenario count the one-off work of its extra joiners", () => {
    // The bundled standards: 8 + 2 × 4 + 3 = 19 h a joiner, 2 × 3 + 3 + 5 = 14 h a release.
    // The shock ramps 25 a year from 2026 for three years: 25 more joiners in 2026, 2027 and 2028, none after.
    //   2026 to 2028: 145 × 19 + 40 × 14 = 2,755 + 560 = 3,315 h;  2029, 2030: 120 × 19 + 560 = 2,840 h
    const shock = readScenarioFile("models/scenarios/sentencing-law-shock.json", force);
    const years = scenarioProjection(scenarioBaseline(force, [shock], [], flows), shock.scenario).years;
    expect(years.map((year) => year.staffing.flows?.joiners)).toEqual([145, 145, 145, 120, 120]);
    [3315, 3315, 3315, 2840, 2840].forEach((hours, index) => expect(years[index].staffing.oneOffWork?.total).toBeCloseTo(hours, 9));
  });
});
