import { describe, expect, it } from "vitest";
import { staffingProjection } from "../../src/workload/staffing-projection.js";
import { handForce, handOneOffWork, handStandards } from "./hand-checked-rules.js";

const caseload = Object.freeze({
  periodEnding: ["2024-03-31", "2025-03-31"],
  point: [1000, 1100],
  upper80: [1050, 1200],
});

describe("staffingProjection(caseload, standards, force, staffInPost)", () => {
  it("works out each year at the point forecast and at the upper 80% bound", () => {
    const years = staffingProjection(caseload, handStandards, handForce);
    expect(years.map((year) => year.periodEnding)).toEqual(["2024-03-31", "2025-03-31"]);
    // by ratio: 1,000 ÷ 50 = 20 and 1,200 ÷ 50 = 24
    expect(years[0].point.offenderManagersNeededByRatio).toBeCloseTo(20, 9);
    expect(years[1].upper80.offenderManagersNeededByRatio).toBeCloseTo(24, 9);
    // custody held at the profile's 100 in every year, and the profile's staff in post by default
    expect(years[1].upper80.peopleInCustody).toBe(100);
    expect(years[1].point.offenderManagersInPost).toBe(16);
  });

  it("uses each year's own staff in post when a scenario gives them", () => {
    const years = staffingProjection(caseload, handStandards, handForce, [
      { offenderManagers: 16, supervisors: 2 },
      { offenderManagers: 22, supervisors: 3 },
    ]);
    // 1,100 ÷ 22 = 50 per offender manager in the second year
    expect(years[1].point.caseloadPerOffenderManager).toBeCloseTo(50, 9);
    expect(years[1].upper80.supervisorsInPost).toBe(3);
  });

  it("counts each year's one-off work on that year's joiners and releases, at the point forecast and the upper 80% bound alike", () => {
    const standards = { ...handStandards, oneOffWork: handOneOffWork };
    const flows = [
      { periodEnding: "2025-03-31", joiners: 0, releases: 40 },
      { periodEnding: "2024-03-31", joiners: 120, releases: 0 },
    ];
    const without = staffingProjection(caseload, standards, handForce);
    const years = staffingProjection(caseload, standards, handForce, undefined, flows);
    // 2024: 120 × (3 + 2 × 2 + 2) = 1,080 h; 2025: 40 × (2 × 3 + 1.5 + 5) = 500 h
    expect(years[0].point.activityHours.total - without[0].point.activityHours.total).toBeCloseTo(1080, 9);
    expect(years[0].upper80.activityHours.total - without[0].upper80.activityHours.total).toBeCloseTo(1080, 9);
    expect(years[1].point.activityHours.total - without[1].point.activityHours.total).toBeCloseTo(500, 9);
    expect(years[1].point.flows).toEqual({ joiners: 0, releases: 40 });
  });

  it("refuses flows that do not give every forecast year", () => {
    expect(() => staffingProjection(caseload, handStandards, handForce, undefined, [{ periodEnding: "2024-03-31", joiners: 1, releases: 1 }])).toThrow(
      /0 entries for the year ending 2025-03-31/,
    );
  });

  it("uses each year's own risk mix and people in custody where the caseload is the register projection's", () => {
    const yearly = [
      { riskMix: { veryHigh: 1, high: 0, medium: 0, low: 0 }, peopleInCustody: 10 },
      { riskMix: { veryHigh: 0, high: 0, medium: 0, low: 1 }, peopleInCustody: 0 },
    ];
    const years = staffingProjection({ ...caseload, yearly }, handStandards, handForce);
    // 2024: 1,000 all very high, 92 h each (12 visits × 2 × 3 h + 2 ARMS × 5 h + 4 RMPs × 1.5 h + 12 checks × 20 min)
    //   = 92,000 h × 1.2 responsive = 110,400 h + 10 in custody × 4 h = 110,440 h
    expect(years[0].point.peopleInCustody).toBe(10);
    expect(years[0].point.activityHours.total).toBeCloseTo(110_440, 6);
    // 2025: 1,100 all low, half reactive: (1 × 6 + 5 + 1.5 + ⅓) active and (1.5 + ⅓) reactive, 7⅓ h on average
    //   = 8,066⅔ h × 1.2 = 9,680 h, and no one in custody; at the upper bound 1,200 × 7⅓ × 1.2 = 10,560 h
    expect(years[1].point.peopleInCustody).toBe(0);
    expect(years[1].point.activityHours.total).toBeCloseTo(9_680, 6);
    expect(years[1].upper80.activityHours.total).toBeCloseTo(10_560, 6);
  });

  it("refuses staff in post for a different number of years than the forecast", () => {
    expect(() => staffingProjection(caseload, handStandards, handForce, [{ offenderManagers: 1, supervisors: 1 }])).toThrow(
      /staff in post given for 1 years; the forecast has 2/,
    );
  });
});
