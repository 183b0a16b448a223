import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot, runCli } from "../cli/run-cli.js";
import { folderContents, formulaCells } from "./output-folder.js";

const scratch = mkdtempSync(join(tmpdir(), "mosovo-outputs-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const national = "data/national-rso-england-wales.csv";
const workItems = "data/synthetic-operations/work-items.csv";
const abstractions = "data/synthetic-operations/abstractions.csv";
const bundled = (path: string) => readFileSync(join(projectRoot, path), "utf8");
/** Whether the built tool has a command of this name (some are still being written); synthetic-extract is hidden from the help. */
const help = runCli(["--help"]).stdout;
const hasCommand = (name: string) => name === "synthetic-extract" || new RegExp(`^\\s+${name}\\b`, "m").test(help);

describe("CSV outputs opened in Excel", () => {
  it("mosovo forecast: no cell of any CSV output starts with = + - @ unless it is a number, whatever the history's sources say", () => {
    const sources = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "=1+1", "\t=cmd"];
    const lines = bundled(national).trimEnd().split(/\r?\n/);
    const history = join(scratch, "formula-sources.csv");
    writeFileSync(
      history,
      [lines[0], ...lines.slice(1).map((line, i) => line.replace(/,"[^"]*"$|,[^,"]*$/, `,"${sources[i % sources.length].replace(/"/g, '""')}"`))].join("\r\n"),
    );
    const out = join(scratch, "formula-forecast");

    const run = runCli(["forecast", "--history", history, "--out", out]);

    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.status).toBe(0);
    const csvFiles = [...folderContents(out)].filter(([path]) => path.endsWith(".csv"));
    expect(csvFiles.length).toBeGreaterThan(0);
    for (const [path, bytes] of csvFiles) expect(formulaCells(bytes.toString("utf8")), path).toEqual([]);
  });

  it("mosovo operations: an abstraction reason of =cmd is refused, or written so that Excel does not run it", () => {
    const extract = join(scratch, "formula-reasons.csv");
    writeFileSync(extract, ["date,staff_ref,hours,reason", "2026-01-05,OM-01,4,=cmd", "2026-01-06,OM-02,4,+cmd", "2026-01-07,OM-03,4,@SUM(1)"].join("\r\n"));
    const out = join(scratch, "formula-operations");

    const run = runCli(["operations", "--items", workItems, "--abstractions", extract, "--as-of", "2026-03-31", "--out", out]);

    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    expect([0, 2]).toContain(run.status);
    if (run.status === 2) {
      expect(run.stderr).toMatch(new RegExp(`^mosovo: ${extract.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}, line 2, column reason: .*\n$`));
      expect(existsSync(out)).toBe(false);
      return;
    }
    for (const [path, bytes] of folderContents(out)) if (path.endsWith(".csv")) expect(formulaCells(bytes.toString("utf8")), path).toEqual([]);
  });
});

/**
 * evaluate's accuracy.csv has a `seconds` column, the time each method took, which issue 3 asks for and
 * which no two runs share: it is blanked, and every other byte of every file compared.
 */
function withoutSeconds(contents: Map<string, Buffer>): Map<string, Buffer> {
  const accuracy = contents.get("accuracy.csv");
  if (accuracy === undefined) return contents;
  const [header, ...rows] = accuracy.toString("utf8").split("\r\n");
  const column = header.split(",").indexOf("seconds");
  if (column < 0) throw new Error("accuracy.csv has no seconds column");
  const blank = (line: string) => (line === "" ? line : line.split(",").map((cell, i) => (i === column ? "" : cell)).join(","));
  return new Map([...contents, ["accuracy.csv", Buffer.from([header, ...rows.map(blank)].join("\r\n"))]]);
}

