import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { mosovoMain, projectRoot, runCli } from "./run-cli.js";

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
    const unknown = runCli(["forecast", "--history", "data/national-rso-england-wales.csv", "--colour"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option '--colour'/);
    const version = runCli(["--version"]);
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
