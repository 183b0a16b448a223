import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot, runCli } from "./run-cli.js";

// Runs the built command (`npm test` builds it first) as an analyst would, from the project's top folder,
// on each bad caseload history in the corpus that test/inputs/caseload-history.test.ts also checks, with
// the one line each must give.
const corpus = "test/fixtures/inputs/caseload";
const messages = JSON.parse(readFileSync(join(projectRoot, corpus, "messages.json"), "utf8")) as Record<string, string>;

const scratch = mkdtempSync(join(tmpdir(), "mosovo-forecast-command-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("mosovo forecast --history FILE --out DIR, on a bad caseload history", () => {
  it("has a message for every bad file in the corpus", () => {
    const files = readdirSync(join(projectRoot, corpus)).filter((name) => name !== "messages.json").sort();
    expect(Object.keys(messages).sort()).toEqual(files);
  });

  const refusesCleanly = (name: string, message: string) => {
    const out = join(scratch, name.replace(/\.csv$/, ""));
    const run = runCli(["forecast", "--history", `${corpus}/${name}`, "--out", out]);

    expect(run.stderr).toBe(`mosovo: ${message}\n`);
    expect(run.status).toBe(2);
    expect(existsSync(out)).toBe(false);
  };
  const entries = Object.entries(messages);
  it.each(entries)(
    "refuses %s: exit code 2, its one line on stderr and nothing else, no output folder",
    refusesCleanly,
  );

  it("refuses a file that does not exist, with exit code 2 and no output folder", () => {
    const out = join(scratch, "missing");
    const run = runCli(["forecast", "--history", `${corpus}/no-such-file.csv`, "--out", out]);

    expect(run.stderr).toBe(`mosovo: ${corpus}/no-such-file.csv: expected a readable file; found no such file\n`);
    expect(run.status).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});
