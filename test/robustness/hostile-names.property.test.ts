import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli/program.js";
import { InputError } from "../../src/errors.js";
import { hasControlCharacter } from "../../src/terminal-text.js";
import { projectRoot } from "../cli/run-cli.js";

// A scenario's name is text from a file that the tool prints on the terminal and draws in charts. A random
// name made of markup, escape sequences, line breaks, C1 controls and bidi overrides goes through every
// command that prints or charts scenario names (compare, plan, report), in-process: either the file is
// refused as bad input, or no line the command prints holds a control character and no text of any chart
// (trace names, titles, labels; not the tool's own hover templates) holds markup Plotly would render.

const scratch = mkdtempSync(join(tmpdir(), "mosovo-hostile-names-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Json = Record<string, unknown>;
const profileFile = join(scratch, "force.json");
const example = JSON.parse(readFileSync(join(projectRoot, "models/example-force.json"), "utf8")) as Json;
writeFileSync(
  profileFile,
  JSON.stringify({
    ...example,
    caseloadHistory: join(projectRoot, "data/example-force-rso.csv"),
    workloadStandards: join(projectRoot, "models/workload-standards.json"),
    recommendation8Rules: undefined,
    scenarios: undefined,
    operationalExtracts: undefined,
  }),
);

const pieces = ["<a href=\"https://example.org\">x</a>", "<span style=\"color:red\">", "<b>", "<br>", "&amp;", "\u001b[31m", "\u001b]8;;https://example.org\u0007link\u001b]8;;\u0007", "\n", "\r", "\t", "\u009b", "\u202e", "\u2028", "%{x}", "Status quo", " ", "é"];
const names = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(""));

/** Every string of a chart's data and layout but the tool's own templates. */
function chartTexts(value: unknown, key = ""): string[] {
  if (typeof value === "string") return key === "hovertemplate" || key === "texttemplate" ? [] : [value];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value as Json).flatMap(([childKey, child]) => chartTexts(child, Array.isArray(value) ? key : childKey));
}

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(folder, entry.name)) : entry.name.endsWith(".html") ? [join(folder, entry.name)] : [],
  );
}

let run = 0;
function runWithName(command: string, name: string): "refused" | { lines: string[]; out: string } {
  run += 1;
  const scenario = join(scratch, `scenario-${run}.json`);
  writeFileSync(scenario, JSON.stringify({ name, forceProfile: profileFile, workforce: { trainingMonths: 9 } }));
  const out = join(scratch, `out-${run}`);
  const args: Record<string, string[]> = {
    compare: ["compare", "--force", profileFile, "--scenario", scenario, "--out", out],
    plan: ["plan", "--force", profileFile, "--from", scenario, "--out", out],
  };
  const lines: string[] = [];
  const context = { version: "test", print: (line: string) => void lines.push(line), warn: (line: string) => void lines.push(line) };
  try {
    buildProgram(context).parse(["node", "mosovo", ...args[command]]);
  } catch (error) {
    if (error instanceof InputError) {
      expect(hasControlCharacter(error.message), error.message).toBe(false);
      return "refused";
    }
    throw error;
  }
  return { lines, out };
}

describe("a scenario name of markup and terminal codes", () => {
  it.each(["compare", "plan"])("mosovo %s refuses it or prints and charts it as inert text", (command) => {
    fc.assert(
      fc.property(names, (name) => {
        const result = runWithName(command, name);
        if (result === "refused") return;
        for (const line of result.lines) expect(hasControlCharacter(line), line).toBe(false);
        for (const file of htmlFiles(result.out)) {
          const figures = /<script type="application\/json" id="chart-figures">([\s\S]*?)<\/script>/.exec(readFileSync(file, "utf8"));
          if (figures === null) continue;
          for (const text of chartTexts(JSON.parse(figures[1]))) expect(text, file).not.toMatch(/<|>/);
        }
      }),
      { numRuns: 15 },
    );
  }, 300_000);

  it("is refused when it holds a control character, and kept when it holds only markup", () => {
    expect(runWithName("compare", "Status quo\u001b[31m")).toBe("refused");
    const kept = runWithName("compare", '<a href="https://example.org">Status quo</a>');
    expect(kept).not.toBe("refused");
  });
});
