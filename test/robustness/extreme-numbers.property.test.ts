import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli/program.js";
import { InputError } from "../../src/errors.js";
import { projectRoot } from "../cli/run-cli.js";

// Every numeric value of every model file, set to an extreme number (the largest and smallest doubles,
// values just outside each stated range, and random doubles), through `mosovo staffing` in-process: the
// run either succeeds or is refused as bad input (InputError, exit 2). Before the ranges, a cost of
// 1e308 or hours of 5e-324 passed the schema and ended in exit 1 ("cannot write Infinity").

const scratch = mkdtempSync(join(tmpdir(), "mosovo-extreme-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Json = Record<string, unknown>;
const bundled = (path: string) => JSON.parse(readFileSync(join(projectRoot, path), "utf8")) as Json;

/** The path of every `value` of a sourced number, as a list of keys. */
function valuePaths(model: unknown, path: string[] = []): string[][] {
  if (model === null || typeof model !== "object" || Array.isArray(model)) return [];
  const object = model as Json;
  if (typeof object.value === "number" && "source" in object) return [[...path, "value"]];
  return Object.entries(object).flatMap(([key, item]) => valuePaths(item, [...path, key]));
}

function setAt(model: Json, path: readonly string[], value: number): Json {
  const copy = structuredClone(model);
  let object = copy;
  for (const key of path.slice(0, -1)) object = object[key] as Json;
  object[path[path.length - 1]] = value;
  return copy;
}

const profile = bundled("models/example-force.json");
const standards = bundled("models/workload-standards.json");
const fields = [
  ...valuePaths(profile).map((path) => ({ file: "profile" as const, path })),
  ...valuePaths(standards).map((path) => ({ file: "standards" as const, path })),
];
const extreme = fc.oneof(
  fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, 5e-324, -5e-324, 1e15, 1_000_001, 100_001, 367, 101, 1_441, 2_001, 81, 0.5, 11, 1_001, 0, -1),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

async function runStaffing(profileJson: Json, standardsJson: Json, run: number): Promise<"ok" | "refused"> {
  const folder = join(scratch, `run-${run}`);
  const standardsFile = `${folder}-standards.json`;
  const profileFile = `${folder}-force.json`;
  writeFileSync(standardsFile, JSON.stringify(standardsJson));
  writeFileSync(
    profileFile,
    JSON.stringify({ ...profileJson, caseloadHistory: join(projectRoot, "data/norfolk-rso.csv"), workloadStandards: standardsFile, scenarios: undefined, operationalExtracts: undefined }),
  );
  const context = { version: "test", print: () => undefined, warn: () => undefined };
  try {
    await buildProgram(context).parseAsync(["node", "mosovo", "staffing", "--force", profileFile, "--out", join(folder, "out")]);
    return "ok";
  } catch (error) {
    if (error instanceof InputError) return "refused";
    throw error;
  }
}

describe("mosovo staffing with an extreme number in any field of the force profile or workload standards", () => {
  it(`succeeds or refuses as bad input, never a bug (${fields.length} fields)`, async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fields), extreme, async (field, value) => {
        run += 1;
        const outcome =
          field.file === "profile"
            ? await runStaffing(setAt(profile, field.path, value), standards, run)
            : await runStaffing(profile, setAt(standards, field.path, value), run);
        expect(["ok", "refused"]).toContain(outcome);
      }),
      { numRuns: 30 },
    );
  }, 300_000);
});

/** Every number in a plain JSON value (a scenario's numbers carry no source), as paths of keys and indexes. */
function numberPaths(model: unknown, path: string[] = []): string[][] {
  if (typeof model === "number") return [path];
  if (model === null || typeof model !== "object") return [];
  return Object.entries(model as Json).flatMap(([key, item]) => numberPaths(item, [...path, key]));
}

// A scenario that sets every number a scenario file can hold, on the example force's forecast years
const scenarioFolder = join(scratch, "scenario");
const profileForScenarios = `${scenarioFolder}-force.json`;
const fullScenario: Json = {
  name: "Every number",
  forceProfile: profileForScenarios,
  demand: {
    growthRatePerYear: 0.04,
    upperBoundLevel: 80,
    shocks: [{ kind: "ramp", fromYearEnding: 2027, extraRegisteredSexOffenders: 25, rampYears: 3, source: "test" }],
  },
  workforce: {
    hires: [{ yearEnding: 2027, month: 4, offenderManagers: 2, supervisors: 1 }],
    trainingMonths: 9,
    offenderManagerAttritionPerYear: 0.1,
    supervisorAttritionPerYear: 0.05,
    abstractionShare: 0.05,
  },
  workloadStandards: {
    riskLevels: { high: { visitsPerYear: 6, armsAssessmentsPerYear: 1, riskManagementPlanReviewsPerYear: 2, intelligenceChecksPerYear: 4 } },
    homeVisit: { staffPerVisit: 2, hoursPerVisit: 3 },
    custody: { hoursPerPersonPerYear: 4 },
    responsiveWork: { allowanceShare: 0.2 },
  },
  costs: { offenderManagerCostPerFte: 62000, supervisorCostPerFte: 72000 },
};
const scenarioFields = numberPaths(fullScenario);

async function runCompare(scenarioJson: Json, run: number): Promise<"ok" | "refused"> {
  const scenarioFile = `${scenarioFolder}-${run}.json`;
  writeFileSync(scenarioFile, JSON.stringify(scenarioJson));
  const context = { version: "test", print: () => undefined, warn: () => undefined };
  try {
    await buildProgram(context).parseAsync(["node", "mosovo", "compare", "--force", profileForScenarios, "--scenario", scenarioFile, "--out", join(scratch, `compare-${run}`)]);
    return "ok";
  } catch (error) {
    if (error instanceof InputError) return "refused";
    throw error;
  }
}

describe("mosovo compare with an extreme number in any field of a scenario file", () => {
  it(`succeeds or refuses as bad input, never a bug (${scenarioFields.length} fields)`, async () => {
    writeFileSync(
      profileForScenarios,
      JSON.stringify({
        ...profile,
        caseloadHistory: join(projectRoot, "data/example-force-rso.csv"),
        workloadStandards: join(projectRoot, "models/workload-standards.json"),
        recommendation8Rules: undefined,
        scenarios: undefined,
        operationalExtracts: undefined,
      }),
    );
    // the scenario as written runs, so a refusal below is the extreme number's
    expect(await runCompare(fullScenario, 0)).toBe("ok");
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...scenarioFields), extreme, async (path, value) => {
        run += 1;
        expect(["ok", "refused"]).toContain(await runCompare(setAt(fullScenario, path, value), run));
      }),
      { numRuns: 200 },
    );
  }, 300_000);
});
