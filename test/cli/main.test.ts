import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mosovoMain, projectRoot, runCliProcess } from "./run-cli.js";

// The other command-line tests run the tool in their own process (runCli); these run the built
// dist/src/main.js as its own process, as `npx mosovo` and `npm start` do, for what only a process shows:
// its exit code, its standard streams, and the package's start script.
const scratch = mkdtempSync(join(tmpdir(), "mosovo-main-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the mosovo command as a whole", () => {
  it("exits 0 with nothing on stderr when its reader has gone, as with `mosovo compare --help | head -1`", async () => {
    // the reading end of stdout is closed before the command starts writing, so its writes fail with EPIPE
    const child = spawn(process.execPath, [mosovoMain, "compare", "--help"], { cwd: projectRoot, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const status = await new Promise<number | null>((done) => child.on("close", (code) => done(code)));

    expect(stderr).toBe("");
    expect(status).toBe(0);
  });

  it("exits 2 with commander's one-line message for an unknown option, and 0 for --version", () => {
    const unknown = runCliProcess(["forecast", "--history", "data/national-rso-england-wales.csv", "--colour"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option '--colour'/);
    const version = runCliProcess(["--version"]);
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("exits 2 for bad input with the one line on stderr, no stack trace, and nothing on stdout", () => {
    const out = join(scratch, "refused");
    const run = runCliProcess(["forecast", "--history", "data/no-such-history.csv", "--out", out]);

    expect(run.stderr).toBe("mosovo: data/no-such-history.csv: expected a readable file; found no such file\n");
    expect(run.stdout).toBe("");
    expect(run.status).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it("runs npm start, the bundled example's whole job, to exit 0 with its report written", () => {
    const out = join(scratch, "npm-start");
    // npm passes what follows -- to the start script, so the report goes to the scratch folder, not reports/
    const run = spawnSync("npm", ["start", "--silent", "--", "--out", out], { cwd: projectRoot, encoding: "utf8", timeout: 300_000 });

    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(out, "report.html"))).toBe(true);
  }, 300_000);
});
