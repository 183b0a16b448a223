import { describe, expect, it } from "vitest";
import { inputsKnownTo, noHireBeforeOption } from "../../src/jobs/inputs-known-to.js";

const files = { profile: "force.json", history: "history.csv" };
const history = (last: string) => ({ periodEnding: ["2024-03-31", last] });
const extracts = (asOf: string) => ({ operationalExtracts: { workItems: "items.csv", asOf } });

describe("inputsKnownTo(profile, series, files)", () => {
  it("is the extracts' as-of date when it is later than the history's last year end, and names it", () => {
    expect(inputsKnownTo(extracts("2026-03-31"), history("2025-03-31"), files)).toEqual({
      date: "2026-03-31",
      reason: "the inputs are known to 31 March 2026 (the operational extracts' as-of date)",
      source: "force.json, JSON path operationalExtracts.asOf",
      given: false,
    });
  });

  it("is the history's last year end when it is the later", () => {
    expect(inputsKnownTo(extracts("2025-09-30"), history("2026-03-31"), files)).toEqual({
      date: "2026-03-31",
      reason: "the inputs are known to 31 March 2026 (the caseload history's last year end)",
      source: "history.csv, column period_ending",
      given: false,
    });
  });

  it("is the history's last year end when the profile names no extracts", () => {
    expect(inputsKnownTo({}, history("2025-03-31"), files).date).toBe("2025-03-31");
  });

  it("names both inputs when they end on the same day", () => {
    expect(inputsKnownTo(extracts("2025-03-31"), history("2025-03-31"), files).reason).toBe(
      "the inputs are known to 31 March 2025 (the caseload history's last year end and the operational extracts' as-of date)",
    );
  });
});

describe("noHireBeforeOption(date)", () => {
  it("says the date was given, and names the option for a refusal", () => {
    expect(noHireBeforeOption("2026-10-01")).toEqual({ date: "2026-10-01", reason: "given with --no-hire-before", source: "--no-hire-before 2026-10-01", given: true });
  });
});
