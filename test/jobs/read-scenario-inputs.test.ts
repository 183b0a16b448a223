import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadForceModel } from "../../src/jobs/load-force-model.js";
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

describe("readForceFiles(forceFile, loaded)", () => {
  it("takes the profile and its files as the caller loaded them, without reading them again", () => {
    const model = loadForceModel("models/example-force.json", "auto");
    const force = readForceFiles("models/example-force.json", model);

    expect(force.model).toBe(model);
    expect(force).toEqual(readForceFiles("models/example-force.json"));
  });

  it("still refuses a history too short for the scenarios' auto forecast, though the caller loaded it for a method that needs fewer years", () => {
    // naive needs 2 years, auto as many as random walk with drift, 3
    const folder = mkdtempSync(join(tmpdir(), "mosovo-force-files-"));
    try {
      const history = join(folder, "two-years.csv");
      writeFileSync(history, "year_ending,rsos\n2024-03-31,1100\n2025-03-31,1150\n");
      const profile = JSON.parse(readFileSync("models/example-force.json", "utf8"));
      const profileFile = join(folder, "force.json");
      writeFileSync(profileFile, JSON.stringify({ ...profile, caseloadHistory: history, workloadStandards: resolve("models/workload-standards.json") }));
      const model = loadForceModel(profileFile, "naive");

      expect(() => readForceFiles(profileFile, model)).toThrow(`${history}: expected at least 3 years of figures for a forecast; found 2`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
