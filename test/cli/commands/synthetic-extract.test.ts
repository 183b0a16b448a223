import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../../../src/cli/program.js";

const bundled = new URL("../../../data/synthetic-operations/", import.meta.url);

describe("mosovo synthetic-extract", () => {
  it("makes exactly the synthetic extracts bundled in data/synthetic-operations, so they can be remade and checked", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "mosovo-synthetic-")), "extract");
    const printed: string[] = [];
    const context = { version: "test", print: (line: string) => printed.push(line), warn: () => undefined };
    await buildProgram(context).parseAsync(["node", "mosovo", "synthetic-extract", "--out", out]);

    for (const name of ["work-items.csv", "abstractions.csv"]) {
      expect(readFileSync(join(out, name)).equals(readFileSync(new URL(name, bundled))), name).toBe(true);
    }
    expect(readFileSync(join(out, "README.md"), "utf8")).toBe(
      readFileSync(new URL("README.md", bundled), "utf8").replaceAll("data/synthetic-operations", out),
    );
    expect(readFileSync(new URL("README.md", bundled), "utf8")).toMatch(/^# Synthetic example extracts: not real data/);
  });

  it("is left out of the help", async () => {
    const printed: string[] = [];
    const context = { version: "test", print: (line: string) => printed.push(line), warn: () => undefined };
    await expect(buildProgram(context).parseAsync(["node", "mosovo", "--help"])).rejects.toThrow();
    expect(printed.join("\n")).toContain("operations");
    expect(printed.join("\n")).not.toContain("synthetic-extract");
  });
});
