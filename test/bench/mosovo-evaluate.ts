import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readCsvTable, timed } from "./child-process.js";
import type { NamedAccuracy } from "./issue-3-targets.js";

export interface EvaluateRun {
  /** `mosovo evaluate` from start to exit: Node's start-up, reading and checking the panel, forecasting, scoring, writing. */
  seconds: number;
  rows: (NamedAccuracy & { series: number; fittingSeconds: number })[];
  /** evaluate's own warnings, such as series a method could not forecast. */
  warnings: string[];
}

/**
 * Runs the built `mosovo evaluate` on a panel in a fresh Node process and reads its accuracy.csv.
 * With no `methods`, evaluate scores its default list: auto and every method the shortest series allows.
 */
export function runEvaluate(main: string, panelFile: string, horizon: number, out: string, cwd: string, methods?: string): EvaluateRun {
  const methodArgs = methods === undefined ? [] : ["--method", methods];
  const run = timed(process.execPath, [main, "evaluate", "--panel", panelFile, "--horizon", String(horizon), ...methodArgs, "--out", out, "--replace"], cwd);
  if (run.status !== 0) throw new Error(`mosovo evaluate failed (exit ${run.status}):\n${run.stderr}`);
  const rows = readCsvTable(join(out, "accuracy.csv")).map((row) => ({
    method: row.method,
    series: Number(row.series),
    smape: Number(row.smape),
    mase: Number(row.mase),
    coverage80: Number(row.coverage_80),
    coverage95: Number(row.coverage_95),
    msis: Number(row.msis),
    fittingSeconds: Number(row.seconds),
  }));
  // progress lines ("evaluate: 10% done …") also go to stderr; keep the warnings only
  const warnings = run.stderr.split("\n").filter((line) => line.startsWith("evaluate:") && !/% done/.test(line));
  return { seconds: run.seconds, rows, warnings };
}

/**
 * Writes the even-numbered series of an M3 panel (N0002, N0004, …) to a file: the series the
 * combination's interval multipliers were not learned from (models/combination-calibration.json
 * used the odd ones). Returns how many series it kept.
 */
export function writeEvenSeries(panelFile: string, evenFile: string): number {
  const [header, ...lines] = readFileSync(panelFile, "utf8").trim().split(/\r?\n/);
  const even = lines.filter((line) => Number(line.slice(0, line.indexOf(",")).replace(/\D/g, "")) % 2 === 0);
  writeFileSync(evenFile, `${[header, ...even].join("\n")}\n`);
  return new Set(even.map((line) => line.slice(0, line.indexOf(",")))).size;
}
