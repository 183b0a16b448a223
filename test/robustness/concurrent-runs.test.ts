import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mosovoMain, projectRoot, runCli, type CliRun } from "../cli/run-cli.js";
import { folderContents } from "./output-folder.js";

// Two runs into the same --out at the same moment, as real processes: both finish with 0 or 2 (never 1),
// the folder ends as one complete output, byte for byte, with nothing hidden beside it, and the tool can
// still replace it. Whether two runs started together reach their writing at the same moment depends on
// the machine's load, so the first two tests may pass by luck on a writer without a lock; the third holds
// the lock itself, and fails on such a writer every time.

const scratch = mkdtempSync(join(tmpdir(), "mosovo-concurrent-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const forecastArgs = ["forecast", "--history", "data/national-rso-england-wales.csv"];
const reference = join(scratch, "reference");
beforeAll(() => {
  expect(runCli([...forecastArgs, "--out", reference]).status).toBe(0);
});

function runCliAsync(args: readonly string[]): Promise<CliRun> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [mosovoMain, ...args], { cwd: projectRoot });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("close", (status) => done({ status, stdout, stderr }));
  });
}

const hiddenBeside = (out: string) => readdirSync(dirname(out)).filter((entry) => entry.startsWith(`.${basename(out)}.`));

/** The paths whose bytes differ from the reference output's, and the paths only one of the two has. */
function differencesFromReference(out: string): string[] {
  const [expected, found] = [folderContents(reference), folderContents(out)];
  const paths = new Set([...expected.keys(), ...found.keys()]);
  return [...paths].filter((path) => !(expected.get(path)?.equals(found.get(path) ?? Buffer.alloc(0)) ?? false));
}

describe("two runs of mosovo forecast into one --out at once", { timeout: 300_000 }, () => {
  it("with --replace, twice over: both finish, one after the other, and leave one complete output", async () => {
    const out = join(scratch, "replaced");
    expect(runCli([...forecastArgs, "--out", out]).status).toBe(0);

    for (let trial = 1; trial <= 2; trial += 1) {
      const runs = await Promise.all([1, 2].map(() => runCliAsync([...forecastArgs, "--out", out, "--replace"])));

      // the second waits for the first to finish writing, then replaces its output
      expect(runs.map((run) => run.status), `trial ${trial}: ${runs.map((run) => run.stderr).join("")}`).toEqual([0, 0]);
      expect(differencesFromReference(out), `trial ${trial}`).toEqual([]);
      expect(hiddenBeside(out), `trial ${trial}`).toEqual([]);
    }
  });

  it("into a new folder without --replace: one writes it, the other is refused with exit 2, and --replace still works", async () => {
    const out = join(scratch, "fresh");

    const runs = await Promise.all([1, 2].map(() => runCliAsync([...forecastArgs, "--out", out])));

    expect(runs.map((run) => run.status).sort(), runs.map((run) => run.stderr).join("")).toEqual([0, 2]);
    const refused = runs.find((run) => run.status === 2)!;
    expect(refused.stderr).toBe(`mosovo: --out ${out}: the folder already holds outputs; give --replace to replace them, or choose another --out\n`);
    expect(differencesFromReference(out)).toEqual([]);
    expect(hiddenBeside(out)).toEqual([]);

    // the folder is still the tool's: not "a folder of other files"
    const again = runCli([...forecastArgs, "--out", out, "--replace"]);
    expect(again.stderr).not.toMatch(/other files|internal error/);
    expect(again.status).toBe(0);
    expect(differencesFromReference(out)).toEqual([]);
  });

  it("waits while another run holds the lock, and writes only once it is released", async () => {
    const out = join(scratch, "waiting");
    expect(runCli([...forecastArgs, "--out", out]).status).toBe(0);
    // a live process stands for a run that is writing: its lock beside the output names it
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => undefined, 600000)"], { stdio: "ignore" });
    const lock = join(scratch, ".waiting.lock");
    writeFileSync(lock, JSON.stringify({ pid: holder.pid, started: null }));

    const running = runCliAsync([...forecastArgs, "--out", out, "--replace"]);
    // long enough for the run to reach its writing on a busy machine (alone it takes about 2 s)
    await new Promise((wait) => setTimeout(wait, 20_000));
    const releasedAt = Date.now();
    rmSync(lock);
    holder.kill("SIGKILL");
    const run = await running;

    expect(run.status, run.stderr).toBe(0);
    // the marker is the first file written: the writing began after the lock was released
    expect(statSync(join(out, ".mosovo-output")).mtimeMs).toBeGreaterThanOrEqual(releasedAt - 5);
    expect(differencesFromReference(out)).toEqual([]);
    expect(hiddenBeside(out)).toEqual([]);
  });
});
