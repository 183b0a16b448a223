import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formatJsonPath, modelInputError } from "../../src/inputs/model-input-error.js";

describe("formatJsonPath(path)", () => {
  it("writes plain names with dots and list positions in brackets", () => {
    expect(formatJsonPath(["riskLevels", "high", "visitsPerYear"])).toBe("riskLevels.high.visitsPerYear");
    expect(formatJsonPath(["workforce", "hires", 2, "yearEnding"])).toBe("workforce.hires[2].yearEnding");
    expect(formatJsonPath(["$schema"])).toBe("$schema");
  });

  it("quotes a key that is not a plain name, so a stray space or dot is seen", () => {
    expect(formatJsonPath([" forceProfile"])).toBe('[" forceProfile"]');
    expect(formatJsonPath(["riskLevels", "very.high"])).toBe('riskLevels["very.high"]');
    expect(formatJsonPath(["hires", "2027"])).toBe('hires["2027"]');
    expect(formatJsonPath(["notes", ""])).toBe('notes[""]');
  });
});

describe("modelInputError(file, data, error)", () => {
  it("names an unknown key with a leading space by its quoted path", () => {
    const schema = z.strictObject({ forceProfile: z.string() }).partial();
    const data = { " forceProfile": "x.json" };
    const result = schema.safeParse(data);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(modelInputError("scenario.json", data, result.error).message).toBe(
      'scenario.json, JSON path [" forceProfile"]: expected ' + result.error.issues[0].message + '; found the key " forceProfile"',
    );
  });
});
