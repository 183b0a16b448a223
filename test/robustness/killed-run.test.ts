import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mosovoMain, projectRoot, runCli } from "../cli/run-cli.js";
import { folderContents } from "./output-folder.js";

// A run killed at any moment (SIGKILL: no chance to tidy up) leaves in --out either the previous
// complete output, byte for byte, or nothing; and the next run succeeds and removes what it left.

const scratch = mkdtempSync(join(tmpdir(), "mosovo-killed-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const national = "data/national-rso-england-wales.csv";

const hiddenLeftovers = (out: string) => readdirSync(dirname(out)).filter((entry) => entry.startsWith(`.${basename(out)}.`));

/**
 * Starts `mosovo forecast --replace` and kills it: as soon as its hidden folder appears, or after
 * `delayMs` if that comes first. Resolves once the process has gone.
 */
function killedRun(out: string, { afterPartialMs, delayMs }: { afterPartialMs: number; delayMs: number }): Promise<string> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [mosovoMain, "forecast", "--history", national, "--out", out, "--replace"], { cwd: projectRoot, stdio: "ignore" });
    const started = Date.now();
    let seenPartial: number | undefined;
    const poll = setInterval(() => {
      if (seenPartial === undefined && hiddenLeftovers(out).some((entry) => entry.includes(".partial-"))) seenPartial = Date.now();
      const due = seenPartial !== undefined ? Date.now() - seenPartial >= afterPartialMs : Date.now() - started >= delayMs;
      if (due) {
        clearInterval(poll);
        child.kill("SIGKILL");
      }
    }, 1);
    child.on("exit", (code, signal) => {
      clearInterval(poll);
      done(signal === "SIGKILL" ? (seenPartial === undefined ? "killed before writing" : "killed while writing") : `finished (${code})`);
    });
  });
}

describe("mosovo forecast --replace, killed with SIGKILL", () => {
  const out = join(scratch, "national");
  let previous: Map<string, Buffer>;

  const moments = [
    { afterPartialMs: 0, delayMs: 60_000 },
    { afterPartialMs: 2, delayMs: 60_000 },
    { afterPartialMs: 10, delayMs: 60_000 },
    { afterPartialMs: 40, delayMs: 60_000 },
    { afterPartialMs: 60_000, delayMs: 300 },
  ];

  it.each(moments)("leaves the previous output or none (killed $afterPartialMs ms after its hidden folder appears, or at $delayMs ms)", async (moment) => {
    if (!existsSync(out)) expect(runCli(["forecast", "--history", national, "--out", out]).status).toBe(0);
    previous = folderContents(out);

    const outcome = await killedRun(out, moment);

    if (existsSync(out)) {
      const now = folderContents(out);
      expect([...now.keys()].sort(), outcome).toEqual([...previous.keys()].sort());
      expect([...now].filter(([path, bytes]) => !bytes.equals(previous.get(path)!)).map(([path]) => path), outcome).toEqual([]);
    }

    // the next run succeeds and tidies up whatever the killed one left beside --out
    const next = runCli(["forecast", "--history", national, "--out", out, "--replace"]);
    expect(next.stderr).not.toMatch(/internal error/);
    expect(next.status).toBe(0);
    expect(hiddenLeftovers(out)).toEqual([]);
    expect([...folderContents(out)].filter(([path, bytes]) => !bytes.equals(previous.get(path) ?? Buffer.alloc(0))).map(([path]) => path)).toEqual([]);
  });
});
