import { closeSync, openSync, readFileSync, rmSync, statSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../errors.js";

/** A lock file that holds no holder yet is being written; after this long its writer is taken to have died. */
const emptyLockGraceMs = 10_000;

/** The lock file beside an output folder: `.NAME.lock` in the folder above it. */
export function outputLockFile(parent: string, name: string): string {
  return join(parent, `.${name}.lock`);
}

/**
 * Runs `action` holding the lock of one output folder, so that two runs never write the same folder at
 * once: the second waits until the first has finished, up to `waitMs`, then is refused.
 *
 * The lock is a file created with `O_EXCL` (open flag `wx`), which the file system creates for one
 * process only, holding the process ID and, on Linux, the boot and the start time of the process. A lock
 * whose process has gone, or whose process ID now belongs to a later process (its start time differs),
 * is stale and taken over; on systems without `/proc` only the process ID is checked. Taking over is
 * itself guarded by a second such file, so that two runs finding the same stale lock cannot both take
 * it. The lock is removed when `action` returns or throws; a run killed while holding it leaves it,
 * and the next run takes it over.
 *
 * @throws {InputError} if another live run still holds the lock after `waitMs`
 */
export function holdingOutputLock<T>(lockFile: string, directory: string, action: () => T, { waitMs = 30_000 }: { waitMs?: number } = {}): T {
  const deadline = Date.now() + waitMs;
  const me = JSON.stringify(processIdentity(process.pid));
  for (;;) {
    if (tryCreate(lockFile, me)) break;
    const holder = readLock(lockFile);
    if (holder === undefined) continue;
    if (!isAlive(holder)) {
      takeOverStaleLock(lockFile, holder);
      continue;
    }
    if (Date.now() >= deadline) {
      throw new InputError(
        `--out ${directory}: another mosovo run (process ${holder.pid ?? "unknown"}) is writing this folder and has not finished after ${Math.round(waitMs / 1000)} s; run again when it has, or choose another --out`,
      );
    }
    sleep(20);
  }
  try {
    return action();
  } finally {
    rmSync(lockFile, { force: true });
  }
}

interface LockHolder {
  /** The lock file's inode and text, which together tell one lock file from a later one. */
  inode: number;
  text: string;
  modifiedMs: number;
  pid?: number;
  started?: string | null;
}

function tryCreate(lockFile: string, text: string): boolean {
  let descriptor: number;
  try {
    descriptor = openSync(lockFile, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    writeSync(descriptor, text);
  } finally {
    closeSync(descriptor);
  }
  return true;
}

/** The lock's holder; undefined if the lock went while it was being read. */
function readLock(lockFile: string): LockHolder | undefined {
  try {
    const { ino, mtimeMs } = statSync(lockFile);
    const text = readFileSync(lockFile, "utf8");
    const parsed = parseHolder(text);
    return { inode: ino, text, modifiedMs: mtimeMs, ...parsed };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

function parseHolder(text: string): { pid?: number; started?: string | null } {
  try {
    const value = JSON.parse(text) as { pid?: unknown; started?: unknown };
    if (typeof value.pid === "number" && Number.isInteger(value.pid) && value.pid > 0) {
      return { pid: value.pid, started: typeof value.started === "string" ? value.started : null };
    }
  } catch {
    // not written yet, or not a lock this tool wrote
  }
  return {};
}

function isAlive(holder: LockHolder): boolean {
  if (holder.pid === undefined) return holder.text === "" && Date.now() - holder.modifiedMs < emptyLockGraceMs;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  if (!holder.started) return true;
  const now = processIdentity(holder.pid).started;
  return now === null || now === holder.started;
}

/** Removes a stale lock, unless another run has removed or replaced it meanwhile. */
function takeOverStaleLock(lockFile: string, stale: LockHolder): void {
  const guard = `${lockFile}.takeover`;
  if (!tryCreate(guard, JSON.stringify(processIdentity(process.pid)))) {
    const holder = readLock(guard);
    // a run killed in the few instructions it holds the guard leaves it: old ones are removed
    if (holder !== undefined && Date.now() - holder.modifiedMs > emptyLockGraceMs && !isAlive(holder)) rmSync(guard, { force: true });
    else sleep(5);
    return;
  }
  try {
    const now = readLock(lockFile);
    if (now !== undefined && now.inode === stale.inode && now.text === stale.text) unlinkSync(lockFile);
  } finally {
    unlinkSync(guard);
  }
}

/**
 * The process ID with, on Linux, the boot and the start time of the process (field 22 of
 * `/proc/PID/stat`, clock ticks since boot), which tell it from a later process given the same ID.
 */
function processIdentity(pid: number): { pid: number; started: string | null } {
  try {
    const bootId = readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // the command name, field 2, is in parentheses and may hold spaces
    const startTicks = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
    return { pid, started: startTicks === undefined ? null : `${bootId}/${startTicks}` };
  } catch {
    return { pid, started: null };
  }
}

function sleep(milliseconds: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
}
