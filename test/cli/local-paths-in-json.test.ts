import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot, runCli } from "./run-cli.js";

// The HTML reports show a path given relative as it was typed and an absolute one by its file name, so
// that a report sent on does not carry this machine's folders; the JSON outputs must do the same.
const scratch = mkdtempSync(join(tmpdir(), "mosovo-json-paths-"));
const force = resolve(projectRoot, "models/example-force.json");
const history = resolve(projectRoot, "data/norfolk-rso.csv");
const statusQuo = resolve(projectRoot, "models/scenarios/status-quo.json");

/** Every string in a JSON value, with its path, keys included. */
function strings(value: unknown, path = "$"): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}[${index}]`));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => [[`${path} (key)`, key] as [string, string], ...strings(item, `${path}.${key}`)]);
  }
  return [];
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8"));
}

/** The strings that hold an absolute path of this machine: the project's folder, or any path from the root. */
function absolutePaths(json: unknown, except: readonly string[] = []): [string, string][] {
  return strings(json).filter(([path, text]) => !except.includes(path) && (text.includes(projectRoot.replace(/\/$/, "")) || /(^|[\s("'=])\/[A-Za-z]/.test(text)));
}

describe("the JSON outputs of a run given absolute paths", { timeout: 300_000 }, () => {
  it("mosovo staffing: staffing.json names the profile, standards and custody figure's file by file name", () => {
    const out = join(scratch, "staffing");
    const run = runCli(["staffing", "--force", force, "--out", out]);
    expect(run.status, run.stderr).toBe(0);
    const json = readJson(join(out, "staffing.json")) as { custody: { file: string }; modelValues: { file: string }[] };
    expect(absolutePaths(json)).toEqual([]);
    expect(json.custody.file).toBe("example-force.json");
    expect([...new Set(json.modelValues.map((row) => row.file))].sort()).toEqual(["example-force.json", "workload-standards.json"]);
  });

  it("mosovo forecast: summary.json names the history by file name in its command line, inputs, options, statement and warnings", () => {
    const out = join(scratch, "forecast");
    const run = runCli(["forecast", "--history", history, "--out", out]);
    expect(run.status, run.stderr).toBe(0);
    const json = readJson(join(out, "summary.json")) as { commandLine: string; inputs: { file: string }[]; options: Record<string, string>; caseloadCounted: { statement: string } };
    expect(absolutePaths(json)).toEqual([]);
    expect(json.inputs.map((input) => input.file)).toEqual(["norfolk-rso.csv"]);
    expect(json.options["--history"]).toBe("norfolk-rso.csv");
    expect(json.commandLine).toContain("--history norfolk-rso.csv");
    expect(json.caseloadCounted.statement).toContain("norfolk-rso.csv gives rsos only");
  });

  it("mosovo plan: least-cost-plan.json names its starting scenario by file name and the profile relative to --out", () => {
    const out = join(scratch, "plan");
    const run = runCli(["plan", "--force", force, "--from", statusQuo, "--out", out]);
    expect(run.status, run.stderr).toBe(0);
    const json = readJson(join(out, "least-cost-plan.json")) as { description: string; forceProfile: string };
    // forceProfile is a path relative to the plan's folder, for mosovo compare to follow
    expect(absolutePaths(json, ["$.forceProfile"])).toEqual([]);
    expect(json.forceProfile).toMatch(/^\.\.\//);
    expect(json.description).toContain('from the scenario "Status quo" (status-quo.json)');
  });

  it("mosovo report: summary.json and staffing.json hold no absolute path", () => {
    const out = join(scratch, "report");
    const run = runCli(["report", "--force", force, "--out", out]);
    expect(run.status, run.stderr).toBe(0);
    for (const name of ["summary.json", "staffing.json"]) expect(absolutePaths(readJson(join(out, name))), name).toEqual([]);
  });
});
