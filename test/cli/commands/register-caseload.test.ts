import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot, runCli } from "../run-cli.js";

// test/fixtures/register-caseload/force.json takes its caseload from its register (caseloadFrom
// "register"), a register as at 31 March 2023 on which nothing is random: nobody has joined since 2016
// and nobody has left but on a known date, so every path is the same.
//   A very high, B high, C medium, D low, E unassessed: indefinite, in the community throughout
//   F high: notification ends 30 June 2025        G medium: in custody, released 1 October 2024
//   H low: in custody, released 31 December 2026  I: left in May 2021
// At each 31 March:   community  assessed (VH H M L)   custody
//   2024              6 A–F      5 (1 2 1 1)          2 (G, H)
//   2025              7 + G      6 (1 2 2 1)          1 (H)
//   2026              6 − F      5 (1 1 2 1)          1
//   2027, 2028        7 + H      6 (1 1 2 2)          0
// The history file's trend (naive: 6 in every year) and its custody (2), and the profile's risk mix
// (0.1/0.2/0.3/0.4) and peopleInCustody (250), would give other figures: none of them is used.
//
// Hours a year for one person (the round-number standards, 2 staff × 3 h a visit, ARMS 5 h, RMP 1.5 h,
// checks 20 min; half the low risk reactive):
//   very high 12×6 + 2×5 + 4×1.5 + 12/3 = 92      high   4×6 + 5 + 2×1.5 + 4/3 = 33⅓
//   medium    2×6 + 5 + 1.5 + 2/3      = 19⅙      low    (6 + 5 + 1.5 + ⅓ + 1.5 + ⅓) ÷ 2 = 7⅓
// The unassessed E is shared as the assessed are, so community hours = assessed hours × community ÷ assessed:
//   2024  (92 + 2×33⅓ + 19⅙ + 7⅓) = 185⅙ × 6/5 = 222.2 × 1.2 responsive = 266.64 + custody 2×4 = 274.64 h
//   2025  (92 + 2×33⅓ + 2×19⅙ + 7⅓) = 204⅓ × 7/6 = 238.3889 × 1.2 = 286.0667 + 1×4 = 290.0667 h
//   2028  (92 + 33⅓ + 2×19⅙ + 2×7⅓) = 178⅓ × 7/6 = 208.0556 × 1.2 = 249.6667 + 0 = 249.6667 h
// Productive hours per FTE 1,461 (35 h × 365.25 ÷ 7 × 0.8). Offender managers needed: by ratio
// community ÷ 3 = 2, 2⅓, 2, 2⅓, 2⅓; by activity 274.64 ÷ 1,461 = 0.1880 (2024), 249.6667 ÷ 1,461 =
// 0.1709 (2028); so 2, 2⅓, 2, 2⅓, 2⅓.
const profile = "test/fixtures/register-caseload/force.json";

function csvRows(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, "utf8").trimEnd().split("\r\n");
  const names = header.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((cell, i) => [names[i], cell])));
}

