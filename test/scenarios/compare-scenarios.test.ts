import { describe, expect, it } from "vitest";
import { compareScenarios } from "../../src/scenarios/compare-scenarios.js";
import { scenarioProjection, type Baseline } from "../../src/scenarios/scenario-projection.js";
import { handForce, handStandards } from "../workload/hand-checked-rules.js";
import { emptyScenario, handForecast } from "./scenario-fixtures.js";

// 800, 900 and 1,000 people; 16 offender managers at 50 each carry 800, so the second year breaches
const baseline: Baseline = { forecast: handForecast({ point: [800, 900, 1000] }), standards: handStandards, force: handForce };

describe("compareScenarios(projections)", () => {
  it("says when each scenario first breaches each target and what it costs against the first", () => {
    const standStill = scenarioProjection(baseline, emptyScenario);
    const fourMore = scenarioProjection(baseline, { ...emptyScenario, name: "Four more", workforce: { hires: [{ yearEnding: 2025, offenderManagers: 4 }] } });
    const [first, second] = compareScenarios([standStill, fourMore]);

    expect(first.firstCaseloadBreach).toBe("2025-03-31");
    expect(first.yearsBreachingATarget).toBe(2);
    // four more from 2025: 20 carry 1,000 at 50 each, so never a caseload breach; 20 ÷ 2 = 10 per supervisor, on the target
    expect(second.firstCaseloadBreach).toBeNull();
    expect(second.firstSupervisionBreach).toBeNull();
    // 16 × £60,000 + 2 × £70,000 = £1,100,000 a year, three years: £3,300,000; four more for two years: 4 × £60,000 × 2 = £480,000
    expect(first.totalCost).toBeCloseTo(3_300_000, 6);
    expect(second.costAgainstFirst).toBeCloseTo(480_000, 6);
    expect(first.costAgainstFirst).toBe(0);
  });
});
