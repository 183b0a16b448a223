import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseStaffingScenario } from "../../src/inputs/staffing-scenario.js";
import { readTextFile } from "../../src/io/read-text-file.js";
import { projectRoot, runCli } from "../cli/run-cli.js";

// The corpus of real-looking bad files: one mistake each, with the one line each must give. The file
// name's prefix says which command reads it (see the corpus's README.md).
const corpus = "test/fixtures/inputs/bad";
const messages = JSON.parse(readFileSync(join(projectRoot, corpus, "messages.json"), "utf8")) as Record<string, string>;
const workItems = "data/synthetic-operations/work-items.csv";
const asOf = "2026-03-31";

const scratch = mkdtempSync(join(tmpdir(), "mosovo-bad-inputs-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The command line that reads a corpus file, by the file's prefix. */
function commandFor(name: string, out: string): string[] | undefined {
  const file = `${corpus}/${name}`;
  if (name.startsWith("history-")) return ["forecast", "--history", file, "--out", out];
  if (name.startsWith("panel-")) return ["evaluate", "--panel", file, "--horizon", "2", "--out", out];
  if (name.startsWith("items-")) return ["operations", "--items", file, "--as-of", asOf, "--out", out];
  if (name.startsWith("abstractions-")) return ["operations", "--items", workItems, "--abstractions", file, "--as-of", asOf, "--out", out];
  if (name.startsWith("profile-")) return ["staffing", "--force", file, "--out", out];
  return undefined;
}

const entries = Object.entries(messages);

describe(`the bad files in ${corpus}/`, () => {
  it("has a message for every file and a file for every message, each message one line", () => {
    const files = readdirSync(join(projectRoot, corpus)).filter((name) => name !== "messages.json" && name !== "README.md").sort();

    expect(Object.keys(messages).sort()).toEqual(files);
    for (const message of Object.values(messages)) expect(message).not.toMatch(/[\r\n]/);
  });
});

describe("mosovo COMMAND on each bad file", () => {
  it.each(entries.filter(([name]) => commandFor(name, "") !== undefined))(
    "refuses %s: exit code 2, its one line on stderr and nothing else, no output folder",
    (name, message) => {
      const out = join(scratch, name.replace(/\.\w+$/, ""));
      const run = runCli(commandFor(name, out)!);

      expect(run.stderr).toBe(`mosovo: ${message}\n`);
      expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
      expect(run.status).toBe(2);
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(scratch).filter((entry) => entry.includes(".partial-") || entry.includes(".previous-"))).toEqual([]);
    },
  );
});

describe("parseStaffingScenario(file, text, horizon) on each bad scenario", () => {
  // no command reads scenario files yet; when `compare` does, run these through it as above
  const horizon = { yearEndings: [2026, 2027, 2028, 2029, 2030] };

  it.each(entries.filter(([name]) => name.startsWith("scenario-")))("refuses %s with its one line", (name, message) => {
    const file = `${corpus}/${name}`;
    const { text } = readTextFile(join(projectRoot, file));

    expect(() => parseStaffingScenario(file, text, horizon)).toThrow(expect.objectContaining({ name: "InputError", message }));
  });
});
