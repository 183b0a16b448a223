import { describe, expect, it } from "vitest";
import { caseloadByRiskLevel } from "../../src/workload/caseload-by-risk-level.js";
import { handForce } from "./hand-checked-rules.js";

describe("caseloadByRiskLevel(registeredSexOffenders, force)", () => {
  it("splits the caseload by the risk mix and the low-risk part between active and reactive management", () => {
    // 1,000 × 0.1 = 100 very high; × 0.2 = 200 high; × 0.3 = 300 medium;
    // low 1,000 × 0.4 = 400, of which × 0.5 = 200 reactive and 200 active
    const caseload = caseloadByRiskLevel(1000, handForce);
    expect(caseload.veryHigh).toBeCloseTo(100, 9);
    expect(caseload.high).toBeCloseTo(200, 9);
    expect(caseload.medium).toBeCloseTo(300, 9);
    expect(caseload.low).toBeCloseTo(200, 9);
    expect(caseload.lowReactive).toBeCloseTo(200, 9);
  });

  it("keeps fractions of people rather than rounding (1,163 × 2% = 23.26 very high risk)", () => {
    const caseload = caseloadByRiskLevel(1163, { riskMix: { veryHigh: 0.02, high: 0.18, medium: 0.3, low: 0.5 }, reactiveShareOfLowRisk: 0 });
    expect(caseload.veryHigh).toBeCloseTo(23.26, 9);
    expect(caseload.lowReactive).toBe(0);
  });

  it("loses no one: the groups add up to the caseload", () => {
    const caseload = caseloadByRiskLevel(1234, handForce);
    const total = caseload.veryHigh + caseload.high + caseload.medium + caseload.low + caseload.lowReactive;
    expect(total).toBeCloseTo(1234, 9);
  });
});
