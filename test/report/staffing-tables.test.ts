import { describe, expect, it } from "vitest";
import { staffingCsv, staffingJson } from "../../src/report/staffing-tables.js";
import { staffingProjection } from "../../src/workload/staffing-projection.js";
import { handForce, handStandards } from "../workload/hand-checked-rules.js";
import { handStaffingResult } from "./staffing-fixture.js";

describe("staffingCsv(result)", () => {
  const lines = staffingCsv(handStaffingResult()).split("\r\n");
  const header = lines[0].split(",");
  const cell = (line: number, column: string) => lines[line].split(",")[header.indexOf(column)];

  it("writes one row a year, each column again with _upper_80", () => {
    expect(lines).toHaveLength(4); // header, two years, and the empty string after the last CRLF
    expect(header.filter((name) => name.endsWith("_upper_80"))).toHaveLength(header.length / 2 - 0.5);
  });

  it("writes the hand-checked figures: 20 by ratio, 4.4381 additional offender managers, 5 posts", () => {
    expect(cell(1, "offender_managers_needed_by_ratio")).toBe("20");
    // 29,860 ÷ 1,461 − 16 = 4.438056
    expect(cell(1, "additional_offender_managers_needed")).toBe("4.4381");
    expect(cell(1, "offender_manager_posts_to_fund")).toBe("5");
    // upper bound of 1,100 ÷ 50 = 22
    expect(cell(1, "offender_managers_needed_by_ratio_upper_80")).toBe("22");
  });

  it("leaves per-head figures blank when no one is in post", () => {
    const years = staffingProjection({ periodEnding: ["2024-03-31"], point: [1000], upper80: [1100] }, handStandards, handForce, [
      { offenderManagers: 0, supervisors: 0 },
    ]);
    const csv = staffingCsv(handStaffingResult({ years })).split("\r\n");
    expect(csv[1].split(",")[csv[0].split(",").indexOf("capacity_percent")]).toBe("");
  });
});

describe("staffingJson(result, version)", () => {
  it("states the tool's version and keeps figures unrounded", () => {
    const json = JSON.parse(staffingJson(handStaffingResult(), "9.9.9")) as { tool: { version: string }; years: { point: { offenderManagersNeededByActivity: number } }[] };
    expect(json.tool.version).toBe("9.9.9");
    expect(json.years[0].point.offenderManagersNeededByActivity).toBeCloseTo(20.438056125941138, 12);
  });
});
