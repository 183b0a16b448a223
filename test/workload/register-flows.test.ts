import { describe, expect, it } from "vitest";
import { flowsForYears } from "../../src/workload/register-flows.js";

const flows = Object.freeze([
  { periodEnding: "2023-03-31", joiners: 90, releases: 30 },
  { periodEnding: "2025-03-31", joiners: 110, releases: 35.5 },
  { periodEnding: "2024-03-31", joiners: 100, releases: 32 },
]);

describe("flowsForYears(periodEnding, flows)", () => {
  it("finds each forecast year's flows by its period ending, whatever their order, and leaves out the other years", () => {
    expect(flowsForYears(["2024-03-31", "2025-03-31"], flows)).toEqual([
      { periodEnding: "2024-03-31", joiners: 100, releases: 32 },
      { periodEnding: "2025-03-31", joiners: 110, releases: 35.5 },
    ]);
  });

  it("refuses a forecast year the flows do not give", () => {
    expect(() => flowsForYears(["2026-03-31"], flows)).toThrow(/give 0 entries for the year ending 2026-03-31; one is needed/);
  });

  it("refuses a year given twice", () => {
    expect(() => flowsForYears(["2024-03-31"], [...flows, flows[2]])).toThrow(/give 2 entries for the year ending 2024-03-31/);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])("refuses %s people", (count) => {
    expect(() => flowsForYears(["2024-03-31"], [{ periodEnding: "2024-03-31", joiners: 1, releases: count }])).toThrow(/expected 0 or more/);
  });
});