describe("a force profile whose caseload is its register's projection", { timeout: 300_000 }, () => {
  const scratch = mkdtempSync(join(tmpdir(), "mosovo-register-caseload-"));

  it("mosovo staffing: the register's community, risk mix and custody in every year, as counted by hand", () => {
    const out = join(scratch, "staffing");
    const run = runCli(["staffing", "--force", profile, "--method", "naive", "--out", out]);
    expect(run.status, run.stderr).toBe(0);

    const rows = csvRows(join(out, "staffing.csv"));
    expect(rows.map((row) => row.period_ending)).toEqual(["2024-03-31", "2025-03-31", "2026-03-31", "2027-03-31", "2028-03-31"]);
    expect(rows.map((row) => Number(row.registered_sex_offenders))).toEqual([6, 7, 6, 7, 7]);
    expect(rows.map((row) => Number(row.people_in_custody))).toEqual([2, 1, 1, 0, 0]);
    expect(Number(rows[0].workload_hours)).toBeCloseTo(274.64, 4);
    expect(Number(rows[1].workload_hours)).toBeCloseTo(290.0667, 4);
    expect(Number(rows[4].workload_hours)).toBeCloseTo(249.6667, 4);
    expect(Number(rows[0].offender_managers_needed_by_activity)).toBeCloseTo(0.188, 4);
    expect(Number(rows[4].offender_managers_needed_by_activity)).toBeCloseTo(0.1709, 4);
    expect(rows.map((row) => Number(row.offender_managers_needed))).toEqual([2, 2.3333, 2, 2.3333, 2.3333]);
    // nothing is random: the upper 80% bound is the point
    expect(rows.map((row) => Number(row.registered_sex_offenders_upper_80))).toEqual([6, 7, 6, 7, 7]);

    const json = JSON.parse(readFileSync(join(out, "staffing.json"), "utf8")) as {
      forecastMethod: string;
      caseloadFrom: Record<string, unknown>;
      custody: Record<string, unknown>;
      modelValues: { path: string }[];
    };
    expect(json.forecastMethod).toBe("register projection");
    expect(json.caseloadFrom).toMatchObject({ source: "register", asOf: "2023-03-31", completeFrom: "2020-04-01", paths: 20, seed: 7 });
    expect(json.custody).toMatchObject({ from: "register", profileValueNotUsed: 250 });
    // the profile's risk mix and custody figure are not among the values the model used
    expect(json.modelValues.map((row) => row.path).filter((path) => path.startsWith("riskMix") || path === "peopleInCustody")).toEqual([]);

    const report = readFileSync(join(out, "report.html"), "utf8");
    expect(report).toContain("are the register projection&#39;s, not a trend through the caseload history");
    expect(report).toContain("20 simulated paths (seed 7)");
    expect(run.stderr).toContain("riskMix and peopleInCustody (250) are not used");
  });

  it("mosovo compare: the status quo plans for the register's caseload, and its custody work is the register's", () => {
    const out = join(scratch, "compare");
    const run = runCli(["compare", "--force", profile, "--out", out]);
    expect(run.status, run.stderr).toBe(0);
    const rows = csvRows(join(out, "comparison.csv")).filter((row) => row.scenario === "Status quo");
    expect(rows.map((row) => Number(row.registered_sex_offenders))).toEqual([6, 7, 6, 7, 7]);
    // 2 offender managers and a target of 3: 6 ÷ 2 = 3 is within it, 7 ÷ 2 = 3.5 is not. Between year ends
    // the caseload runs on a straight line from 6 (the history's last year) to 6, then up to 7 (above 6 at
    // every month end of 2025), down to 6 (above 6 at 11 of 12), up to 7, and 7.
    expect(rows.map((row) => Number(row.months_caseload_target_breached))).toEqual([0, 12, 11, 12, 12]);
    // capacity = workload ÷ (2 × 1,461) × 100: 274.64 → 9.399%, 290.0667 → 9.927%
    expect(Number(rows[0].capacity_percent)).toBeCloseTo(9.399, 3);
    expect(Number(rows[1].capacity_percent)).toBeCloseTo(9.927, 3);
    expect(run.stdout).toContain("Status quo: caseload target first breached in the year ending 2025-03-31");
  });

  it("mosovo plan: hires the third offender manager the register's 7 people need, at the start of April 2024", () => {
    const out = join(scratch, "plan");
    const run = runCli(["plan", "--force", profile, "--out", out]);
    expect(run.status, run.stderr).toBe(0);
    const rows = csvRows(join(out, "plan.csv"));
    expect(rows.map((row) => Number(row.offender_managers_hired))).toEqual([0, 1, 0, 0, 0]);
    expect(rows[1].offender_manager_hire_months).toBe("2024-04:1");
    // 2 × £60,000 + £70,000 in the first year, then 3 × £60,000 + £70,000: £1,190,000
    expect(rows.reduce((total, row) => total + Number(row.cost), 0)).toBe(1_190_000);
  });

  it("mosovo report: staffing, the sensitivity analysis and the summary from the register, the projection shown and said to be used", () => {
    const out = join(scratch, "report");
    const run = runCli(["report", "--force", profile, "--method", "naive", "--out", out]);
    expect(run.status, run.stderr).toBe(0);

    const staffing = csvRows(join(out, "staffing.csv"));
    expect(staffing.map((row) => Number(row.registered_sex_offenders))).toEqual([6, 7, 6, 7, 7]);
    expect(staffing.map((row) => Number(row.people_in_custody))).toEqual([2, 1, 1, 0, 0]);
    // staffing to need in whole posts: offender managers 2, 3, 2, 3, 3 and one supervisor a year:
    // 3 × (2 × 60,000 + 70,000) + ... = 190,000 + 250,000 + 190,000 + 250,000 + 250,000 = 1,130,000
    const [baseline] = csvRows(join(out, "sensitivity.csv"));
    expect(Number(baseline.cost_of_staffing_to_need_low)).toBe(1_130_000);
    expect(Number(baseline.offender_managers_needed_low)).toBeCloseTo(2.3333, 4);

    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8")) as { caseloadFrom: Record<string, unknown>; chosenMethod: { name: string } };
    expect(summary.caseloadFrom).toMatchObject({ source: "register", asOf: "2023-03-31", completeFrom: "2020-04-01", paths: 20, seed: 7 });
    expect(summary.chosenMethod.name).toBe("register");
    const html = readFileSync(join(out, "report.html"), "utf8");
    expect(html).toContain('<section id="register"');
    expect(html).toContain("The staffing figures in this report use this projection");
    expect(readFileSync(join(out, "register-projection.csv"), "utf8")).toContain("community");
  });

  it("mosovo operations --force: the outlook's scenarios are projected on the register's caseload, and the extract is among the inputs", () => {
    const out = join(scratch, "operations");
    const run = runCli(["operations", "--force", profile, "--items", "data/synthetic-operations/work-items.csv", "--as-of", "2026-03-31", "--out", out]);
    expect(run.status, run.stderr).toBe(0);
    const html = readFileSync(join(out, "report.html"), "utf8");
    expect(html).toContain("caseload forecast by register projection");
    expect(html).toContain(createHash("sha256").update(readFileSync("test/fixtures/register-caseload/register.csv")).digest("hex"));
  });

  it("refuses a completeness date that leaves no whole month of register history, naming the profile's JSON paths", () => {
    const folder = mkdtempSync(join(tmpdir(), "mosovo-register-caseload-short-"));
    const fixtures = join(projectRoot, "test/fixtures");
    const text = readFileSync(profile, "utf8")
      .replace('"completeFrom": "2020-04-01"', '"completeFrom": "2023-03-15"')
      .replace('"history.csv"', JSON.stringify(join(fixtures, "register-caseload/history.csv")))
      .replace('"register.csv"', JSON.stringify(join(fixtures, "register-caseload/register.csv")))
      .replace('"../custody/standards.json"', JSON.stringify(join(fixtures, "custody/standards.json")))
      .replace('"status-quo.json"', JSON.stringify(join(fixtures, "register-caseload/status-quo.json")));
    const file = join(folder, "force.json");
    writeFileSync(file, text);
    const run = runCli(["staffing", "--force", file, "--out", join(folder, "out")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("force.json, JSON path register.completeFrom 2023-03-15 leaves no whole month of history before the");
    expect(run.stderr).toContain("JSON path register.asOf date 2023-03-31: expected a completeness date at least a month earlier");
  });

  it("counts the one-off work of the register's releases year by year, where the standards give its hours", () => {
    // The same register: G is released on 1 October 2024 (year ending 31 March 2025) and H on 31 December 2026
    // (year ending 31 March 2027); nobody joins. With the round-number standards plus one-off hours on release
    // of a visit of 3 h for each of the 2 staff, a plan review of 3 h and an ARMS review of 5 h, a release
    // brings 2 × 3 + 3 + 5 = 14 h (no responsive allowance on it): 2025 290.0667 + 14 = 304.0667 h,
    // 2027 249.6667 + 14 = 263.6667 h; the other years as before.
    const folder = mkdtempSync(join(tmpdir(), "mosovo-register-caseload-flows-"));
    const fixtures = join(projectRoot, "test/fixtures");
    const hours = (value: number) => ({ value, source: "made-up round numbers for a hand-checked test" });
    const standards = JSON.parse(readFileSync(join(fixtures, "custody/standards.json"), "utf8")) as Record<string, unknown>;
    standards.oneOffWork = {
      onJoiningTheRegister: { firstArmsAssessmentHours: hours(8), firstHomeVisitHoursPerStaff: hours(4), initialRiskManagementPlanHours: hours(3) },
      onReleaseFromCustody: { homeVisitHoursPerStaff: hours(3), riskManagementPlanReviewHours: hours(3), armsReviewHours: hours(5) },
    };
    writeFileSync(join(folder, "standards.json"), JSON.stringify(standards));
    const text = readFileSync(profile, "utf8")
      .replace('"history.csv"', JSON.stringify(join(fixtures, "register-caseload/history.csv")))
      .replace('"register.csv"', JSON.stringify(join(fixtures, "register-caseload/register.csv")))
      .replace('"../custody/standards.json"', '"standards.json"')
      .replace('"status-quo.json"', JSON.stringify(join(fixtures, "register-caseload/status-quo.json")));
    writeFileSync(join(folder, "force.json"), text);
    const out = join(folder, "out");
    const run = runCli(["staffing", "--force", join(folder, "force.json"), "--method", "naive", "--out", out]);
    expect(run.status, run.stderr).toBe(0);
    const rows = csvRows(join(out, "staffing.csv"));
    expect(rows.map((row) => Number(row.workload_hours))).toEqual([274.64, 304.0667, expect.any(Number), 263.6667, 249.6667]);
    const json = JSON.parse(readFileSync(join(out, "staffing.json"), "utf8")) as { joiningAndRelease: { counted: boolean } };
    expect(json.joiningAndRelease.counted).toBe(true);
  });

  it("needs no peopleInCustody in the profile when the register gives custody: staffing, compare, plan and report run on the register's", () => {
    const folder = mkdtempSync(join(tmpdir(), "mosovo-register-caseload-no-custody-"));
    const fixtures = join(projectRoot, "test/fixtures");
    const text = readFileSync(profile, "utf8")
      .replace(/\s*"peopleInCustody": \{[^}]*\},/, "")
      .replace('"history.csv"', JSON.stringify(join(fixtures, "register-caseload/history.csv")))
      .replace('"register.csv"', JSON.stringify(join(fixtures, "register-caseload/register.csv")))
      .replace('"../custody/standards.json"', JSON.stringify(join(fixtures, "custody/standards.json")))
      .replace(/\s*"scenarios": \[[^\]]*\],/, "");
    expect(text).not.toContain("peopleInCustody");
    const file = join(folder, "force.json");
    writeFileSync(file, text);
    // the fixture's scenario names the fixture's own profile, so this copy lists none
    const staffing = runCli(["staffing", "--force", file, "--method", "naive", "--out", join(folder, "staffing")]);
    expect(staffing.status, staffing.stderr).toBe(0);
    // the register's custody, as counted at the top: 2, 1, 1, 0, 0
    expect(csvRows(join(folder, "staffing", "staffing.csv")).map((row) => Number(row.people_in_custody))).toEqual([2, 1, 1, 0, 0]);
    expect(staffing.stderr).toContain("riskMix is not used");
    const plan = runCli(["plan", "--force", file, "--out", join(folder, "plan")]);
    expect(plan.status, plan.stderr).toBe(0);
    const report = runCli(["report", "--force", file, "--out", join(folder, "report")]);
    expect(report.status, report.stderr).toBe(0);
  });

  it("refuses a profile whose caseloadFrom is neither register nor history, naming the JSON path", () => {
    const folder = mkdtempSync(join(tmpdir(), "mosovo-register-caseload-bad-"));
    const text = readFileSync(profile, "utf8").replace('"caseloadFrom": "register"', '"caseloadFrom": "extract"');
    const file = join(folder, "force.json");
    writeFileSync(file, text);
    const run = runCli(["staffing", "--force", file, "--out", join(folder, "out")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/force\.json, JSON path register\.caseloadFrom: expected "register" .* or "history" .*; found "extract"/);
  });
});
