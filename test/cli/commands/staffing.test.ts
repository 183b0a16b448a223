import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../run-cli.js";

const example = "models/example-force.json";
const issueColumns = [
  "period_ending",
  "registered_sex_offenders",
  "offender_managers_needed_by_ratio",
  "offender_managers_needed_by_activity",
  "supervisors_needed",
  "offender_managers_in_post",
  "supervisors_in_post",
  "caseload_per_offender_manager",
  "offender_managers_per_supervisor",
  "capacity_percent",
  "additional_offender_managers_needed",
  "additional_supervisors_needed",
  "additional_cost",
];

function readCsv(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, "utf8").trimEnd().split("\r\n");
  const names = header.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((cell, i) => [names[i], cell])));
}

describe("mosovo staffing", { timeout: 120_000 }, () => {
  const scratch = mkdtempSync(join(tmpdir(), "mosovo-staffing-"));

  it("writes issue 4's columns, and the same at the upper 80% bound, for five years of the example force", () => {
    const out = join(scratch, "check");
    const run = runCli(["staffing", "--force", example, "--out", out]);

    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.status).toBe(0);
    const header = readFileSync(join(out, "staffing.csv"), "utf8").split("\r\n")[0].split(",");
    expect(header.slice(0, issueColumns.length)).toEqual(issueColumns);
    for (const column of issueColumns.slice(1)) expect(header).toContain(`${column}_upper_80`);
    const rows = readCsv(join(out, "staffing.csv"));
    // the Norfolk history ends 2023-03-31
    expect(rows.map((row) => row.period_ending)).toEqual(["2026-03-31", "2027-03-31", "2028-03-31", "2029-03-31", "2030-03-31"]);
    for (const row of rows) {
      // ratio method by hand: caseload ÷ the profile's target of 50
      expect(Number(row.offender_managers_needed_by_ratio)).toBeCloseTo(Number(row.registered_sex_offenders) / 50, 3);
      expect(Number(row.offender_managers_in_post)).toBe(15.1);
      expect(Number(row.registered_sex_offenders_upper_80)).toBeGreaterThanOrEqual(Number(row.registered_sex_offenders));
      expect(Number(row.supervisors_needed_upper_80)).toBeGreaterThanOrEqual(Number(row.supervisors_needed));
      // whole posts at the profile's £62,000 an offender manager and £72,000 a supervisor, never the FTE gap's cost
      for (const suffix of ["", "_upper_80"]) {
        const posts = Number(row[`offender_manager_posts_to_fund${suffix}`]) * 62_000 + Number(row[`supervisor_posts_to_fund${suffix}`]) * 72_000;
        expect(Number(row[`posts_to_fund_cost${suffix}`])).toBe(posts);
        expect(Number(row[`posts_to_fund_cost${suffix}`])).toBeGreaterThanOrEqual(Number(row[`additional_cost${suffix}`]));
      }
    }
    const report = readFileSync(join(out, "report.html"), "utf8");
    expect(report).toContain('<section id="staffing"');
    expect(report).toContain("Illustrative.");
    expect(report).toMatch(/<strong>assumption<\/strong>/);
    const json = JSON.parse(readFileSync(join(out, "staffing.json"), "utf8")) as { years: unknown[]; modelValues: unknown[] };
    expect(json.years).toHaveLength(5);
  });

  it("gives byte-identical outputs when run twice", () => {
    const [first, second] = [join(scratch, "first"), join(scratch, "second")];
    expect(runCli(["staffing", "--force", example, "--out", first]).status).toBe(0);
    expect(runCli(["staffing", "--force", example, "--out", second]).status).toBe(0);
    for (const name of ["staffing.csv", "staffing.json", "report.html"]) {
      expect(readFileSync(join(second, name)).equals(readFileSync(join(first, name))), name).toBe(true);
    }
  });

  it.each([
    ["test/fixtures/inputs/models/profile-risk-mix-not-one.json", "JSON path riskMix: expected shares veryHigh, high, medium and low that add up to 1; found 0.02 + 0.18 + 0.3 + 0.4 = 0.9"],
    ["test/fixtures/inputs/models/profile-unknown-key.json", 'JSON path offenderManagers.inPostFte: expected only the keys inPost, costPerFte, trainingMonths; found the key "inPostFte"'],
  ])("refuses %s with exit 2, naming the file and the JSON path, and writes nothing", (file, message) => {
    const out = join(scratch, "refused");
    const run = runCli(["staffing", "--force", file, "--out", out]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(`mosovo: ${file}, ${message}`);
    expect(existsSync(out)).toBe(false);
  });

  it("replaces an earlier output only with --replace", () => {
    const out = join(scratch, "again");
    expect(runCli(["staffing", "--force", example, "--out", out]).status).toBe(0);
    expect(runCli(["staffing", "--force", example, "--out", out]).status).toBe(2);
    expect(runCli(["staffing", "--force", example, "--out", out, "--replace"]).status).toBe(0);
  });
});
