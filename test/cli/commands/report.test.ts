import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { folderContents } from "../../robustness/output-folder.js";
import { projectRoot, runCli } from "../run-cli.js";

const example = "models/example-force.json";

function csvRows(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, "utf8").trimEnd().split("\r\n");
  const names = header.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((cell, i) => [names[i], cell])));
}

describe("mosovo report", { timeout: 180_000 }, () => {
  const scratch = mkdtempSync(join(tmpdir(), "mosovo-report-"));

  it("runs the whole job on the bundled example, as npm start does, into one folder", () => {
    const out = join(scratch, "example");
    const run = runCli(["report", "--out", out]);

    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.status, run.stderr).toBe(0);
    for (const file of ["report.html", "forecast.csv", "methods.csv", "backtest.csv", "summary.json", "staffing.csv", "staffing.json"]) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
    // the staffing rows are the forecast's years, at the forecast's point values
    const forecast = csvRows(join(out, "forecast.csv"));
    const staffing = csvRows(join(out, "staffing.csv"));
    expect(staffing.map((row) => row.period_ending)).toEqual(forecast.map((row) => row.period_ending));
    staffing.forEach((row, i) => expect(Number(row.registered_sex_offenders)).toBeCloseTo(Number(forecast[i].point), 0));
    const html = readFileSync(join(out, "report.html"), "utf8");
    expect(html).toContain('<section id="staffing"');
    expect(html).toContain('<section id="forecast"');
    // the report names its inputs by SHA-256, as the provenance section promises
    const history = readFileSync(join(projectRoot, "data/norfolk-rso.csv"));
    expect(html).toContain(createHash("sha256").update(history).digest("hex"));
  });

  it("gives byte-identical output folders when run twice", () => {
    const [first, second] = ["first", "second"].map((name) => join(scratch, `twice-${name}`));
    for (const out of [first, second]) expect(runCli(["report", "--force", example, "--out", out]).status).toBe(0);

    const [a, b] = [folderContents(first), folderContents(second)];
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    expect([...a].filter(([path, bytes]) => !bytes.equals(b.get(path)!)).map(([path]) => path)).toEqual([]);
  });

  it("refuses a force profile naming a caseload history that is not there: exit 2, one line, nothing written", () => {
    const folder = mkdtempSync(join(tmpdir(), "mosovo-report-profile-"));
    cpSync(join(projectRoot, "models"), folder, { recursive: true });
    const profile = join(folder, "example-force.json");
    writeFileSync(profile, readFileSync(profile, "utf8").replace('"../data/norfolk-rso.csv"', '"../data/missing.csv"'));
    const out = join(scratch, "refused");

    const run = runCli(["report", "--force", profile, "--out", out]);

    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^mosovo: .*missing\.csv: .*\n$/);
    expect(existsSync(out)).toBe(false);
  });

  it("keeps an earlier output unless --replace is given, and never replaces a folder it did not write", () => {
    const out = join(scratch, "earlier");
    expect(runCli(["report", "--out", out]).status).toBe(0);
    const digests = () => [...folderContents(out)].map(([path, bytes]) => `${path} ${createHash("sha256").update(bytes).digest("hex")}`).sort();
    const before = digests();

    const again = runCli(["report", "--out", out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/give --replace/);
    expect(digests()).toEqual(before);
    expect(runCli(["report", "--out", out, "--replace"]).status).toBe(0);

    const taken = join(scratch, "taken");
    cpSync(join(projectRoot, "data"), taken, { recursive: true });
    const refused = runCli(["report", "--out", taken, "--replace"]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/never replaces/);
    expect(existsSync(join(taken, "report.html"))).toBe(false);
  });
});
