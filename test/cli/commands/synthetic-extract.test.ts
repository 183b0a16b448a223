import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../../../src/cli/program.js";
import { runCli } from "../run-cli.js";

const bundled = new URL("../../../data/synthetic-operations/", import.meta.url);

describe("mosovo synthetic-extract", () => {
  it("makes exactly the synthetic extracts bundled in data/synthetic-operations with the command their README gives, so they can be remade and checked", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "mosovo-synthetic-")), "extract");
    const printed: string[] = [];
    const context = { version: "test", print: (line: string) => printed.push(line), warn: () => undefined };
    const madeWith = /^ {4}mosovo (synthetic-extract .*)$/m.exec(readFileSync(new URL("README.md", bundled), "utf8"));
    expect(madeWith, "the README's 'Made with' command").not.toBeNull();
    const args = madeWith![1].split(" ").map((arg) => (arg === "FOLDER" ? out : arg));
    await buildProgram(context).parseAsync(["node", "mosovo", ...args]);

    for (const name of ["work-items.csv", "abstractions.csv"]) {
      expect(readFileSync(join(out, name)).equals(readFileSync(new URL(name, bundled))), name).toBe(true);
    }
    expect(readFileSync(join(out, "README.md"), "utf8")).toBe(
      readFileSync(new URL("README.md", bundled), "utf8").replaceAll("data/synthetic-operations", out),
    );
    expect(readFileSync(new URL("README.md", bundled), "utf8")).toMatch(/^# Synthetic example extracts: not real data/);
  });

  it("bundles abstractions of as many offender managers as the example force has in post, so the example's abstraction shares are of the team the extract names", () => {
    const profile = JSON.parse(readFileSync(new URL("../../../models/example-force.json", import.meta.url), "utf8")) as { offenderManagers: { inPost: { value: number } } };
    const rows = readFileSync(new URL("abstractions.csv", bundled), "utf8").trimEnd().split(/\r?\n/).slice(1);
    const staff = new Set(rows.map((row) => row.split(",")[1]));
    // 15.1 FTE in post: 15 full-time people, or 16 with some part time
    expect(profile.offenderManagers.inPost.value).toBe(15.1);
    expect([...staff].every((ref) => /^OM-\d\d$/.test(ref))).toBe(true);
    expect(staff.size).toBe(15);
    const run = runCli(["operations", "--force", "models/example-force.json", "--items", "data/synthetic-operations/work-items.csv", "--abstractions", "data/synthetic-operations/abstractions.csv", "--as-of", "2026-03-31", "--out", join(mkdtempSync(join(tmpdir(), "mosovo-synthetic-")), "operations")]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/names \d+ staff/);
  });

  it("is left out of the help", async () => {
    const printed: string[] = [];
    const context = { version: "test", print: (line: string) => printed.push(line), warn: () => undefined };
    await expect(buildProgram(context).parseAsync(["node", "mosovo", "--help"])).rejects.toThrow();
    expect(printed.join("\n")).toContain("operations");
    expect(printed.join("\n")).not.toContain("synthetic-extract");
  });
});
