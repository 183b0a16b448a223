import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli/program.js";
import { autoRuleInBrief } from "../../src/forecast/choose-method.js";
import { forecastCaseload } from "../../src/forecast/forecast-caseload.js";

async function helpText(args: string[]): Promise<string> {
  const printed: string[] = [];
  const context = { version: "test", print: (line: string) => printed.push(line), warn: () => undefined };
  await expect(buildProgram(context).parseAsync(["node", "mosovo", ...args])).rejects.toMatchObject({ exitCode: 0 });
  return printed.join("\n").replace(/\s+/g, " ");
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(folder, entry.name)) : entry.name.endsWith(".ts") ? [join(folder, entry.name)] : [],
  );
}

// `auto` is a fixed rule (chooseMethod): the combination from ten years of history, otherwise random walk with
// drift. Text that says it is "chosen by (the) backtest" contradicts the README's and the report's method section.
describe("the auto rule's description", () => {
  it("says what the rule does, in the words chooseMethod follows", () => {
    const series = (years: number) => ({
      periodEnding: Array.from({ length: years }, (_, i) => `${2000 + i}-03-31`),
      values: Array.from({ length: years }, (_, i) => 1000 + 10 * i + (i % 3) * 7),
      filled: Array.from({ length: years }, () => false),
      warnings: [],
    });
    expect(autoRuleInBrief).toBe("auto: the combination when the history has at least 10 years, otherwise random walk with drift; not chosen by backtest");
    expect(forecastCaseload(series(10), { method: "auto", horizon: 2, levels: [80, 95] }).chosen.method).toBe("combination");
    expect(forecastCaseload(series(9), { method: "auto", horizon: 2, levels: [80, 95] }).chosen.method).toBe("drift");
  });

  it.each(["forecast", "report", "staffing"])("%s --help gives the rule, not a choice by backtest", async (command) => {
    const text = await helpText([command, "--help"]);
    expect(text).toContain("auto (the combination when the history has at least 10 years, otherwise random walk with drift; not chosen by backtest)");
  });

  it("is nowhere in the source or the README said to be chosen by the backtest", () => {
    const texts = [...sourceFiles("src"), "README.md"].map((file) => ({ file, text: readFileSync(file, "utf8").replace(/\s+/g, " ") }));
    for (const { file, text } of texts) {
      const claims = [...text.matchAll(/.{0,12}chosen by (the )?backtest/gi)].map((match) => match[0]).filter((claim) => !/not chosen by/i.test(claim));
      expect(claims, file).toEqual([]);
    }
  });
});
