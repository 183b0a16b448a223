import { describe, expect, it } from "vitest";
import { addYears } from "../../src/series/add-years.js";

describe("addYears(isoDate, years)", () => {
  it.each([
    ["2025-03-31", 1, "2026-03-31"],
    ["2025-03-31", 5, "2030-03-31"],
    ["2024-02-29", 1, "2025-02-28"],
    ["2024-02-29", 4, "2028-02-29"],
    ["2025-12-31", -3, "2022-12-31"],
  ])("moves %s by %i years to %s", (date, years, expected) => {
    expect(addYears(date, years)).toBe(expected);
  });
});
