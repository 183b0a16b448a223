import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../../../src/cli/program.js";
import { InputError } from "../../../src/errors.js";
import { runCli } from "../run-cli.js";

const scratch = mkdtempSync(join(tmpdir(), "mosovo-operations-"));

// Distinctive references: none of them may reach any output.
const itemIds = ["ZX-SECRET-ITEM-0001", "ZX-SECRET-ITEM-0002", "ZX-SECRET-ITEM-0003", "ZX-SECRET-ITEM-0004", "ZX-SECRET-ITEM-0005"];
const staffRefs = ["QQ-STAFF-SMITH-77", "QQ-STAFF-JONES-88"];
const items = [
  "item_id,item_type,risk_level,due_date,completed_date,reviewed_date",
  `${itemIds[0]},home_visit,very_high,2025-02-28,,`, // 31 days overdue on 2025-03-31
  `${itemIds[1]},home_visit,very_high,01/03/2025,,`, // 30 days overdue
  `${itemIds[2]},home_visit,high,2025-03-31,,`, // due on the as-of date: not yet due
  `${itemIds[3]},arms_assessment,low,2025-01-31,2025-01-31,2025-02-28`, // reviewed on the last day of its month
  `${itemIds[4]},risk_management_plan,medium,2024-12-01,2024-12-20,`, // 20 Jan passed unreviewed
].join("\n");
const abstractions = [
  "date,staff_ref,hours,reason",
  `2025-01-06,${staffRefs[0]},7.5,other_duties`,
  `2025-02-03,${staffRefs[0]},7.5,other_duties`,
  `2025-03-03,${staffRefs[0]},7.5,other_duties`,
  `2025-03-04,${staffRefs[1]},3.5,training`,
].join("\n");