describe("every command, run twice on the same inputs", () => {
  const profile = "models/example-force.json";
  const panel = join(scratch, "panel.csv");
  writeFileSync(
    panel,
    [
      "series_id,split,t,value",
      ...["A", "B", "C"].flatMap((id, s) => [
        ...[940, 1084, 1244, 1445, 1683, 2038, 2100, 2230].map((value, t) => `${id},train,${t + 1},${value + 7 * s}`),
        ...[2322, 2418].map((value, t) => `${id},test,${t + 1},${value + 7 * s}`),
      ]),
    ].join("\n"),
  );
  const commands: [string, string[]][] = [
    ["forecast", ["forecast", "--history", national]],
    ["staffing", ["staffing", "--force", profile]],
    ["evaluate", ["evaluate", "--panel", panel, "--horizon", "2"]],
    ["operations", ["operations", "--items", workItems, "--abstractions", abstractions, "--available-hours", "3207", "--as-of", "2026-03-31"]],
    ["schema", ["schema"]],
    ["synthetic-extract", ["synthetic-extract", "--months", "3", "--rsos", "100"]],
    ["report", ["report", "--force", profile]],
    ["compare", ["compare", "--force", profile]],
    ["plan", ["plan", "--force", profile]],
  ];

  for (const [name] of commands.filter(([command]) => !hasCommand(command))) it.todo(`mosovo ${name} (not yet a command) gives byte-identical output folders`);
  it.each(commands.filter(([name]) => hasCommand(name)))("mosovo %s gives byte-identical output folders, every file compared", (name, args) => {
    const [first, second] = ["first", "second"].map((run) => join(scratch, `twice-${name}-${run}`));

    for (const out of [first, second]) {
      const run = runCli([...args, "--out", out]);
      expect(run.stderr).not.toMatch(/internal error/);
      expect(run.status, run.stderr).toBe(0);
    }

    const [a, b] = [folderContents(first), folderContents(second)].map((contents) => (name === "evaluate" ? withoutSeconds(contents) : contents));
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differing = [...a].filter(([path, bytes]) => !bytes.equals(b.get(path)!)).map(([path]) => path);
    expect(differing).toEqual([]);
  });
});

describe("no identifiers out", () => {
  // the synthetic extracts with their references made distinctive, so that any trace of one in an output is found
  const folder = join(scratch, "distinctive");
  mkdirSync(folder);
  const items = join(folder, "work-items.csv");
  const absences = join(folder, "abstractions.csv");
  const itemIds = new Set<string>();
  const staffRefs = new Set<string>();
  writeFileSync(
    items,
    bundled(workItems).replace(/^WI-(\d+)/gm, (_, number: string) => {
      const id = `ZZID-${93847 + Number(number)}`;
      itemIds.add(id);
      return id;
    }),
  );
  writeFileSync(
    absences,
    bundled(abstractions).replace(/^([^,]+),OM-(\d+),/gm, (_, date: string, number: string) => {
      const ref = `STAFF-QX-${70 + Number(number)}`;
      staffRefs.add(ref);
      return `${date},${ref},`;
    }),
  );
  const identifiers = [...itemIds, ...staffRefs];

  /** Every identifier any output file holds, with the file. */
  const leaks = (out: string) =>
    [...folderContents(out)].flatMap(([path, bytes]) => {
      const text = bytes.toString("utf8");
      // the prefixes catch a reference cut short or reformatted as well as the whole one
      const found = /ZZID|STAFF-QX|QX-\d/.test(text) ? identifiers.filter((id) => text.includes(id)).concat("a prefix") : [];
      return found.map((id) => `${path}: ${id}`);
    });

  it("mosovo operations writes none of the item_id or staff_ref values in any output file", () => {
    expect(itemIds.size).toBeGreaterThan(1000);
    expect(staffRefs.size).toBeGreaterThan(5);
    const out = join(scratch, "ids-operations");

    const run = runCli(["operations", "--items", items, "--abstractions", absences, "--available-hours", "3207", "--as-of", "2026-03-31", "--out", out]);

    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.status).toBe(0);
    expect(leaks(out)).toEqual([]);
    // nor on the screen, where a run's output is often pasted into an email
    expect(/ZZID|STAFF-QX/.test(run.stdout + run.stderr)).toBe(false);
  });

  it.skipIf(!hasCommand("report"))("mosovo report, on a force profile that names the extracts, writes none of them in any output file", () => {
    const example = JSON.parse(bundled("models/example-force.json")) as Record<string, unknown>;
    const profile = join(folder, "force.json");
    writeFileSync(
      profile,
      JSON.stringify({
        ...example,
        $schema: undefined,
        caseloadHistory: resolve(projectRoot, "data/norfolk-rso.csv"),
        workloadStandards: resolve(projectRoot, "models/workload-standards.json"),
        recommendation8Rules: resolve(projectRoot, "models/recommendation-8-rules.json"),
        scenarios: undefined,
        operationalExtracts: { workItems: items, abstractions: absences, asOf: "2026-03-31" },
        register: { ...(example.register as object), extract: resolve(projectRoot, "data/synthetic-register/register.csv") },
      }),
    );
    const out = join(scratch, "ids-report");

    const run = runCli(["report", "--force", profile, "--out", out]);

    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.status, run.stderr).toBe(0);
    expect(leaks(out)).toEqual([]);
  });
});
