import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PeakMemoryResult } from "./peak-memory.js";

export interface TimedRun {
  /** Wall-clock time from spawning the process to its exit, start-up included. */
  seconds: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to the end and times it from the outside. */
export function timed(command: string, args: readonly string[], cwd: string): TimedRun {
  const started = process.hrtime.bigint();
  const run = spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.error) throw run.error;
  return { seconds, status: run.status, stdout: run.stdout ?? "", stderr: run.stderr ?? "" };
}

/** Reads a small CSV with a header and no commas inside cells (accuracy.csv, R's tables); quotes are dropped. */
export function readCsvTable(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(file, "utf8").trim().split(/\r?\n/);
  const names = header.split(",").map((name) => name.replace(/"/g, ""));
  return lines.map((line) => Object.fromEntries(line.split(",").map((cell, index) => [names[index], cell.replace(/"/g, "")])));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export interface MeasuredRun extends TimedRun {
  /** User plus system processor time of the process, as it reports itself on exit. */
  cpuSeconds: number;
  /** Its peak resident memory, KiB. */
  maxRssKibibytes: number;
}

/**
 * Runs a Node entry point in a fresh process through peak-memory.js, which reports the process's own
 * processor time and peak memory as it exits; the wall time is taken from the outside, as `timed` does.
 */
export function measuredNode(entry: string, args: readonly string[], cwd: string, wrapPrefix: readonly string[] = []): MeasuredRun {
  const folder = mkdtempSync(join(tmpdir(), "mosovo-measure-"));
  try {
    const resultFile = join(folder, "usage.json");
    const wrapper = fileURLToPath(new URL("peak-memory.js", import.meta.url));
    const nodeArgs = [wrapper, resultFile, entry, ...args];
    const run = wrapPrefix.length === 0 ? timed(process.execPath, nodeArgs, cwd) : timed(wrapPrefix[0], [...wrapPrefix.slice(1), process.execPath, ...nodeArgs], cwd);
    const usage = JSON.parse(readFileSync(resultFile, "utf8")) as PeakMemoryResult;
    return { ...run, cpuSeconds: usage.cpuSeconds, maxRssKibibytes: usage.maxRssKibibytes };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
