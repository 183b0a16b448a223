import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { abstractionColumns } from "../../src/inputs/abstractions.js";
import { workItemColumns } from "../../src/inputs/work-items.js";
import { calendarDay } from "../../src/math/calendar-day.js";
import { syntheticExtract } from "../../src/operations/synthetic-extract.js";
import { formatCsv } from "../../src/report/csv-export.js";
import { measuredNode } from "./child-process.js";

/** Issue 6: a quarter-million-row extract in under ten seconds and under 500 MB (10⁶ bytes). */
export const operationsTargets = { rows: 250_000, seconds: 10, megabytes: 500 };

export interface OperationsBenchmarkResult {
  workItems: number;
  abstractions: number;
  inputMegabytes: number;
  /** Wall-clock time of `mosovo operations` as a child process, start-up and writing included. */
  seconds: number;
  /** User plus system processor time of that process. */
  cpuSeconds: number;
  /** Its peak resident memory (maxRSS), MB of 10⁶ bytes, as the process itself reports it. */
  peakMegabytes: number;
  /** The same peak as GNU time (/usr/bin/time -v) reports it from outside, when it is installed. */
  gnuTimePeakMegabytes: number | null;
  outputs: string[];
  rowsPass: boolean;
  secondsPass: boolean;
  memoryPass: boolean;
}

const gnuTime = "/usr/bin/time";
// BSD's time (macOS) has no -v and no --version
const hasGnuTime = () => existsSync(gnuTime) && spawnSync(gnuTime, ["--version"], { stdio: "ignore" }).status === 0;
const megabytesOfKibibytes = (kibibytes: number) => (kibibytes * 1024) / 1e6;

/**
 * Makes a synthetic extract of at least a quarter of a million work items with the seeded generator
 * (seed 1, 31,500 registered sex offenders over 24 months to 31 March 2026: 251,267 work items),
 * writes it to a temporary folder, then runs the built `mosovo operations` on it, with abstractions
 * and an establishment figure, as a separate Node process (so the generator's memory is not counted),
 * under GNU time when it is installed. Times vary with the machine and what else it is doing.
 */
export function operationsBenchmark(root: string): OperationsBenchmarkResult {
  const folder = mkdtempSync(join(tmpdir(), "mosovo-operations-bench-"));
  try {
    const extract = syntheticExtract({ seed: 1, asOf: calendarDay(2026, 3, 31), registeredSexOffenders: 31_500 });
    const items = join(folder, "work-items.csv");
    const abstractions = join(folder, "abstractions.csv");
    const cells = <Row>(columns: readonly string[], rows: readonly Row[]) => rows.map((row) => columns.map((column) => row[column as keyof Row] as string));
    writeFileSync(items, formatCsv(workItemColumns.required, cells(workItemColumns.required, extract.workItems)));
    writeFileSync(abstractions, formatCsv(abstractionColumns.required, cells(abstractionColumns.required, extract.abstractions)));

    const out = join(folder, "out");
    // 31,500 offenders at about 60 per offender manager: 525 officers × about 150 hours a month
    const args = ["operations", "--items", items, "--abstractions", abstractions, "--available-hours", "80000", "--as-of", "2026-03-31", "--out", out];
    const withGnuTime = hasGnuTime();
    const run = measuredNode(join(root, "dist", "src", "main.js"), args, root, withGnuTime ? [gnuTime, "-v"] : []);
    if (run.status !== 0) throw new Error(`mosovo operations failed (exit ${run.status}):\n${run.stderr}`);
    const gnuPeak = withGnuTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr) : null;

    const peakMegabytes = megabytesOfKibibytes(run.maxRssKibibytes);
    const gnuTimePeakMegabytes = gnuPeak === null ? null : megabytesOfKibibytes(Number(gnuPeak[1]));
    const outputs = ["outstanding.csv", "on-time-completion.csv", "reviews.csv", "abstractions.csv", "regular-abstraction.csv", "report.html"].filter(
      (file) => existsSync(join(out, file)) && statSync(join(out, file)).size > 0,
    );
    return {
      workItems: extract.workItems.length,
      abstractions: extract.abstractions.length,
      inputMegabytes: (statSync(items).size + statSync(abstractions).size) / 1e6,
      seconds: run.seconds,
      cpuSeconds: run.cpuSeconds,
      peakMegabytes,
      gnuTimePeakMegabytes,
      outputs,
      rowsPass: extract.workItems.length >= operationsTargets.rows,
      secondsPass: run.seconds < operationsTargets.seconds,
      memoryPass: Math.max(peakMegabytes, gnuTimePeakMegabytes ?? 0) < operationsTargets.megabytes,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
