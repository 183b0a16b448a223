import { spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mosovoMain, projectRoot, runCli, type CliRun } from "../cli/run-cli.js";
import { folderContents } from "./output-folder.js";

// Every command checks its --out before reading anything: a place it could not write, or may not
// replace, is refused with exit 2 at once, not with exit 1 after all the work.

const scratch = mkdtempSync(join(tmpdir(), "mosovo-place-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const aFile = join(scratch, "a-file.txt");
writeFileSync(aFile, "not a folder\n");
const missing = join(scratch, "missing-input");
const national = "data/national-rso-england-wales.csv";

/** Each command with an input that does not exist: were it read before --out is checked, the message would name it. */
const commands: [string, string[]][] = [
  ["forecast", ["--history", `${missing}.csv`]],
  ["staffing", ["--force", `${missing}.json`]],
  ["compare", ["--force", `${missing}.json`]],
  ["plan", ["--force", `${missing}.json`]],
  ["operations", ["--items", `${missing}.csv`, "--as-of", "2026-03-31"]],
  ["report", ["--force", `${missing}.json`]],
  ["evaluate", ["--panel", `${missing}.csv`, "--horizon", "2"]],
  ["schema", []],
  ["synthetic-extract", []],
];

/** Runs `mosovo ARGS...` as a separate process without blocking, so that several run at once. */
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

describe("--out a command cannot write: exit 2 before any work", () => {
  // nine processes at once: on a busy two-core machine they take a while
  it("every command refuses --out under a file, naming the file, before reading its inputs", { timeout: 300_000 }, async () => {
    const out = join(aFile, "out");
    const runs = await Promise.all(commands.map(([name, args]) => runCliAsync([name, ...args, "--out", out])));

    runs.forEach((run, index) => {
      const name = commands[index][0];
      expect(run.stderr, name).toBe(`mosovo: --out ${out}: expected a folder path; found a file where one of its folders would have to be (${aFile})\n`);
      expect(run.status, name).toBe(2);
    });
  });

  it.each([
    ["/proc/mosovo-out", "/proc cannot be written into: it does not take new files (ENOENT)"],
    ["/proc/mosovo/deeper/out", "/proc cannot be written into: it does not take new files (ENOENT)"],
  ])("refuses --out %s (a folder that takes no files; node's recursive mkdir loops for ever there)", (out, found) => {
    const run = runCli(["forecast", "--history", national, "--out", out]);

    expect(run.stderr).toBe(`mosovo: --out ${out}: expected a place the tool can write; found that ${found}\n`);
    expect(run.status).toBe(2);
  });

  it("refuses a symbolic link as --out, and says it neither writes through it nor replaces it", () => {
    const folder = join(scratch, "linked");
    mkdirSync(folder);
    const link = join(scratch, "link");
    symlinkSync(folder, link);

    const run = runCli(["forecast", "--history", `${missing}.csv`, "--out", link]);

    expect(run.stderr).toBe(
      `mosovo: --out ${link}: expected a folder; found a symbolic link to ${folder}, which the tool neither writes through nor replaces; give the folder it points to as --out\n`,
    );
    expect(run.status).toBe(2);
    expect(readdirSync(folder)).toEqual([]);
  });

  it("refuses to let forecast --replace replace a staffing output, naming staffing, and leaves it as it was", () => {
    const out = join(scratch, "staffing-output");
    expect(runCli(["staffing", "--force", "models/example-force.json", "--out", out]).status).toBe(0);
    const before = folderContents(out);

    const run = runCli(["forecast", "--history", national, "--out", out, "--replace"]);

    expect(run.stderr).toBe(
      `mosovo: --out ${out}: expected a new folder or the outputs of mosovo forecast; found the outputs of mosovo staffing, which --replace does not replace; delete the folder first if you mean to, or choose another --out\n`,
    );
    expect(run.status).toBe(2);
    const after = folderContents(out);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect([...after].filter(([path, bytes]) => !bytes.equals(before.get(path)!))).toEqual([]);
  });

  // as root (as in many containers) permission bits do not stop writes, so this can only run as another user
  it.skipIf(process.getuid?.() === 0)("refuses --out in a folder without write permission", () => {
    const locked = join(scratch, "locked");
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    try {
      const run = runCli(["forecast", "--history", `${missing}.csv`, "--out", join(locked, "out")]);
      expect(run.stderr).toMatch(/^mosovo: --out .*: expected a place the tool can write; found that .*locked cannot be written into: permission denied \(EACCES\)\n$/);
      expect(run.status).toBe(2);
    } finally {
      chmodSync(locked, 0o755);
    }
  });
});

/**
 * A real read-only and a real full file system: a small tmpfs mounted in a mount namespace of its own
 * (`unshare -rm`, which needs no privileges where user namespaces are allowed), so that the kernel gives
 * EROFS and ENOSPC as it would on a real disk. Skipped where `unshare` cannot mount.
 */
const mountPoint = join(scratch, "mount");
mkdirSync(mountPoint);
const canMount = spawnSync("unshare", ["-rm", "sh", "-c", 'mount -t tmpfs -o size=64k none "$0"', mountPoint]).status === 0;

/** Mounts a tmpfs with `options`, runs mosovo ARGS with --out inside it, and lists what is left in the mount. */
function runOnMount(options: string, args: readonly string[]): { status: number; stderr: string; left: string } {
  const script = 'mount -t tmpfs -o "$1" none "$0" || exit 99; shift; "$@" --out "$0/out" 2>&1; echo "status $?"; ls -A "$0"';
  const run = spawnSync("unshare", ["-rm", "sh", "-c", script, mountPoint, options, process.execPath, mosovoMain, ...args], { cwd: projectRoot, encoding: "utf8" });
  const [, printed, status, left] = /^([\s\S]*?)status (\d+)\n([\s\S]*)$/.exec(run.stdout) ?? ["", run.stdout, "NaN", ""];
  return { status: Number(status), stderr: printed, left };
}

describe.skipIf(!canMount)("--out on a read-only and on a full file system (real tmpfs mounts)", () => {
  it("refuses a read-only file system with exit 2 before reading the inputs, even as root", () => {
    const run = runOnMount("ro", ["forecast", "--history", `${missing}.csv`]);

    expect(run.stderr).toBe(`mosovo: --out ${mountPoint}/out: expected a place the tool can write; found that ${mountPoint} cannot be written into: it is on a read-only file system (EROFS)\n`);
    expect(run.status).toBe(2);
  });

  it("stops with exit 2 when the disk fills half-way through the writing, and leaves nothing behind: no hidden folder, no lock", () => {
    // the forecast's report.html alone, with Plotly inlined, is several megabytes: far more than 256 kB
    const run = runOnMount("size=256k", ["forecast", "--history", national]);

    expect(run.stderr).toMatch(/^mosovo: --out .*\/out: could not write the outputs: no space left on the device \(ENOSPC\); nothing was written, and any earlier output is as it was\n$/);
    expect(run.status).toBe(2);
    expect(run.left).toBe("");
  });
});
