/**
 * `npm run bench`: measures the tool on the M3 yearly benchmark beside R's forecast package.
 *
 * 1. Runs `mosovo evaluate` on ../shared/benchmarks/m3-yearly.csv (h = 6) for auto and the single
 *    methods, as a separate process, and prints its figures beside R's (r-baselines/m3_r_baselines.csv)
 *    and the targets of issue 3.
 * 2. Runs it again for auto on the even-numbered series only: the combination's intervals were learned
 *    on the odd-numbered ones, so these are the figures that can be claimed.
 * 3. Where Rscript is installed, times R's thetaf on the same panel in the same run, and prints the
 *    ratio of wall times.
 * 4. Times one `mosovo forecast` of the bundled national series and `npm start`'s job.
 *
 * Every time printed is measured here, in this run, on this machine; nothing is asserted.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const main = join(root, "dist", "src", "main.js");
const benchmarks = process.env.MOSOVO_BENCHMARKS ?? join(root, "..", "shared", "benchmarks");
const panel = join(benchmarks, "m3-yearly.csv");
const work = mkdtempSync(join(tmpdir(), "mosovo-bench-"));

function timed(command: string, args: readonly string[]): { seconds: number; stdout: string; status: number | null; stderr: string } {
  const started = process.hrtime.bigint();
  const run = spawnSync(command, args, { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, stdout: run.stdout ?? "", stderr: run.stderr ?? "", status: run.status };
}

function readTable(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(file, "utf8").trim().split(/\r?\n/);
  const names = header.split(",").map((name) => name.replace(/"/g, ""));
  return lines.map((line) => Object.fromEntries(line.split(",").map((cell, index) => [names[index], cell.replace(/"/g, "")])));
}

function evaluate(panelFile: string, methods: string, out: string): { seconds: number; rows: Record<string, string>[] } {
  const run = timed(process.execPath, [main, "evaluate", "--panel", panelFile, "--horizon", "6", "--method", methods, "--out", out, "--replace"]);
  if (run.status !== 0) throw new Error(`mosovo evaluate failed (${run.status}):\n${run.stderr}`);
  return { seconds: run.seconds, rows: readTable(join(out, "accuracy.csv")) };
}

const fixed = (value: string | number | undefined, digits: number) => (value === undefined || value === "" ? "" : Number(value).toFixed(digits));
const percent = (value: string | number | undefined) => (value === undefined ? "" : `${(100 * Number(value)).toFixed(1)}%`);

try {
  if (!existsSync(panel)) throw new Error(`no benchmark panel at ${panel}; set MOSOVO_BENCHMARKS to the folder holding m3-yearly.csv`);
  console.log(`mosovo benchmark, M3 yearly (645 series, h = 6); node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}`);
  console.log(`load average at start: ${loadavg().map((value) => value.toFixed(2)).join(", ")} (other work on the machine slows every time below)\n`);

  const all = evaluate(panel, "auto,combination,drift,theta,damped,ses,holt,naive", join(work, "all"));
  const rTable = readTable(join(benchmarks, "r-baselines", "m3_r_baselines.csv"));
  const rLabel: Record<string, string> = {
    Comb: "R Comb (SES+Holt+Damped)", Theta: "R thetaf", RWDrift: "R rwf(drift)", DampedHolt: "R holt(damped)",
    ETS: "R ets", ARIMA: "R auto.arima", SES: "R ses", Naive: "R naive", Holt: "R holt",
  };
  const line = (cells: string[]) => console.log(cells.map((cell, index) => (index === 0 ? cell.padEnd(26) : cell.padStart(9))).join(""));
  line(["method", "sMAPE", "MASE", "cov 80", "cov 95", "MSIS", "seconds"]);
  for (const row of all.rows) {
    line([`mosovo ${row.method}`, fixed(row.smape, 2), fixed(row.mase, 3), percent(row.coverage_80), percent(row.coverage_95), fixed(row.msis, 1), fixed(row.seconds, 2)]);
  }
  for (const row of rTable) {
    line([rLabel[row.method] ?? `R ${row.method}`, fixed(row.smape, 2), fixed(row.mase, 3), percent(row.coverage80), percent(row.coverage95), fixed(row.msis, 1), fixed(row.seconds, 2)]);
  }
  line(["target for auto (issue 3)", "≤ 15.9", "≤ 2.60", "76–84%", "93–97%", "≤ 26", ""]);
  console.log(`(R's figures are from r-baselines/m3_r_baselines.csv, forecast 8.20 on a 2-core machine; mosovo's seconds are fitting time inside one process)\n`);

  // the even-numbered series: no part in learning the combination's interval multipliers
  const [header, ...body] = readFileSync(panel, "utf8").trim().split(/\r?\n/);
  const even = body.filter((line) => Number(line.split(",")[0].replace(/\D/g, "")) % 2 === 0);
  const evenPanel = join(work, "m3-even.csv");
  writeFileSync(evenPanel, [header, ...even].join("\n") + "\n");
  const held = evaluate(evenPanel, "auto,drift,theta", join(work, "even"));
  console.log("Even-numbered series only (322), which the combination's intervals were not learned on:");
  line(["method", "sMAPE", "MASE", "cov 80", "cov 95", "MSIS", ""]);
  for (const row of held.rows) {
    line([`mosovo ${row.method}`, fixed(row.smape, 2), fixed(row.mase, 3), percent(row.coverage_80), percent(row.coverage_95), fixed(row.msis, 1), ""]);
  }

  // wall time of auto alone against R's thetaf alone, both as whole processes, in this run
  const autoRun = timed(process.execPath, [main, "evaluate", "--panel", panel, "--horizon", "6", "--method", "auto", "--out", join(work, "auto"), "--replace"]);
  console.log(`\nWall time, whole process, this run: mosovo evaluate --method auto ${autoRun.seconds.toFixed(2)} s`);
  const rscript = spawnSync("Rscript", ["--version"], { encoding: "utf8" });
  if (rscript.status === 0) {
    const script = [
      "suppressPackageStartupMessages(library(forecast))",
      `d <- read.csv(${JSON.stringify(panel)}, stringsAsFactors = FALSE)`,
      "d <- d[order(d$series_id, d$split, d$t), ]",
      "x <- split(d$value[d$split == 'train'], d$series_id[d$split == 'train'])",
      "t0 <- proc.time()[['elapsed']]",
      "for (y in x) f <- thetaf(ts(y), h = 6, level = c(80, 95))",
      "cat(proc.time()[['elapsed']] - t0, '\\n')",
    ].join("; ");
    const rRun = timed("Rscript", ["-e", script]);
    if (rRun.status === 0) {
      const inside = Number(rRun.stdout.trim());
      console.log(`R thetaf on the same panel: ${rRun.seconds.toFixed(2)} s whole process (${inside.toFixed(2)} s inside R's loop)`);
      console.log(`ratio, mosovo auto / R thetaf, whole processes: ${(autoRun.seconds / rRun.seconds).toFixed(2)}`);
      const autoFitting = Number(readTable(join(work, "auto", "accuracy.csv"))[0].seconds);
      console.log(`fitting and forecasting only: mosovo auto ${autoFitting.toFixed(2)} s, R thetaf ${inside.toFixed(2)} s; ratio ${(autoFitting / inside).toFixed(2)}`);
    } else {
      console.log(`R thetaf could not run: ${rRun.stderr.trim().split("\n").at(-1)}`);
    }
  } else {
    console.log("Rscript not found: R's thetaf not timed.");
  }

  const forecastRun = timed(process.execPath, [main, "forecast", "--history", join(root, "data", "national-rso-england-wales.csv"), "--out", join(work, "forecast"), "--replace"]);
  console.log(`one forecast (mosovo forecast, national series): ${forecastRun.seconds.toFixed(2)} s whole process${forecastRun.status === 0 ? "" : ` (exit ${forecastRun.status})`}`);
  // npm start's own command line, from package.json, without npm's start-up around it
  const start = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: { start: string } }).scripts.start;
  const [program, ...startArguments] = start.split(/\s+/);
  const startRun = timed(program === "node" ? process.execPath : program, startArguments);
  console.log(`npm start's job (${start}): ${startRun.seconds.toFixed(2)} s whole process${startRun.status === 0 ? "" : ` (exit ${startRun.status})`}`);
  console.log(`load average at end: ${loadavg().map((value) => value.toFixed(2)).join(", ")}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
