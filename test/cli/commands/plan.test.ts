import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../run-cli.js";

const example = "models/example-force.json";
const statusQuo = "models/scenarios/status-quo.json";

function readCsv(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, "utf8").trimEnd().split("\r\n");
  const names = header.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((cell, i) => [names[i], cell])));
}

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
}

describe("mosovo plan", { timeout: 120_000 }, () => {
  const scratch = mkdtempSync(join(tmpdir(), "mosovo-plan-"));

  it("writes the bundled plan from the status quo at the upper 80% bound, naming the profile relative to --out", () => {
    const out = join(scratch, "upper-80");
    const run = runCli(["plan", "--force", example, "--from", statusQuo, "--confidence", "80", "--out", out]);

    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.status).toBe(0);
    const written = readJson(join(out, "least-cost-plan.json"));
    const bundled = readJson("models/scenarios/least-cost-plan.json");
    expect(written.forceProfile).toBe(relative(out, resolve(example)).split("\\").join("/"));
    expect({ ...written, forceProfile: "../example-force.json" }).toEqual(bundled);
  });

  it("writes plan.csv with the months each year's hires arrive in, and year-end staff within both targets once a hire can reach them", () => {
    const out = join(scratch, "point");
    const run = runCli(["plan", "--force", example, "--from", statusQuo, "--out", out]);
    expect(run.status).toBe(0);
    const rows = readCsv(join(out, "plan.csv"));
    expect(Object.keys(rows[0])).toEqual([
      "period_ending",
      "offender_managers_hired",
      "supervisors_hired",
      "offender_manager_hire_months",
      "supervisor_hire_months",
      "trained_offender_managers",
      "supervisors_in_post",
      "caseload_per_offender_manager",
      "offender_managers_per_supervisor",
      "cost",
      "months_caseload_target_breached",
      "months_supervision_target_breached",
      "months_before_first_hire",
    ]);
    expect(rows.map((row) => row.period_ending)).toEqual(["2026-03-31", "2027-03-31", "2028-03-31", "2029-03-31", "2030-03-31"]);
    let offenderManagers = 15.1;
    let supervisors = 2;
    for (const row of rows) {
      // months are YYYY-MM:count within the year (April to March), adding up to the year's hires
      const months = row.offender_manager_hire_months === "" ? [] : row.offender_manager_hire_months.split(";");
      const total = months.reduce((sum, entry) => sum + Number(entry.split(":")[1]), 0);
      expect(total).toBe(Number(row.offender_managers_hired));
      const yearEnd = Number(row.period_ending.slice(0, 4));
      for (const entry of months) expect(entry).toMatch(new RegExp(`^(${yearEnd - 1}-(0[4-9]|1[0-2])|${yearEnd}-0[1-3]):\\d+$`));
      expect(Number(row.offender_managers_per_supervisor)).toBeLessThanOrEqual(10);
      if (row.months_before_first_hire === "0") expect(Number(row.caseload_per_offender_manager)).toBeLessThanOrEqual(50);
    }
    // The history ends 31 March 2025 and the profile's extracts are as of 31 March 2026: the inputs are known to
    // 31 March 2026, so no hire before it. The first year's 12 month ends come before the first hire can start
    // (15.1 × 50 = 755 against about 1,300: every one breaches), and the first hires arrive in April 2026.
    expect(run.stdout.split("\n")[0]).toBe(
      "no hire before 31 March 2026: the inputs are known to 31 March 2026 (the operational extracts' as-of date); the first hire can start in April 2026",
    );
    expect(rows.map((row) => row.months_before_first_hire)).toEqual(["12", "0", "0", "0", "0"]);
    expect(rows[0].months_caseload_target_breached).toBe("12");
    expect(rows[0].offender_managers_hired).toBe("0");
    expect(rows[1].offender_manager_hire_months).toMatch(/^2026-04:\d+/);
    expect(run.stdout).toMatch(/^2027-03-31: hire \d+ offender managers \(\d+ in April 2026/m);
    expect(run.stderr).toContain(
      "plan: the caseload target at the end of April 2025 to March 2026 (year ending 2026-03-31) is breached before any hire can start (no hire before 31 March 2026), so no hire can change it",
    );
  });

  it("hires no one before the date given with --no-hire-before, in the day-first form the extracts' dates may take", () => {
    const out = join(scratch, "no-hire-before");
    const run = runCli(["plan", "--force", example, "--from", statusQuo, "--no-hire-before", "15/10/2026", "--out", out]);
    expect(run.status, run.stderr).toBe(0);
    // 15 October 2026: the first month starting on or after it is November 2026, month 8 of the year ending 31 March 2027
    expect(run.stdout.split("\n")[0]).toBe("no hire before 15 October 2026: given with --no-hire-before; the first hire can start in November 2026");
    const rows = readCsv(join(out, "plan.csv"));
    // the first year's 12 month ends and the next year's first 7 (April to October 2026) come before it
    expect(rows.map((row) => row.months_before_first_hire)).toEqual(["12", "7", "0", "0", "0"]);
    const hireMonths = rows.flatMap((row) => [row.offender_manager_hire_months, row.supervisor_hire_months]).filter((cell) => cell !== "").flatMap((cell) => cell.split(";"));
    expect(hireMonths.length).toBeGreaterThan(0);
    for (const entry of hireMonths) expect(entry.slice(0, 7) >= "2026-11", entry).toBe(true);
    const written = readJson(join(out, "least-cost-plan.json"));
    expect(written.description).toContain("No hire before 2026-10-15: given with --no-hire-before.");
  });

  it("documents --no-hire-before and its default in --help, with an example", () => {
    const run = runCli(["plan", "--help"]);
    expect(run.status).toBe(0);
    const text = run.stdout.replace(/\s+/g, " ");
    expect(text).toContain("--no-hire-before <date> hire no one before this date, YYYY-MM-DD or DD/MM/YYYY");
    expect(text).toContain("(default: the date the inputs are known to, the latest of the caseload history's last year end and the profile's operationalExtracts.asOf)");
    expect(text).toContain("mosovo plan --force models/example-force.json --from models/scenarios/status-quo.json --no-hire-before 2026-10-01");
  });

  it.each([
    ["2030-03-02", "a day after the last month of the plan starts"],
    ["2031-04-01", "a year after the plan's years end"],
  ])("refuses --no-hire-before %s (%s) with exit 2, one line naming the option, and writes nothing", (date) => {
    const out = join(scratch, `refused-date-${date}`);
    const run = runCli(["plan", "--force", example, "--no-hire-before", date, "--out", out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `mosovo: --no-hire-before ${date}: expected a no-hire-before date on or before 2030-03-01, the first day of the plan's last month (its years end on 2030-03-31), so that a hire can start within the plan; found ${date}\n`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a profile whose extracts are as of a date past the plan's years, naming its JSON path, unless --no-hire-before is given", () => {
    const folder = mkdtempSync(join(tmpdir(), "mosovo-plan-late-"));
    const profile = JSON.parse(readFileSync(example, "utf8")) as Record<string, unknown> & { operationalExtracts: Record<string, string> };
    delete profile.$schema;
    delete profile.scenarios;
    profile.caseloadHistory = resolve("data/example-force-rso.csv");
    profile.workloadStandards = resolve("models/workload-standards.json");
    profile.operationalExtracts = { ...profile.operationalExtracts, asOf: "01/01/2031" };
    const profileFile = join(folder, "late-extracts.json");
    writeFileSync(profileFile, JSON.stringify(profile));
    const out = join(scratch, "late-extracts");

    const refused = runCli(["plan", "--force", profileFile, "--out", out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(
      `mosovo: ${profileFile}, JSON path operationalExtracts.asOf: expected a no-hire-before date on or before 2030-03-01, the first day of the plan's last month ` +
        "(its years end on 2030-03-31), so that a hire can start within the plan; found 2031-01-01, the date the inputs are known to, which no hire of a plan may start before\n",
    );
    expect(existsSync(out)).toBe(false);

    const given = runCli(["plan", "--force", profileFile, "--no-hire-before", "2026-03-31", "--out", out]);
    expect(given.status, given.stderr).toBe(0);
    expect(given.stdout.split("\n")[0]).toBe("no hire before 31 March 2026: given with --no-hire-before; the first hire can start in April 2026");
  });

  it.each(["2026-13-01", "31-03-2026", "03/31/2026", "next April"])("refuses --no-hire-before %s, not a date in either form, with exit 2 and writes nothing", (text) => {
    const out = join(scratch, "refused-date-form");
    const run = runCli(["plan", "--force", example, "--no-hire-before", text, "--out", out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `error: option '--no-hire-before <date>' argument '${text}' is invalid. expected a date written YYYY-MM-DD or DD/MM/YYYY, such as 2025-03-31 or 31/03/2025; found "${text}"\n(run with --help for usage and examples)\n`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ["the point forecast", []],
    ["the upper 80% bound", ["--confidence", "80"]],
  ])("meets both targets at every month end it can reach when compare runs its scenario, planning for %s", (_, confidence) => {
    const planOut = join(scratch, `again-plan-${confidence.length}`);
    const compareOut = join(scratch, `again-compare-${confidence.length}`);
    const planRun = runCli(["plan", "--force", example, "--from", statusQuo, ...confidence, "--out", planOut]);
    expect(planRun.status).toBe(0);
    // no hire before 31 March 2026 and nine months' training: the first year's month ends come before any hire can
    // start, and a hire in April 2026 is trained only at the end of December 2026; the plan says so
    expect(planRun.stderr).toMatch(/plan: the caseload target cannot be met at the end of April 2026 to November 2026 \(year ending 2027-03-31\): a new offender manager hired in April 2026/);
    const run = runCli(["compare", "--force", example, "--scenario", statusQuo, "--scenario", join(planOut, "least-cost-plan.json"), "--out", compareOut]);
    expect(run.status).toBe(0);
    const plan = readCsv(join(compareOut, "comparison.csv")).filter((row) => row.scenario === "Least-cost hiring plan");
    expect(plan).toHaveLength(5);
    expect(plan.map((row) => row.months_caseload_target_breached)).toEqual(["12", "8", "0", "0", "0"]);
    expect(plan.map((row) => row.months_supervision_target_breached)).toEqual(["0", "0", "0", "0", "0"]);
  });

  it("prints the forecast's warnings as compare and staffing do, then the plan's own, each as a warning line", () => {
    const out = join(scratch, "warnings");
    const run = runCli(["plan", "--force", example, "--out", out]);
    expect(run.status, run.stderr).toBe(0);
    const warnings = run.stderr.trimEnd().split("\n");
    // the example history gives rsos only and leaves four years blank; compare prints the same two lines
    expect(warnings[0]).toMatch(/^warning: data\/example-force-rso\.csv gives rsos only, with no community or custody column/);
    expect(warnings[1]).toMatch(/^warning: No figure for the years ending 31 March 2012 \(713\), 2014 \(826\), 2018 \(1,023\) and 2019 \(1,066\)/);
    expect(warnings.slice(2)).toEqual([expect.stringMatching(/^warning: plan: the caseload target at the end of April 2025 to March 2026 \(year ending 2026-03-31\) is breached before any hire can start/), expect.stringMatching(/^warning: plan: the caseload target cannot be met at the end of April 2026/)]);
    const compared = runCli(["compare", "--force", example, "--out", join(scratch, "warnings-compare")]);
    expect(compared.stderr.trimEnd().split("\n")).toEqual(warnings.slice(0, 2));
  });

  it("leaves out what the plan does not change when there is no --from", () => {
    const out = join(scratch, "from-nothing");
    expect(runCli(["plan", "--force", example, "--out", out]).status).toBe(0);
    const written = readJson(join(out, "least-cost-plan.json"));
    expect(Object.keys(written)).toEqual(["name", "description", "forceProfile", "workforce"]);
    expect(written.description).toMatch(/^Found by mosovo plan from the force profile with no other changes, planning for the point forecast/);
  });

  it("gives byte-identical outputs when run twice", () => {
    const [first, second] = [join(scratch, "first"), join(scratch, "second")];
    expect(runCli(["plan", "--force", example, "--from", statusQuo, "--out", first]).status).toBe(0);
    expect(runCli(["plan", "--force", example, "--from", statusQuo, "--out", second]).status).toBe(0);
    for (const name of ["least-cost-plan.json", "plan.csv"]) {
      expect(readFileSync(join(second, name)).equals(readFileSync(join(first, name))), name).toBe(true);
    }
  });

  it.each([
    ["unknown-key.json", 'JSON path workforce.hire: expected only the keys hires, trainingMonths, offenderManagerAttritionPerYear, supervisorAttritionPerYear, abstractionShare; found the key "hire"'],
    ["hire-outside-horizon.json", "JSON path workforce.hires[1].yearEnding: expected the forecast year the staff arrive in: a year ending within the forecast, 2026 to 2030; found 2032"],
    ["negative-cost.json", "JSON path costs.offenderManagerCostPerFte: expected a number from 0 to 1,000,000 (pounds); found -62000"],
    [
      "other-force-profile.json",
      'JSON path forceProfile: expected the force profile given with --force (models/example-force.json); found "../models/profile-unknown-key.json", a different file',
    ],
  ])("refuses --from %s with exit 2, one line naming the file and the JSON path, and writes nothing", (name, message) => {
    const file = `test/fixtures/inputs/scenarios/${name}`;
    const out = join(scratch, "refused");
    const run = runCli(["plan", "--force", example, "--from", file, "--out", out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`mosovo: ${file}, ${message}\n`);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a confidence level outside 1 to 99.9 with exit 2 and writes nothing", () => {
    const out = join(scratch, "refused-confidence");
    const run = runCli(["plan", "--force", example, "--confidence", "100", "--out", out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/expected an interval level in per cent from 1 to 99\.9, such as 80; found "100"/);
    expect(existsSync(out)).toBe(false);
  });
});
