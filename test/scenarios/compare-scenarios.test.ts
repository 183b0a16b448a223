import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { forecastCaseload } from "../../src/forecast/forecast-caseload.js";
import { parseCaseloadHistory } from "../../src/inputs/caseload-history.js";
import { forceValues, parseForceProfile } from "../../src/inputs/force-profile.js";
import { parseStaffingScenario } from "../../src/inputs/staffing-scenario.js";
import { parseWorkloadStandards, workloadStandardValues } from "../../src/inputs/workload-standards.js";
import { annualSeries } from "../../src/series/fill-missing-years.js";
import { staffingResult } from "../../src/workload/staffing-result.js";
import { compareScenarios } from "../../src/scenarios/compare-scenarios.js";
import { scenarioProjection, type Baseline } from "../../src/scenarios/scenario-projection.js";
import { handForce, handStandards } from "../workload/hand-checked-rules.js";
import { emptyScenario, handForecast } from "./scenario-fixtures.js";

// 800 last recorded, then 800, 900 and 1,000 people; 16 offender managers at 50 each carry 800, so the second
// year breaches, from its first month end (800 + 100/12)
const baseline: Baseline = { forecast: handForecast({ point: [800, 900, 1000], lastRecorded: 800 }), standards: handStandards, force: handForce };

describe("compareScenarios(projections)", () => {
  it("says when each scenario first breaches each target and what it costs against the first", () => {
    const standStill = scenarioProjection(baseline, emptyScenario);
    const fourMore = scenarioProjection(baseline, { ...emptyScenario, name: "Four more", workforce: { hires: [{ yearEnding: 2025, offenderManagers: 4 }] } });
    const [first, second] = compareScenarios([standStill, fourMore]);

    expect(first.firstCaseloadBreach).toBe("2025-03-31");
    expect(first.yearsBreachingATarget).toBe(2);
    // 16 trained carry 800 against a median of 1,000 (sd 50√3, normal intervals) in the last year, the likeliest:
    // pnorm(200 / (50√3)) = pnorm(2.309401) = 0.9895393 (R 4.x), the chance of a breach in some year at least
    expect(first.highestBreachProbability).toBeCloseTo(0.9895393, 6);
    // four more from 2025: 20 carry 1,000 at 50 each, so never a caseload breach; 20 ÷ 2 = 10 per supervisor, on the target
    expect(second.firstCaseloadBreach).toBeNull();
    expect(second.firstSupervisionBreach).toBeNull();
    // 16 × £60,000 + 2 × £70,000 = £1,100,000 a year, three years: £3,300,000; four more for two years: 4 × £60,000 × 2 = £480,000
    expect(first.totalCost).toBeCloseTo(3_300_000, 6);
    expect(second.costAgainstFirst).toBeCloseTo(480_000, 6);
    expect(first.costAgainstFirst).toBe(0);
  });

  it("takes the chance of a breach also over the years that end after the date no hire is planned before alone", () => {
    const standStill = scenarioProjection(baseline, emptyScenario);
    const fourMore = scenarioProjection(baseline, { ...emptyScenario, name: "Four more", workforce: { hires: [{ yearEnding: 2025, offenderManagers: 4 }] } });
    // no hire before 31 March 2025: only the year ending 2026 is left. Four more: 20 carry 1,000 against its
    // median of 1,000, so one half; standing still as above, 0.9895393
    const [first, second] = compareScenarios([standStill, fourMore], "2025-03-31");
    expect(first.breachProbabilityOnceHiresCanStart).toEqual({ fromPeriodEnding: "2026-03-31", probability: standStill.years[2].probabilityCaseloadTargetBreached });
    expect(first.breachProbabilityOnceHiresCanStart?.probability).toBeCloseTo(0.9895393, 6);
    expect(second.breachProbabilityOnceHiresCanStart?.probability).toBeCloseTo(0.5, 9);
    // every year open to hiring, none, or no date given: no second figure
    expect(compareScenarios([standStill], "2023-03-31")[0].breachProbabilityOnceHiresCanStart).toBeNull();
    expect(compareScenarios([standStill], "2026-03-31")[0].breachProbabilityOnceHiresCanStart).toBeNull();
    expect(compareScenarios([standStill])[0].breachProbabilityOnceHiresCanStart).toBeNull();
  });
});

describe("a scenario that changes nothing, on the example force", () => {
  it("reproduces the staffing stage's figures exactly, at the point forecast and at the upper 80% bound", () => {
    // the files and options `mosovo staffing --force models/example-force.json` uses
    const profileFile = "models/example-force.json";
    const profile = parseForceProfile(profileFile, readFileSync(profileFile, "utf8"));
    const standardsFile = join("models", profile.workloadStandards);
    const standards = parseWorkloadStandards(standardsFile, readFileSync(standardsFile, "utf8"));
    const historyFile = join("models", profile.caseloadHistory);
    const series = annualSeries(parseCaseloadHistory(historyFile, readFileSync(historyFile, "utf8")));
    const forecast = forecastCaseload(series, { horizon: 5, levels: [80, 95], method: "auto" });
    const custody = { from: "profile" as const, file: profileFile, people: profile.peopleInCustody!.value, source: profile.peopleInCustody!.source };
    const staffing = staffingResult(forecast, { standards, standardsFile, profile, profileFile, custody });

    const baseline: Baseline = { forecast, standards: workloadStandardValues(standards), force: { ...forceValues(profile), peopleInCustody: custody.people } };
    const statusQuoFile = "models/scenarios/status-quo.json";
    const statusQuo = parseStaffingScenario(statusQuoFile, readFileSync(statusQuoFile, "utf8"), { yearEndings: [2026, 2027, 2028, 2029, 2030] });
    for (const scenario of [{ name: "Nothing", forceProfile: "../example-force.json" }, statusQuo]) {
      expect(scenarioProjection(baseline, scenario).years.map((year) => year.staffing)).toEqual(staffing.years.map((year) => year.point));
      const atUpper = scenarioProjection(baseline, { ...scenario, demand: { upperBoundLevel: 80 } });
      expect(atUpper.years.map((year) => year.staffing)).toEqual(staffing.years.map((year) => year.upper80));
    }
  });
});
