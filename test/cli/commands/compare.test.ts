import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { scenarioParts } from "../../../src/jobs/scenario-parts.js";
import { runCli } from "../run-cli.js";

const example = "models/example-force.json";
const bundled = ["status-quo", "two-more-offender-managers", "sentencing-law-shock", "least-cost-plan"].map((name) => `models/scenarios/${name}.json`);
const issueColumns = [
  "scenario",
  "period_ending",
  "registered_sex_offenders",
  "offender_managers_in_post",
  "supervisors_in_post",
  "caseload_per_offender_manager",
  "offender_managers_per_supervisor",
  "capacity_percent",
  "probability_caseload_target_breached",
  "probability_caseload_target_breached_any_year",
  "months_caseload_target_breached",
  "months_supervision_target_breached",
  "cost",
];
const years = ["2026-03-31", "2027-03-31", "2028-03-31", "2029-03-31", "2030-03-31"];

function readCsv(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, "utf8").trimEnd().split("\r\n");
  const names = header.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((cell, i) => [names[i], cell])));
}

function rowsOf(rows: readonly Record<string, string>[], scenario: string): Record<string, string>[] {
  return rows.filter((row) => row.scenario === scenario);
}

describe("mosovo compare", { timeout: 120_000 }, () => {
  const scratch = mkdtempSync(join(tmpdir(), "mosovo-compare-"));

  it("compares the scenarios the force profile lists when no --scenario is given, with the issue's columns", () => {
    const out = join(scratch, "bundled");
    const run = runCli(["compare", "--force", example, "--out", out]);

    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.status).toBe(0);
    const header = readFileSync(join(out, "comparison.csv"), "utf8").split("\r\n")[0].split(",");
    for (const column of [...issueColumns, "caseload_target_met", "supervision_target_met"]) expect(header).toContain(column);
    const rows = readCsv(join(out, "comparison.csv"));
    expect([...new Set(rows.map((row) => row.scenario))]).toEqual(["Status quo", "Two more offender managers", "Sentencing law shock", "Least-cost hiring plan"]);
    for (const scenario of new Set(rows.map((row) => row.scenario))) expect(rowsOf(rows, scenario).map((row) => row.period_ending)).toEqual(years);

    const statusQuo = rowsOf(rows, "Status quo");
    const twoMore = rowsOf(rows, "Two more offender managers");
    const shock = rowsOf(rows, "Sentencing law shock");
    statusQuo.forEach((row, k) => {
      // the profile's 15.1 offender managers and 2 supervisors: 15.1 × £62,000 + 2 × £72,000 = £1,080,200 a year
      expect(Number(row.offender_managers_in_post)).toBe(15.1);
      expect(Number(row.supervisors_in_post)).toBe(2);
      expect(Number(row.cost)).toBe(1_080_200);
      expect(Number(row.offender_managers_per_supervisor)).toBe(7.55);
      expect(Number(row.caseload_per_offender_manager)).toBeCloseTo(Number(row.registered_sex_offenders) / 15.1, 3);
      expect(row.caseload_target_met).toBe(String(Number(row.registered_sex_offenders) / 15.1 <= 50));
      // two more from the start of the year ending 2026, trained after nine months, so carrying cases at every year end:
      // 17.1 × £62,000 + £144,000 = £1,204,200
      expect(Number(twoMore[k].offender_managers_in_post)).toBe(17.1);
      expect(Number(twoMore[k].cost)).toBe(1_204_200);
      expect(Number(twoMore[k].caseload_per_offender_manager)).toBeCloseTo(Number(row.registered_sex_offenders) / 17.1, 3);
      // a ramp of 25 a year from 2026 for three years: 25 × min(year − 2026 + 1, 3) = 25, 50, 75, 75, 75 extra people
      expect(Number(shock[k].registered_sex_offenders) - Number(row.registered_sex_offenders)).toBeCloseTo([25, 50, 75, 75, 75][k], 3);
    });
    // the bundled plan hires no one before 31 March 2026, the date its inputs are known to, and trains for nine months:
    // the year to March 2026 breaches at every month end, before any hire can start, and the next year's first eight
    // are beyond a hire in April 2026; the rest are met
    const plan = rowsOf(rows, "Least-cost hiring plan");
    expect(plan.map((row) => row.months_caseload_target_breached)).toEqual(["12", "8", "0", "0", "0"]);
    expect(plan.map((row) => row.caseload_target_met)).toEqual(["false", "false", "true", "true", "true"]);
    for (const row of plan) expect(row.supervision_target_met).toBe("true");
    // the chance of a breach in any year is the highest year's, the same on each of a scenario's rows
    const highest = Math.max(...plan.map((row) => Number(row.probability_caseload_target_breached)));
    for (const row of plan) expect(Number(row.probability_caseload_target_breached_any_year)).toBeCloseTo(highest, 9);

    const report = readFileSync(join(out, "report.html"), "utf8");
    expect(report).toContain('<section id="scenarios"');
    for (const file of bundled) expect(report).toContain(file);
    expect(run.stdout).toMatch(/^Least-cost hiring plan: caseload target first breached in the year ending 2026-03-31; supervision within target at every month end; chance of a caseload breach at a year end in any year at least \d/m);
  });

  it("gives the same comparison.csv with the profile's scenarios named one by one", () => {
    const [listed, named] = [join(scratch, "listed"), join(scratch, "named")];
    expect(runCli(["compare", "--force", example, "--out", listed]).status).toBe(0);
    expect(runCli(["compare", "--force", example, ...bundled.flatMap((file) => ["--scenario", file]), "--out", named]).status).toBe(0);
    expect(readFileSync(join(named, "comparison.csv"), "utf8")).toBe(readFileSync(join(listed, "comparison.csv"), "utf8"));
  });

  it("reproduces the figures of mosovo staffing for a scenario that changes nothing", () => {
    // the status quo hires nobody and loses nobody: its nine months' training never applies
    const [staffingOut, compareOut] = [join(scratch, "staffing"), join(scratch, "status-quo")];
    expect(runCli(["staffing", "--force", example, "--out", staffingOut]).status).toBe(0);
    expect(runCli(["compare", "--force", example, "--scenario", bundled[0], "--out", compareOut]).status).toBe(0);
    const staffing = readCsv(join(staffingOut, "staffing.csv"));
    const compared = readCsv(join(compareOut, "comparison.csv"));
    expect(compared.map((row) => row.period_ending)).toEqual(staffing.map((row) => row.period_ending));
    for (const column of ["registered_sex_offenders", "offender_managers_in_post", "supervisors_in_post", "caseload_per_offender_manager", "offender_managers_per_supervisor", "capacity_percent"]) {
      expect(compared.map((row) => row[column]), column).toEqual(staffing.map((row) => row[column]));
    }
  });

  it("gives byte-identical outputs when run twice", () => {
    // the same --out both times: the report quotes its command line
    const out = join(scratch, "twice");
    expect(runCli(["compare", "--force", example, "--out", out]).status).toBe(0);
    const first = ["comparison.csv", "report.html"].map((name) => readFileSync(join(out, name)));
    expect(runCli(["compare", "--force", example, "--out", out, "--replace"]).status).toBe(0);
    ["comparison.csv", "report.html"].forEach((name, i) => expect(readFileSync(join(out, name)).equals(first[i]), name).toBe(true));
  });

  it("shows files given by absolute path by their file names in report.html, as every report does", () => {
    const out = join(scratch, "absolute");
    const run = runCli(["compare", "--force", resolve(example), "--out", out]);
    expect(run.status, run.stderr).toBe(0);
    const report = readFileSync(join(out, "report.html"), "utf8");
    expect(report).not.toContain(resolve("models"));
    expect(report).toContain("the force profile&#39;s scenarios: status-quo.json, two-more-offender-managers.json");
  });

  it.each([
    ["unknown-key.json", 'JSON path workforce.hire: expected only the keys hires, trainingMonths, offenderManagerAttritionPerYear, supervisorAttritionPerYear, abstractionShare; found the key "hire"'],
    ["hire-outside-horizon.json", "JSON path workforce.hires[1].yearEnding: expected the forecast year the staff arrive in: a year ending within the forecast, 2026 to 2030; found 2032"],
    ["negative-hires.json", "JSON path workforce.hires[0].offenderManagers: expected a number from 0 to 100,000 (FTE); found -2"],
    ["negative-shock.json", "JSON path demand.shocks[0].extraRegisteredSexOffenders: expected a number from 0 to 1,000,000 (people); found -10"],
    [
      "other-force-profile.json",
      'JSON path forceProfile: expected the force profile given with --force (models/example-force.json); found "../models/profile-unknown-key.json", a different file',
    ],
  ])("refuses %s with exit 2, one line naming the file and the JSON path, and writes nothing", (name, message) => {
    const file = `test/fixtures/inputs/scenarios/${name}`;
    const out = join(scratch, "refused");
    const run = runCli(["compare", "--force", example, "--scenario", bundled[0], "--scenario", file, "--out", out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`mosovo: ${file}, ${message}\n`);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses with exit 2 when neither --scenario nor the profile names a scenario", () => {
    // the example profile without its scenarios, its other files named by absolute path
    const profile = JSON.parse(readFileSync(example, "utf8")) as Record<string, unknown>;
    delete profile.scenarios;
    profile.caseloadHistory = resolve("data/norfolk-rso.csv");
    profile.workloadStandards = resolve("models/workload-standards.json");
    const file = join(scratch, "no-scenarios.json");
    writeFileSync(file, JSON.stringify(profile));
    const out = join(scratch, "none");

    const run = runCli(["compare", "--force", file, "--out", out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `mosovo: ${file}: expected scenarios to compare; found none: give --scenario FILE once for each, or list the scenario files in the profile's "scenarios"\n`,
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe("scenarioParts({ profileFile, scenarioFiles, out }), for mosovo report", { timeout: 60_000 }, () => {
  const parts = scenarioParts({ profileFile: example, scenarioFiles: bundled, out: "models/scenarios" });
  const files = new Map(parts.files);

  it("gives the comparison section with the plan among the scenarios, the plan's own section, and its three files", () => {
    expect(parts.sections.map((section) => section.id)).toEqual(["scenarios", "least-cost-plan"]);
    expect([...files.keys()]).toEqual(["comparison.csv", "least-cost-plan.json", "plan.csv"]);
    const [header, ...lines] = files.get("comparison.csv")!.trimEnd().split("\r\n");
    for (const column of issueColumns) expect(header.split(",")).toContain(column);
    // the bundled plan file holds the plan this run finds, so it is shown once: four scenarios of five years
    expect(lines).toHaveLength(4 * 5);
    expect(parts.sections[0].html).toContain("4 scenarios compared");
  });

  it("shows a found plan that a compared scenario already holds once, under that scenario's name, and says why", () => {
    const names = [...new Set(files.get("comparison.csv")!.trimEnd().split("\r\n").slice(1).map((row) => row.slice(0, row.indexOf(","))))];
    expect(names).toEqual(["Status quo", "Two more offender managers", "Sentencing law shock", "Least-cost hiring plan"]);
    expect(parts.sections[0].html).toContain(
      "The least-cost plan found by this run hires as &quot;Least-cost hiring plan&quot; does, with the same caseload, staff and cost every year, so it is shown once, under that name.",
    );
    expect(parts.keyFindings.filter((finding) => finding.text.startsWith("Least-cost"))).toEqual([]);
    expect(parts.keyFindings.some((finding) => finding.text.startsWith("The least-cost hiring plan for the upper bound"))).toBe(true);
  });

  it("lists the plan found as a scenario of its own when no compared scenario holds it", () => {
    const withoutPlan = scenarioParts({ profileFile: example, scenarioFiles: bundled.filter((file) => !file.endsWith("least-cost-plan.json")), out: "models/scenarios" });
    const rows = new Map(withoutPlan.files).get("comparison.csv")!.trimEnd().split("\r\n").slice(1);
    expect(rows.filter((row) => row.startsWith("Least-cost plan found by this run,"))).toHaveLength(5);
    expect(withoutPlan.sections[0].html).not.toContain("shown once");
  });

  it("finds from the status quo at the upper 80% bound the plan the bundle holds, byte for byte", () => {
    // written for models/scenarios, the plan names ../example-force.json as the bundled file does
    expect(files.get("least-cost-plan.json")).toBe(readFileSync("models/scenarios/least-cost-plan.json", "utf8"));
    expect(parts.sections[1].html).toContain('It hires as the compared scenario &quot;Least-cost hiring plan&quot; does');
  });

  it("lists each scenario file read with its SHA-256, and a line for each scenario and each year of the plan", () => {
    expect(parts.inputs).toEqual(bundled.map((file) => ({ file, sha256: createHash("sha256").update(readFileSync(file)).digest("hex"), rowsUsed: 1 })));
    // the plan this run finds is the bundled least-cost plan, so it is listed once, under that file's name
    expect(parts.summaryLines).toHaveLength(4 + 5);
    expect(parts.summaryLines[3]).toMatch(/^Least-cost hiring plan: caseload target first breached in the year ending 2026-03-31; supervision within target at every month end; .*; cost £/);
    // the report's plan hires from the date the inputs are known to, as mosovo plan does: no hire before 31 March 2026
    expect(parts.warnings).toEqual([
      "plan: the caseload target at the end of April 2025 to March 2026 (year ending 2026-03-31) is breached before any hire can start (no hire before 31 March 2026), so no hire can change it",
      "plan: the caseload target cannot be met at the end of April 2026 to November 2026 (year ending 2027-03-31): a new offender manager hired in April 2026, the first month a hire can start, is still training then",
    ]);
    expect(parts.assumptions.length).toBeGreaterThan(0);
  });
});
