import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { readCsvTable, timed } from "./child-process.js";
import type { NamedAccuracy } from "./issue-3-targets.js";

/** The version of R's forecast package that `Rscript` loads, or null when R or the package is missing. */
export function rForecastVersion(): string | null {
  const run = spawnSync("Rscript", ["-e", "suppressPackageStartupMessages(library(forecast)); cat(as.character(packageVersion('forecast')))"], {
    encoding: "utf8",
  });
  return run.status === 0 ? run.stdout.trim() : null;
}

export interface RThetafTiming {
  /** Rscript from start to exit: R's start-up, loading forecast, reading the panel, the loop. */
  seconds: number;
  /** The loop alone: `thetaf(y, h = 6, level = c(80, 95))` on every series, as r-baselines/m3_r_baselines.R times it. */
  loopSeconds: number;
}

/** Times R's thetaf on every series of a long-format panel, in a fresh Rscript process. */
export function timeRThetaf(panelFile: string, horizon: number, cwd: string): RThetafTiming {
  const script = [
    "suppressPackageStartupMessages(library(forecast))",
    `d <- read.csv(${JSON.stringify(panelFile)}, stringsAsFactors = FALSE)`,
    "d <- d[d$split == 'train', ]",
    "d <- d[order(d$series_id, d$t), ]",
    "x <- split(d$value, d$series_id)",
    "t0 <- proc.time()[['elapsed']]",
    `for (y in x) f <- thetaf(ts(y, frequency = 1), h = ${horizon}, level = c(80, 95))`,
    "cat(proc.time()[['elapsed']] - t0, length(x), '\\n')",
  ].join("; ");
  const run = timed("Rscript", ["-e", script], cwd);
  if (run.status !== 0) throw new Error(`R's thetaf could not run:\n${run.stderr}`);
  const [loopSeconds, series] = run.stdout.trim().split(/\s+/).map(Number);
  if (!(series > 0)) throw new Error(`R's thetaf timing printed no series count: ${run.stdout}`);
  return { seconds: run.seconds, loopSeconds };
}

const rNames: Record<string, string> = {
  Comb: "Comb", Theta: "thetaf", RWDrift: "rwf(drift)", DampedHolt: "holt(damped)", ETS: "ets",
  ARIMA: "auto.arima", SES: "ses", Naive: "naive", Holt: "holt",
};

/** Rows of a table written by r-baselines/m3_r_baselines.R, with R's function names. */
export function readRBaselines(file: string): (NamedAccuracy & { fittingSeconds: number })[] {
  return readCsvTable(file).map((row) => ({
    method: rNames[row.method] ?? row.method,
    smape: Number(row.smape),
    mase: Number(row.mase),
    coverage80: Number(row.coverage80),
    coverage95: Number(row.coverage95),
    msis: Number(row.msis),
    fittingSeconds: Number(row.seconds),
  }));
}

/**
 * Runs the shared R baseline script (every method of R's forecast package it compares) on a panel and
 * reads back its table. Takes about as long as its `seconds` column adds up to: half a minute for
 * the even-numbered M3 series.
 */
export function runRBaselines(script: string, panelFile: string, workDir: string): (NamedAccuracy & { fittingSeconds: number })[] {
  const table = join(workDir, "r-table.csv");
  const args = ["--data", panelFile, "--table", table, "--forecasts", join(workDir, "r-forecasts.csv"), "--reference", join(workDir, "none")];
  const run = timed("Rscript", [script, ...args], workDir);
  if (run.status !== 0) throw new Error(`R's baseline script failed:\n${run.stderr}`);
  return readRBaselines(table);
}
