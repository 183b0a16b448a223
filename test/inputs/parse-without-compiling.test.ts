import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { forceProfileSchema } from "../../src/inputs/force-profile.js";
import { parseWithoutCompiling } from "../../src/inputs/parse-without-compiling.js";
import { recommendation8RulesSchema } from "../../src/inputs/recommendation-8-rules.js";
import { staffingScenarioSchema } from "../../src/inputs/staffing-scenario.js";
import { workloadStandardsSchema } from "../../src/inputs/workload-standards.js";

const jsonFiles = (folder: string, prefix = "") =>
  readdirSync(folder)
    .filter((name) => name.endsWith(".json") && name.startsWith(prefix))
    .map((name) => `${folder}/${name}`);

/** The file's JSON, or undefined for a file that is not JSON (those are refused before any schema). */
function data(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

const scenarioSchema = staffingScenarioSchema({ yearEndings: [2026, 2027, 2028, 2029, 2030] });
const cases = [
  ...[...jsonFiles("models/scenarios"), ...jsonFiles("test/fixtures/inputs/scenarios"), ...jsonFiles("test/fixtures/inputs/bad", "scenario-")].map((file) => ({ file, schema: scenarioSchema })),
  ...["models/example-force.json", ...jsonFiles("test/fixtures/inputs/models", "profile-"), ...jsonFiles("test/fixtures/inputs/bad", "profile-")].map((file) => ({ file, schema: forceProfileSchema })),
  { file: "models/workload-standards.json", schema: workloadStandardsSchema },
  { file: "models/recommendation-8-rules.json", schema: recommendation8RulesSchema },
].filter(({ file }) => data(file) !== undefined);

describe("parseWithoutCompiling", () => {
  it.each(cases)("checks $file as zod's compiled fast path does: the same values, or the same issues", ({ file, schema }) => {
    const compiled = schema.safeParse(data(file));
    const interpreted = schema.safeParse(data(file), parseWithoutCompiling);

    expect(interpreted.success).toBe(compiled.success);
    expect(interpreted.data).toEqual(compiled.data);
    expect(interpreted.error?.issues).toEqual(compiled.error?.issues);
  });

  it("covers valid and invalid files of each kind", () => {
    const outcomes = new Set(cases.map(({ file, schema }) => `${schema === scenarioSchema ? "scenario" : file.includes("profile") || file.includes("force") ? "profile" : "other"} ${schema.safeParse(data(file)).success}`));
    expect([...outcomes].sort()).toEqual(["other true", "profile false", "profile true", "scenario false", "scenario true"]);
  });
});