function file(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

async function run(...args: string[]): Promise<{ printed: string[]; warned: string[] }> {
  const printed: string[] = [];
  const warned: string[] = [];
  const context = { version: "0.0.0-test", print: (line: string) => printed.push(line), warn: (line: string) => warned.push(line) };
  await buildProgram(context).parseAsync(["node", "mosovo", "operations", ...args]);
  return { printed, warned };
}

function allFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

const itemsFile = file("items.csv", items);
const abstractionsFile = file("abstractions.csv", abstractions);
const base = ["--items", itemsFile, "--abstractions", abstractionsFile, "--available-hours", "1000", "--as-of", "2025-03-31"];

describe("mosovo operations", () => {
  it("writes the measures counted by hand", async () => {
    const out = join(scratch, "hand");
    await run(...base, "--out", out);

    expect(readdirSync(out).sort()).toEqual([
      ".mosovo-output",
      "abstractions.csv",
      "charts",
      "on-time-completion.csv",
      "outstanding.csv",
      "regular-abstraction.csv",
      "report.html",
      "reviews.csv",
    ]);
    const outstanding = readFileSync(join(out, "outstanding.csv"), "utf8").split("\r\n");
    expect(outstanding[0]).toBe("item_type,risk_level,band,count,oldest_days_overdue");
    expect(outstanding).toContain("home_visit,very_high,overdue_1_to_30_days,1,30");
    expect(outstanding).toContain("home_visit,very_high,overdue_31_to_90_days,1,31");
    expect(outstanding).toContain("home_visit,high,not_yet_due,1,");
    expect(outstanding).toHaveLength(1 + 48 + 1); // header, 48 cells, the empty text after the last CRLF

    const reviews = readFileSync(join(out, "reviews.csv"), "utf8").split("\r\n");
    expect(reviews).toContain("arms_assessment,2025-01,1,1,0,0,0,1");
    expect(reviews).toContain("risk_management_plan,2024-12,1,0,0,1,0,0");

    // other duties in January, February and March: regular in March; 7.5 h of 1,000 is 0.0075
    const away = readFileSync(join(out, "abstractions.csv"), "utf8").split("\r\n");
    expect(away).toContain("2025-03,other_duties,7.5,0.0075,1,1,");
    expect(away).toContain("2025-03,(all reasons),11,0.011,2,1,0.011");
    expect(readFileSync(join(out, "regular-abstraction.csv"), "utf8")).toBe(
      "reason,staff_abstracted_in_three_or_more_consecutive_months\r\n(all reasons),1\r\nother_duties,1\r\ntraining,0\r\n",
    );
    const report = readFileSync(join(out, "report.html"), "utf8");
    expect(report).toContain("Outstanding work, reviews and abstractions");
    expect(report).toContain("No force profile was given (<code>--force</code>), so there is no outlook");
  });

  it("writes each month's share without annual leave and sickness in abstractions.csv, whose mean is the report's twelve-month share", async () => {
    const reasons = [
      "date,staff_ref,hours,reason",
      "2025-01-06,A,7.5,annual_leave",
      "2025-01-07,B,4,other_duties",
      "2025-02-03,A,7.5,sickness",
      "2025-02-04,B,3.5,training",
      "2025-03-03,A,7.5,other_duties",
      "2025-03-04,B,7.5,annual_leave",
      "2025-03-05,A,7.5,sickness",
    ].join("\n");
    const out = join(scratch, "without-leave");
    await run("--items", itemsFile, "--abstractions", file("leave-and-sickness.csv", reasons), "--available-hours", "1000", "--as-of", "2025-03-31", "--out", out);

    const [header, ...lines] = readFileSync(join(out, "abstractions.csv"), "utf8").trimEnd().split("\r\n");
    expect(header).toBe("month,reason,hours,share_of_available_hours,staff_abstracted,staff_regularly_abstracted,share_of_available_hours_without_leave_and_sickness");
    // of 1,000 h a month, leaving out annual leave and sickness:
    //   January  other duties 4                          → 4 ÷ 1,000   = 0.004  (all reasons 11.5 → 0.0115)
    //   February training 3.5                            → 3.5 ÷ 1,000 = 0.0035 (all reasons 11   → 0.011)
    //   March    other duties 7.5                        → 7.5 ÷ 1,000 = 0.0075 (all reasons 22.5 → 0.0225)
    expect(lines.filter((line) => line.includes("(all reasons)"))).toEqual([
      "2025-01,(all reasons),11.5,0.0115,2,0,0.004",
      "2025-02,(all reasons),11,0.011,2,0,0.0035",
      "2025-03,(all reasons),22.5,0.0225,2,2,0.0075",
    ]);
    // a reason's own row leaves it empty: the share is of a month's reasons together
    expect(lines).toContain("2025-03,other_duties,7.5,0.0075,1,0,");
    // the report's share over the complete months: (4 + 3.5 + 7.5) ÷ (3 × 1,000) = 0.005, the column's mean, 0.5%
    const report = readFileSync(join(out, "report.html"), "utf8");
    expect(report).toMatch(/Every reason but annual leave and sickness<\/td>\s*<td[^>]*>0\.5<\/td>/);
  });

  it.each([[[]], [["--suppress-below", "2"]]])("writes no item_id or staff_ref into any output file (options %j)", async (extra) => {
    const out = join(scratch, `private-${extra.length}`);
    await run(...base, ...extra, "--out", out);
    const files = allFiles(out);
    expect(files.length).toBeGreaterThan(6);
    for (const path of files) {
      const text = readFileSync(path, "utf8").toLowerCase();
      for (const reference of [...itemIds, ...staffRefs, "ZX-SECRET", "QQ-STAFF"]) {
        expect(text.includes(reference.toLowerCase()), `${reference} in ${path}`).toBe(false);
      }
    }
  });

  it("hides small counts when asked", async () => {
    const out = join(scratch, "suppressed");
    await run(...base, "--suppress-below", "2", "--out", out);
    const outstanding = readFileSync(join(out, "outstanding.csv"), "utf8").split("\r\n");
    expect(outstanding).toContain("home_visit,very_high,overdue_1_to_30_days,,");
    expect(outstanding).toContain("home_visit,very_high,overdue_over_90_days,0,");
  });

  it("gives byte-identical outputs when run twice on the same inputs", async () => {
    const first = join(scratch, "first");
    const second = join(scratch, "second");
    await run(...base, "--out", first);
    await run(...base, "--out", second);
    const names = allFiles(first).map((path) => path.slice(first.length));
    expect(names.length).toBeGreaterThan(6);
    for (const name of names) {
      expect(readFileSync(join(second, name)).equals(readFileSync(join(first, name))), name).toBe(true);
    }
  });

  it("refuses a bad cell naming file, line and column, and writes nothing", async () => {
    const bad = file("bad-items.csv", `${items}\nZX-6,home_visit,very_high,2025-03-01,2025-03-10,2025-03-09`);
    const out = join(scratch, "refused");
    await expect(run("--items", bad, "--as-of", "2025-03-31", "--out", out)).rejects.toThrow(
      new InputError(`${bad}, line 7, column reviewed_date: expected a date on or after the completed_date 2025-03-10; found "2025-03-09"`),
    );
    expect(existsSync(out)).toBe(false);
  });

  it("refuses --available-hours without --abstractions", async () => {
    await expect(run("--items", itemsFile, "--available-hours", "1000", "--as-of", "2025-03-31", "--out", join(scratch, "x"))).rejects.toThrow(
      new InputError("--available-hours 1000: expected together with --abstractions, whose hours it divides; found no --abstractions"),
    );
  });
});

describe("mosovo operations --as-of", () => {
  it("refuses a date before 1900, which no extract's dates could follow", async () => {
    await expect(run("--items", itemsFile, "--as-of", "1899-12-31", "--out", join(scratch, "y"))).rejects.toThrow(
      new InputError("--as-of 1899-12-31: expected a date in 1900 or later; found an earlier one"),
    );
  });
});

// The example profile with its history and standards by absolute path, no scenarios (so the outlook is the
// profile as it is), 10 offender managers in post and 42 contracted hours a week.
const example = JSON.parse(readFileSync(fileURLToPath(new URL("../../../models/example-force.json", import.meta.url)), "utf8")) as Record<string, unknown>;
const { scenarios: _scenarios, operationalExtracts: _extracts, ...exampleWithoutScenarios } = example;
const profileFile = file(
  "force.json",
  JSON.stringify({
    ...exampleWithoutScenarios,
    caseloadHistory: fileURLToPath(new URL("../../../data/norfolk-rso.csv", import.meta.url)),
    workloadStandards: fileURLToPath(new URL("../../../models/workload-standards.json", import.meta.url)),
    offenderManagers: { ...(example.offenderManagers as object), inPost: { value: 10, source: "test" } },
    workingTime: { ...(example.workingTime as object), contractedHoursPerWeek: { value: 42, source: "test" } },
  }),
);
const withForce = ["--items", itemsFile, "--abstractions", abstractionsFile, "--force", profileFile, "--as-of", "2025-03-31"];

describe("mosovo operations --force", () => {
  it("writes outlook.csv: four risk levels for each of the 12 month ends after --as-of, for the profile as it is", async () => {
    const out = join(scratch, "outlook");
    await run(...withForce, "--out", out);

    expect(readdirSync(out)).toContain("outlook.csv");
    const lines = readFileSync(join(out, "outlook.csv"), "utf8").split("\r\n");
    expect(lines[0]).toBe("scenario,month_ending,risk_level,outstanding,overdue,months_to_clear_overdue");
    expect(lines).toHaveLength(1 + 12 * 4 + 1); // header, 48 rows, the empty text after the last CRLF
    const rows = lines.slice(1, -1).map((line) => line.split(","));
    expect(new Set(rows.map((row) => row[0]))).toEqual(new Set(["Status quo (the force profile as it is)"]));
    expect([...new Set(rows.map((row) => row[1]))]).toEqual([
      "2025-04-30", "2025-05-31", "2025-06-30", "2025-07-31", "2025-08-31", "2025-09-30",
      "2025-10-31", "2025-11-30", "2025-12-31", "2026-01-31", "2026-02-28", "2026-03-31",
    ]);
    expect(rows.slice(0, 4).map((row) => row[2])).toEqual(["very_high", "high", "medium", "low"]);
    for (const row of rows) {
      expect(Number(row[3])).toBeGreaterThanOrEqual(Number(row[4]));
      expect(Number(row[4])).toBeGreaterThanOrEqual(0);
    }
    const report = readFileSync(join(out, "report.html"), "utf8");
    expect(report).toContain("Months to clear the backlog");
    expect(readdirSync(join(out, "charts"))).toEqual(expect.arrayContaining(["outlook-very-high.html", "outlook-low.html"]));
  });

  it("takes the hours available a month from the profile when --available-hours is not given", async () => {
    // 10 offender managers × 42 h a week × 365.25 ÷ 7 ÷ 12 = 10 × 182.625 = 1,826.25 h a month;
    // March: other duties 7.5 ÷ 1,826.25 = 0.0041, all reasons 11 ÷ 1,826.25 = 0.0060
    const out = join(scratch, "profile-hours");
    await run(...withForce, "--out", out);
    const away = readFileSync(join(out, "abstractions.csv"), "utf8").split("\r\n");
    expect(away).toContain("2025-03,other_duties,7.5,0.0041,1,1,");
    expect(away).toContain("2025-03,(all reasons),11,0.006,2,1,0.006");
  });

  it("gives byte-identical outputs, outlook.csv included, when run twice", async () => {
    const first = join(scratch, "outlook-first");
    const second = join(scratch, "outlook-second");
    await run(...withForce, "--out", first);
    await run(...withForce, "--out", second);
    const names = allFiles(first).map((path) => path.slice(first.length));
    expect(names).toContain("/outlook.csv");
    for (const name of names) {
      expect(readFileSync(join(second, name)).equals(readFileSync(join(first, name))), name).toBe(true);
    }
  });

  it("leaves the outlook out with --suppress-below, as its first month would show the counts suppression hides", async () => {
    const out = join(scratch, "outlook-suppressed");
    const { printed } = await run(...withForce, "--suppress-below", "2", "--out", out);
    expect(existsSync(join(out, "outlook.csv"))).toBe(false);
    expect(existsSync(join(out, "outstanding.csv"))).toBe(true);
    expect(printed.join("\n")).toMatch(/No outlook\.csv: .*--suppress-below/);
    expect(readFileSync(join(out, "report.html"), "utf8")).toContain("Left out because small counts are suppressed for publication");
  });

  it("writes no item_id or staff_ref with --force either", async () => {
    const out = join(scratch, "outlook-private");
    await run(...withForce, "--out", out);
    for (const path of allFiles(out)) {
      const text = readFileSync(path, "utf8").toLowerCase();
      for (const reference of ["zx-secret", "qq-staff"]) expect(text.includes(reference), `${reference} in ${path}`).toBe(false);
    }
  });

  it("refuses a force profile that does not fit, exit 2, with one line naming the file, and writes nothing", () => {
    const bad = file("bad-force.json", JSON.stringify({ ...exampleWithoutScenarios, riskMix: "national" }));
    const out = join(scratch, "bad-force");
    const result = runCli(["operations", "--items", itemsFile, "--force", bad, "--as-of", "2025-03-31", "--out", out]);
    expect(result.status).toBe(2);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain(`mosovo: ${bad}, JSON path riskMix: expected`);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a force profile that cannot be read, exit 2, naming it", () => {
    const missing = join(scratch, "no-such-force.json");
    const result = runCli(["operations", "--items", itemsFile, "--force", missing, "--as-of", "2025-03-31", "--out", join(scratch, "missing-force")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`mosovo: ${missing}: expected a readable file; found no such file\n`);
  });
});
