import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../run-cli.js";

describe("mosovo schema", { timeout: 60_000 }, () => {
  it("writes the JSON Schema of both model files, refusing unknown keys as the tool does", () => {
    const out = join(mkdtempSync(join(tmpdir(), "mosovo-schema-")), "schemas");
    const run = runCli(["schema", "--out", out]);
    expect(run.status).toBe(0);

    const standards = JSON.parse(readFileSync(join(out, "workload-standards.schema.json"), "utf8")) as Record<string, any>;
    expect(standards.additionalProperties).toBe(false);
    expect(standards.required).toContain("riskLevels");
    const visits = standards.properties.riskLevels.properties.veryHigh.properties.visitsPerYear;
    expect(visits.required).toEqual(["value", "source"]);
    expect(visits.properties.value).toMatchObject({ type: "number", minimum: 0 });

    const profile = JSON.parse(readFileSync(join(out, "force-profile.schema.json"), "utf8")) as Record<string, any>;
    expect(profile.properties.riskMix.properties.low.properties.value).toMatchObject({ minimum: 0, maximum: 1 });
  });
});
