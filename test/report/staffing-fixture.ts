import { staffingProjection } from "../../src/workload/staffing-projection.js";
import type { StaffingResult } from "../../src/workload/staffing-result.js";
import { handForce, handStandards } from "../workload/hand-checked-rules.js";

/** A small staffing result for the report tests: the workload tests' hand-checked rules, two years. */
export function handStaffingResult(overrides: Partial<StaffingResult> = {}): StaffingResult {
  return {
    force: { name: "Test <force>", description: "Made up & small", illustrative: true },
    forecastMethod: "naive",
    caseloadCounted: { basis: "rsos", statement: "The caseload forecast is of people in the community." },
    caseloadFrom: { source: "history" },
    custody: { from: "profile", file: "p.json", people: handForce.peopleInCustody, source: "a <made-up> source" },
    joiningAndRelease: { counted: false, statement: "Joining and release work is not counted." },
    lastRecorded: { periodEnding: "2023-03-31", registeredSexOffenders: 1000 },
    years: staffingProjection({ periodEnding: ["2024-03-31", "2025-03-31"], point: [1000, 1000], upper80: [1100, 1200] }, handStandards, handForce),
    targets: handForce.targets,
    productiveHoursPerFte: 1461,
    staffPerVisit: 2,
    modelValues: [
      { file: "s.json", path: "homeVisit.staffPerVisit", value: 2, source: "APP", assumption: false, reason: "" },
      { file: "s.json", path: "homeVisit.hoursPerVisit", value: 3, source: "us", assumption: true, reason: "a <guess>" },
    ],
    postsToFundRule: "Posts are rounded up.",
    ...overrides,
  };
}
