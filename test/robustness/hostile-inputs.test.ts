import { execFileSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot, runCli } from "../cli/run-cli.js";

// Inputs that are not what they claim, and inputs whose size would make the work grow without bound:
// each must end in exit 2 with one line naming the input, quickly, and never in exit 1 or a hang.

const scratch = mkdtempSync(join(tmpdir(), "mosovo-hostile-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const at = (name: string) => join(scratch, name);
const bundled = (path: string) => readFileSync(join(projectRoot, path), "utf8");

/** Runs the command; it must refuse with exit 2 and one line (no stack trace) within `seconds`. */
function expectRefused(args: string[], pattern: RegExp, seconds = 60): string {
  const started = Date.now();
  const run = runCli(args);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(run.status).toBe(2);
  expect((Date.now() - started) / 1000).toBeLessThan(seconds);
  return run.stderr;
}

/** A force profile beside copies of the bundled files, with the given changes to its JSON. */
function forceProfile(name: string, change: (profile: Record<string, unknown>) => void): string {
  const profile = JSON.parse(bundled("models/example-force.json")) as Record<string, unknown>;
  profile.caseloadHistory = join(projectRoot, "data/norfolk-rso.csv");
  profile.workloadStandards = join(projectRoot, "models/workload-standards.json");
  delete profile.scenarios;
  delete profile.operationalExtracts;
  change(profile);
  writeFileSync(at(name), JSON.stringify(profile, null, 2));
  return at(name);
}

describe("inputs that are not regular files", () => {
  it("refuses a named pipe at once instead of waiting for a writer", () => {
    execFileSync("mkfifo", [at("pipe.csv")]);
    expectRefused(["forecast", "--history", at("pipe.csv"), "--out", at("out-pipe")], /pipe\.csv: expected a readable file; found a named pipe, device or socket/, 30);
  });

  it("refuses /dev/zero instead of reading it for ever", () => {
    expectRefused(["forecast", "--history", "/dev/zero", "--out", at("out-zero")], /\/dev\/zero: expected a readable file; found a named pipe, device or socket/, 30);
  });

  it("refuses a file over 50 MiB, giving the cap", () => {
    const descriptor = openSync(at("huge.csv"), "w");
    closeSync(descriptor);
    execFileSync("truncate", ["-s", `${50 * 1024 * 1024 + 1}`, at("huge.csv")]);
    expectRefused(["forecast", "--history", at("huge.csv"), "--out", at("out-huge")], /huge\.csv: expected a readable file; found 52428801 bytes, more than the 52428800 bytes \(50 MiB\)/, 30);
  });
});

describe("JSON that would overflow the reader or the numbers", () => {
  it("refuses objects nested 5,000 deep by line and column", () => {
    writeFileSync(at("deep.json"), `${"[".repeat(5_000)}${"]".repeat(5_000)}`);
    expectRefused(["staffing", "--force", at("deep.json"), "--out", at("out-deep")], /deep\.json, line 1, column 65: expected objects and lists nested at most 64 deep; found a list nested deeper/);
  });

  it("quotes 1e400 as it is in the file, not as null", () => {
    const file = forceProfile("huge-number.json", () => undefined);
    writeFileSync(file, readFileSync(file, "utf8").replace(/"value": 40\b/, '"value": 1e400'));
    expectRefused(["staffing", "--force", file, "--out", at("out-1e400")], /huge-number\.json, line \d+, column \d+: expected a number of a size a model can hold \(below 1e308\); found "1e400", too large for any number/);
  });

  it.each([
    ["a cost of 1e308", (p: Record<string, any>) => (p.offenderManagers.costPerFte.value = 1e308), /offenderManagers\.costPerFte\.value: expected a number from 0 to 1,000,000 \(pounds\); found 1e\+308/],
    ["a custody count of 1e308", (p: Record<string, any>) => (p.peopleInCustody.value = 1e308), /peopleInCustody\.value: expected a number from 0 to 1,000,000 \(people\); found 1e\+308/],
    ["5e-324 contracted hours", (p: Record<string, any>) => (p.workingTime.contractedHoursPerWeek.value = 5e-324), /contractedHoursPerWeek\.value: expected a number from 1 to 80 \(hours a week\); found 5e-324/],
    ["a target of 5e-324", (p: Record<string, any>) => (p.targets.maxCaseloadPerOffenderManager.value = 5e-324), /maxCaseloadPerOffenderManager\.value: expected a number from 1 to 1,000 \(people\); found 5e-324/],
  ])("refuses %s by its range (it once ended in exit 1: cannot write Infinity)", (name, change, message) => {
    const file = forceProfile(`${name.replace(/\W+/g, "-")}.json`, change);
    expectRefused(["staffing", "--force", file, "--out", at(`out-${name.replace(/\W+/g, "-")}`)], message);
  });
});

describe("CSV files that are not what they claim", () => {
  it("refuses a 10 MB cell with a short message", () => {
    writeFileSync(at("big-cell.csv"), `year_ending,rsos\n2024-03-31,${"9".repeat(10_000_000)}\n`);
    const stderr = expectRefused(["forecast", "--history", at("big-cell.csv"), "--out", at("out-cell")], /big-cell\.csv, line 2, column rsos: expected a cell of at most 10000 characters; found one of 10000000/);
    expect(stderr.length).toBeLessThan(400);
  });

  it("names a file saved by Excel with semicolons as such and says how to save it with commas", () => {
    writeFileSync(at("semicolons.csv"), "year_ending;rsos\n2024-03-31;1200\n");
    expectRefused(["forecast", "--history", at("semicolons.csv"), "--out", at("out-semi")], /looks separated by semicolons.*CSV UTF-8 \(Comma delimited\)/);
  });

  it("refuses an ESC or bidi override in a cell, showing it escaped", () => {
    writeFileSync(at("escape.csv"), "year_ending,rsos,source\n2023-03-31,1100,\u001b]8;;http://x\u001b\\\\link\n2024-03-31,1200,\u202eevil\n");
    expectRefused(["forecast", "--history", at("escape.csv"), "--out", at("out-esc")], /escape\.csv, line 2, column source: expected text without control characters .*found "\\u001b\]8;;http:\/\/x\\u001b/);
  });
});

describe("work that would grow without bound is refused by a stated range", () => {
  it("refuses --as-of 6000-12-31 on a two-row extract at once (it ran 75 s and took 2.2 GB)", () => {
    writeFileSync(
      at("two-items.csv"),
      "item_id,item_type,risk_level,due_date,completed_date,reviewed_date\nA1,home_visit,high,2026-01-10,,\nA2,arms_assessment,low,2026-02-10,2026-02-01,\n",
    );
    expectRefused(
      ["operations", "--items", at("two-items.csv"), "--as-of", "6000-12-31", "--out", at("out-asof")],
      /as-of date 6000-12-31: expected a date less than 20 years after the earliest due_date in .*two-items\.csv; found 2026-01-10 there, 3974 years earlier/,
      30,
    );
  });

  it("refuses an 8,000-year history (it ran 186 s)", () => {
    writeFileSync(at("long-history.csv"), "year_ending,rsos\n2000-03-31,1000\n2001-03-31,1010\n9999-03-31,1020\n");
    expectRefused(["forecast", "--history", at("long-history.csv"), "--out", at("out-long")], /long-history\.csv, line 4, column year_ending: expected periods at most 100 years after the first, the year ending 2000-03-31 on line 2/, 30);
  });

  it("refuses a panel series of 200,000 rows quickly (it took 50 s)", () => {
    const rows = Array.from({ length: 200_000 }, (_, index) => `S1,train,${index + 1},${100 + (index % 7)}`);
    writeFileSync(at("long-series.csv"), ["series_id,split,t,value", ...rows, "S1,test,1,100"].join("\n"));
    expectRefused(["evaluate", "--panel", at("long-series.csv"), "--horizon", "1", "--out", at("out-series")], /long-series\.csv, line 10002, column series_id: expected at most 10000 train rows for series "S1"; found more/, 30);
  });

  it("refuses a scenario of 100,000 hires (it took over 60 s)", () => {
    const scenario = JSON.parse(bundled("models/scenarios/two-more-offender-managers.json")) as Record<string, any>;
    scenario.forceProfile = join(projectRoot, "models/example-force.json");
    const hire = scenario.workforce.hires[0];
    scenario.workforce.hires = Array.from({ length: 100_000 }, () => hire);
    writeFileSync(at("many-hires.json"), JSON.stringify(scenario));
    expectRefused(
      ["compare", "--force", "models/example-force.json", "--scenario", at("many-hires.json"), "--out", at("out-hires")],
      /many-hires\.json, JSON path workforce\.hires: expected at most 360 hires, one a month for 30 years; found a list/,
    );
  });
});

describe("text from files and options on the terminal", () => {
  it("refuses a scenario name holding an escape code or a line break, showing it escaped", () => {
    const scenario = JSON.parse(bundled("models/scenarios/status-quo.json")) as Record<string, any>;
    scenario.forceProfile = join(projectRoot, "models/example-force.json");
    scenario.name = "Status quo\u001b[2J\nmosovo: all clear";
    writeFileSync(at("escape-name.json"), JSON.stringify(scenario));
    const stderr = expectRefused(
      ["compare", "--force", "models/example-force.json", "--scenario", at("escape-name.json"), "--out", at("out-name")],
      /escape-name\.json, line 1, column \d+: expected text on one line without control characters .*; found "Status quo\\u001b\[2J\\nmosovo: all clear"/,
    );
    expect(stderr).not.toContain("\u001b");
  });

  it("prints an option value holding ESC and a line break escaped, on one line", () => {
    const run = runCli(["forecast", "--horizon", "\u001b[31m5\nforged line", "--out", at("out-option")]);
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines[0]).toContain("\\u001b[31m5\\nforged line");
    expect(lines.some((line) => line.startsWith("forged line"))).toBe(false);
    expect(existsSync(at("out-option"))).toBe(false);
  });
});
