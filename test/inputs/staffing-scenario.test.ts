import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseStaffingScenario, staffingScenarioSchemaFor } from "../../src/inputs/staffing-scenario.js";

const horizon = Object.freeze({ yearEndings: [2024, 2025, 2026, 2027, 2028] });
const folder = "test/fixtures/inputs/scenarios";

function parseFixture(name: string) {
  const file = `${folder}/${name}`;
  return parseStaffingScenario(file, readFileSync(file, "utf8"), horizon);
}

describe("parseStaffingScenario(file, text, horizon)", () => {
  it.each([
    [
      "unknown-key.json",
      "JSON path workforce.hire: expected only the keys hires, trainingMonths, offenderManagerAttritionPerYear, supervisorAttritionPerYear, abstractionShare; found the key \"hire\"",
    ],
    [
      "hire-outside-horizon.json",
      "JSON path workforce.hires[1].yearEnding: expected the forecast year the staff arrive in: a year ending within the forecast, 2024 to 2028; found 2032",
    ],
    ["negative-hires.json", "JSON path workforce.hires[0].offenderManagers: expected a number from 0 to 100,000 (FTE); found -2"],
    ["negative-shock.json", "JSON path demand.shocks[0].extraRegisteredSexOffenders: expected a number from 0 to 1,000,000 (people); found -10"],
    ["negative-cost.json", "JSON path costs.offenderManagerCostPerFte: expected a number from 0 to 1,000,000 (pounds); found -62000"],
    ["negative-visits.json", "JSON path workloadStandards.riskLevels.high.visitsPerYear: expected a number from 0 to 366 (a year); found -4"],
    [
      "attrition-everyone.json",
      "JSON path workforce.offenderManagerAttritionPerYear: expected a fraction of staff leaving a year, from 0 to below 1, such as 0.1 for one in ten; found 1",
    ],
    [
      "method-and-growth.json",
      'JSON path demand.growthRatePerYear: expected either "method" or "growthRatePerYear", not both; found both, method "drift" and growth rate 0.04',
    ],
    [
      "shock-assumption-without-reason.json",
      'JSON path demand.shocks[0].reason: expected a "reason" for a size marked as an assumption; found nothing (the key is missing)',
    ],
    [
      "training-months-fraction.json",
      "JSON path workforce.trainingMonths: expected whole months from 0 to 36 before a new offender manager carries a caseload; found 7.5",
    ],
  ])("refuses %s, naming the file and JSON path", (name, message) => {
    expect(() => parseFixture(name)).toThrow(`${folder}/${name}, ${message}`);
  });

  it("refuses a shock starting after the forecast", () => {
    const text = JSON.stringify({ name: "Late", forceProfile: "f.json", demand: { shocks: [{ kind: "step", fromYearEnding: 2031, extraRegisteredSexOffenders: 5, source: "s" }] } });
    expect(() => parseStaffingScenario("late.json", text, horizon)).toThrow(
      "late.json, JSON path demand.shocks[0].fromYearEnding: expected the first year with extra registrations: a year ending within the forecast, 2024 to 2028; found 2031",
    );
  });

  it("accepts every bundled scenario, its years within the example force's forecast (years ending 2026 to 2030)", () => {
    // the example force's history ends 31 March 2025, so its five forecast years end 2026 to 2030
    const bundledHorizon = { yearEndings: [2026, 2027, 2028, 2029, 2030] };
    for (const name of ["status-quo", "two-more-offender-managers", "sentencing-law-shock", "least-cost-plan"]) {
      const file = `models/scenarios/${name}.json`;
      expect(parseStaffingScenario(file, readFileSync(file, "utf8"), bundledHorizon).forceProfile).toBe("../example-force.json");
    }
  });

  it("builds the schema once for the same years, and another for other years", () => {
    const schema = staffingScenarioSchemaFor({ yearEndings: [2026, 2027, 2028, 2029, 2030] });

    expect(staffingScenarioSchemaFor({ yearEndings: [2026, 2027, 2028, 2029, 2030] })).toBe(schema);
    expect(staffingScenarioSchemaFor({ yearEndings: [2027, 2028, 2029, 2030, 2031] })).not.toBe(schema);
  });

  it("checks each scenario against its own years when the years change between files", () => {
    const text = JSON.stringify({ name: "Hire", forceProfile: "f.json", workforce: { hires: [{ yearEnding: 2029, offenderManagers: 1 }] } });
    expect(parseStaffingScenario("hire.json", text, { yearEndings: [2026, 2027, 2028, 2029, 2030] }).workforce?.hires?.[0].yearEnding).toBe(2029);
    expect(() => parseStaffingScenario("hire.json", text, { yearEndings: [2021, 2022, 2023, 2024, 2025] })).toThrow(
      "hire.json, JSON path workforce.hires[0].yearEnding: expected the forecast year the staff arrive in: a year ending within the forecast, 2021 to 2025; found 2029",
    );
  });

  it("accepts a scenario that names only itself and its force, changing nothing", () => {
    expect(parseStaffingScenario("empty.json", '{"name": "Nothing", "forceProfile": "force.json"}', horizon)).toEqual({ name: "Nothing", forceProfile: "force.json" });
  });
});
