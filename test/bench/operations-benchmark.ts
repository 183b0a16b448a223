import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { buildProgram } from "../../src/cli/program.js";
import { abstractionColumns } from "../../src/inputs/abstractions.js";
import { workItemColumns } from "../../src/inputs/work-items.js";
import { calendarDay } from "../../src/math/calendar-day.js";
import { syntheticExtract } from "../../src/operations/synthetic-extract.js";
import { formatCsv } from "../../src/report/csv-export.js";

/** Issue 6: a quarter-million-row extract in under ten seconds and 500 MB. */
export const operationsTargets = { rows: 250_000, seconds: 10, megabytes: 500 };

export interface OperationsBenchmarkResult {
  workItems: number;
  abstractions: number;
  /** Wall-clock time of `mosovo operations` in a fresh Node process: read, check, measure, write. */
  seconds: number;
  /** Processor time (user + system) of that process: less changed than wall-clock time by other work on the machine. */
  cpuSeconds: number;
  /** The peak resident memory of that process (maxRSS), in MB of 2²⁰ bytes. */
  peakMegabytes: number;
  withinTargets: boolean;
}

/**
 * Makes a synthetic extract of at least a quarter of a million work items with the seeded generator
 * (seed 1, 31,500 offenders over 24 months: 251,267 rows), writes it to a temporary folder, then runs
 * `mosovo operations` on it with abstractions and an establishment figure in a separate Node process,
 * so that the generator's own memory is not counted. The timings vary with the machine: they are for
 * reading, not for tests to assert.
 */
export function operationsBenchmark(): OperationsBenchmarkResult {
  const folder = mkdtempSync(join(tmpdir(), "mosovo-operations-bench-"));
  try {
    const asOf = "2026-03-31";
    const extract = syntheticExtract({ seed: 1, asOf: calendarDay(2026, 3, 31), registeredSexOffenders: 31_500 });
    const items = join(folder, "work-items.csv");
    const abstractions = join(folder, "abstractions.csv");
    writeFileSync(items, formatCsv(workItemColumns.required, extract.workItems.map((row) => workItemColumns.required.map((column) => row[column as keyof typeof row]))));
    writeFileSync(abstractions, formatCsv(abstractionColumns.required, extract.abstractions.map((row) => abstractionColumns.required.map((column) => row[column as keyof typeof row]))));

    const args = ["--items", items, "--abstractions", abstractions, "--available-hours", "80000", "--as-of", asOf, "--out", join(folder, "out")];
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--measure", ...args], { encoding: "utf8" });
    if (child.status !== 0) throw new Error(`the measured run failed:\n${child.stderr}`);
    const { seconds, cpuSeconds, peakMegabytes } = JSON.parse(child.stdout.trim().split("\n").at(-1)!) as Pick<
      OperationsBenchmarkResult,
      "seconds" | "cpuSeconds" | "peakMegabytes"
    >;
    return {
      workItems: extract.workItems.length,
      abstractions: extract.abstractions.length,
      seconds,
      cpuSeconds,
      peakMegabytes,
      withinTargets: extract.workItems.length >= operationsTargets.rows && seconds < operationsTargets.seconds && peakMegabytes < operationsTargets.megabytes,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** In the child process: run the command once and print the time and peak memory as JSON. */
async function measure(args: string[]): Promise<void> {
  const context = { version: "bench", print: () => undefined, warn: (line: string) => process.stderr.write(`${line}\n`) };
  const start = performance.now();
  await buildProgram(context).parseAsync(["node", "mosovo", "operations", ...args]);
  const seconds = (performance.now() - start) / 1000;
  const { user, system } = process.cpuUsage();
  const peakMegabytes = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ seconds, cpuSeconds: (user + system) / 1e6, peakMegabytes })}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === "--measure") {
    await measure(process.argv.slice(3));
  } else {
    const result = operationsBenchmark();
    const { rows, seconds, megabytes } = operationsTargets;
    process.stdout.write(
      `operations: ${result.workItems} work items and ${result.abstractions} abstractions in ${result.seconds.toFixed(2)} s ` +
        `(${result.cpuSeconds.toFixed(2)} s of processor time, including start-up), ` +
        `peak memory ${result.peakMegabytes.toFixed(0)} MB (targets: ${rows} rows, under ${seconds} s and ${megabytes} MB): ` +
        `${result.withinTargets ? "within" : "OUTSIDE"} targets\n`,
    );
    if (!result.withinTargets) process.exitCode = 1;
  }
}
