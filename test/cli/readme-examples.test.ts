import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot, runCli } from "./run-cli.js";

const readme = readFileSync(join(projectRoot, "README.md"), "utf8");

describe("the README's worked examples", () => {
  it("show what mosovo forecast writes and prints for the national series, as it is today", () => {
    const out = join(mkdtempSync(join(tmpdir(), "mosovo-readme-")), "national");
    const run = runCli(["forecast", "--history", "data/national-rso-england-wales.csv", "--out", out]);
    expect(run.status, run.stderr).toBe(0);

    const shown = /From the example above, `forecast.csv` reads:\n\n```csv\n([^`]+)```/.exec(readme);
    expect(shown, "the README's forecast.csv block").not.toBeNull();
    expect(readFileSync(join(out, "forecast.csv"), "utf8").replaceAll("\r\n", "\n")).toBe(shown![1]);
    // the method line it prints, quoted in the README's text block
    const printed = run.stdout.split("\n").find((line) => line.startsWith("combination"));
    expect(printed).toBeDefined();
    expect(readme).toContain(printed!);
  });
});
