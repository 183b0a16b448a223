import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { holdingOutputLock } from "../../src/io/output-lock.js";

const scratch = mkdtempSync(join(tmpdir(), "mosovo-lock-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let locks = 0;
const lockFile = () => join(scratch, `.out-${(locks += 1)}.lock`);
const hasProc = existsSync("/proc/self/stat");

/** Runs holdingOutputLock with a short wait; the action's value, or the error it threw. */
function attempt(file: string, waitMs = 300): { value?: string; error?: unknown; ms: number } {
  const started = Date.now();
  try {
    return { value: holdingOutputLock(file, "out", () => "written", { waitMs }), ms: Date.now() - started };
  } catch (error) {
    return { error, ms: Date.now() - started };
  }
}

describe("holdingOutputLock(lockFile, directory, action, { waitMs })", () => {
  it("runs the action and removes the lock, also when the action throws", () => {
    const file = lockFile();
    expect(holdingOutputLock(file, "out", () => existsSync(file))).toBe(true);
    expect(existsSync(file)).toBe(false);
    expect(() => holdingOutputLock(file, "out", () => { throw new Error("failed"); })).toThrow("failed");
    expect(existsSync(file)).toBe(false);
  });

  it("waits for a lock a live process holds, then refuses with exit 2's error naming the process", () => {
    const file = lockFile();
    // this test's own process is alive; with no start time recorded only the process ID is checked
    writeFileSync(file, JSON.stringify({ pid: process.pid, started: null }));

    const { error, ms } = attempt(file, 300);

    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      `--out out: another mosovo run (process ${process.pid}) is writing this folder and has not finished after 0 s; run again when it has, or choose another --out`,
    );
    expect(ms).toBeGreaterThanOrEqual(300);
    expect(existsSync(file)).toBe(true);
  });

  it("takes over the lock of a process that has ended", () => {
    const file = lockFile();
    const ended = spawnSync(process.execPath, ["-e", ""]).pid;
    writeFileSync(file, JSON.stringify({ pid: ended, started: null }));

    const { value, ms } = attempt(file, 5_000);

    expect(value).toBe("written");
    expect(ms).toBeLessThan(5_000);
    expect(existsSync(file)).toBe(false);
  });

  it.skipIf(!hasProc)("takes over a lock whose process ID now belongs to another process (a different start time)", () => {
    const file = lockFile();
    // the process ID is alive (this process), but the start time recorded is not this process's
    writeFileSync(file, JSON.stringify({ pid: process.pid, started: "another-boot/12345" }));

    expect(attempt(file, 5_000).value).toBe("written");
  });

  it("treats an empty lock as being written for 10 s, then as left by a run killed while writing it", () => {
    const fresh = lockFile();
    writeFileSync(fresh, "");
    expect(attempt(fresh, 200).error).toBeInstanceOf(InputError);

    const old = lockFile();
    writeFileSync(old, "");
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(old, minuteAgo, minuteAgo);
    expect(attempt(old, 5_000).value).toBe("written");
  });
});
