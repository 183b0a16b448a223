/**
 * `npm run bench`: measures the built tool. Every figure printed is measured in this run, on this
 * machine, except R's stored baselines, which say so. Nothing here is a unit test.
 *
 * 1. Start-up: `mosovo --help` (target under 0.3 s), one `mosovo forecast` of the national series, and
 *    `npm start`'s job (target under 1.5 s); medians of three whole processes.
 * 2. Issue 3, accuracy: `mosovo evaluate` on ../shared/benchmarks/m3-yearly.csv at h = 6 with its
 *    default method list, beside R's forecast package (r-baselines/m3_r_baselines.csv); then the same
 *    on the even-numbered series only, which the combination's intervals were not learned from, beside
 *    R's baseline script run on those series now (when Rscript and the forecast package are installed).
 * 3. Issue 3, speed: `mosovo evaluate --method auto` and R's thetaf on the whole panel, three rounds,
 *    alternating, so that other work on the machine falls on both.
 * 4. Issue 6: `mosovo operations` on a quarter-million-row synthetic extract: wall time and peak memory.
 * 5. `mosovo plan` at national scale (with leavers, with long training) and at a million people.
 *
 * Sections can be picked: node dist/test/bench/run-benchmarks.js [startup] [m3] [operations] [plan]
 * Exits 1 if a target is missed.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { measuredNode, median, readCsvTable, timed } from "./child-process.js";
import { bestOn, issue3Targets, type NamedAccuracy } from "./issue-3-targets.js";
import { runEvaluate, writeEvenSeries } from "./mosovo-evaluate.js";
import { operationsBenchmark, operationsTargets } from "./operations-benchmark.js";
import { planBenchmark, planCases, planSecondsTarget } from "./plan-benchmark.js";
import { registerBenchmark, registerTargets } from "./register-benchmark.js";
import { rForecastVersion, readRBaselines, runRBaselines, timeRThetaf } from "./r-forecast.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const main = join(root, "dist", "src", "main.js");
const benchmarks = process.env.MOSOVO_BENCHMARKS ?? join(root, "..", "shared", "benchmarks");
const panel = join(benchmarks, "m3-yearly.csv");
const horizon = 6;
const rounds = 3;
const sections = process.argv.slice(2).length > 0 ? new Set(process.argv.slice(2)) : new Set(["startup", "m3", "operations", "plan", "register"]);
const misses: string[] = [];

const passFail = (pass: boolean) => (pass ? "PASS" : "FAIL");
const seconds = (value: number) => `${value.toFixed(2)} s`;
const load = () => loadavg().map((value) => value.toFixed(2)).join(", ");

function table(rows: readonly (readonly string[])[]): void {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const row of rows) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  "));
}

function accuracyTable(rows: readonly (NamedAccuracy & { fittingSeconds?: number })[]): void {
  table([
    ["method", "sMAPE", "MASE", "cov 80", "cov 95", "MSIS", "seconds"],
    ...rows.map((row) => [
      row.method,
      row.smape.toFixed(2),
      row.mase.toFixed(4),
      `${(100 * row.coverage80).toFixed(1)}%`,
      `${(100 * row.coverage95).toFixed(1)}%`,
      row.msis.toFixed(1),
      row.fittingSeconds === undefined ? "" : row.fittingSeconds.toFixed(2),
    ]),
  ]);
}

function startup(work: string): void {
  console.log("## Start-up and everyday commands (whole processes)\n");
  const history = join(root, "data", "national-rso-england-wales.csv");
  // targets: mosovo --help under 0.3 s and npm start's job under 1.5 s, median wall time of whole processes
  const commands: [string, string[], number | null][] = [
    ["mosovo --help", ["--help"], 0.3],
    ["mosovo forecast, national series", ["forecast", "--history", history, "--out", join(work, "forecast"), "--replace"], null],
  ];
  for (const [label, args, target] of commands) {
    const runs = Array.from({ length: rounds }, () => measuredNode(main, args, root));
    const failed = runs.find((run) => run.status !== 0);
    const cpu = median(runs.map((run) => run.cpuSeconds));
    const wall = median(runs.map((run) => run.seconds));
    const verdict = target === null ? "" : `; target under ${seconds(target)}: ${passFail(wall < target && !failed)}`;
    if (target !== null && !(wall < target && !failed)) misses.push(`${label} start-up time`);
    console.log(
      `${label}: wall ${runs.map((run) => seconds(run.seconds)).join(", ")}; median ${seconds(wall)} wall, ` +
        `${seconds(cpu)} processor${failed ? ` (exit ${failed.status})` : ""}${verdict}`,
    );
  }
  // npm start's own command line, from package.json, without npm's start-up around it
  const start = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: { start: string } }).scripts.start;
  const [program, ...startArguments] = start.split(/\s+/);
  const startRuns = Array.from({ length: rounds }, () => timed(program === "node" ? process.execPath : program, startArguments, root));
  const startWall = median(startRuns.map((run) => run.seconds));
  const startPass = startWall < 1.5 && startRuns.every((run) => run.status === 0);
  if (!startPass) misses.push("npm start's job time");
  console.log(
    `npm start's job (${start}): wall ${startRuns.map((run) => seconds(run.seconds)).join(", ")}; median ${seconds(startWall)}` +
      `${startRuns.every((run) => run.status === 0) ? "" : " (a run failed)"}; target under 1.50 s: ${passFail(startPass)}\n`,
  );
}

function m3(work: string, rVersion: string | null): void {
  console.log(`## Issue 3: M3 yearly, h = ${horizon}, ${panel}\n`);
  const all = runEvaluate(main, panel, horizon, join(work, "all"), root);
  const rStored = readRBaselines(join(benchmarks, "r-baselines", "m3_r_baselines.csv"));
  const submissions = readCsvTable(join(benchmarks, "r-baselines", "m3_original_submissions_smape.csv"));
  const bestSubmission = submissions.reduce((best, row) => (Number(row.smape) < Number(best.smape) ? row : best));
  console.log(`All ${all.rows[0].series} series: mosovo evaluate with its default methods (${seconds(all.seconds)} whole process; seconds column = fitting and forecasting)`);
  accuracyTable(all.rows.map((row) => ({ ...row, method: `mosovo ${row.method}` })));
  for (const warning of all.warnings) console.log(`  ${warning}`);
  console.log("\nR forecast 8.20, stored in r-baselines/m3_r_baselines.csv (seconds column = fitting and forecasting, on the machine that made it)");
  accuracyTable(rStored.map((row) => ({ ...row, method: `R ${row.method}` })));

  const evenPanel = join(work, "even-series.csv");
  const evenCount = writeEvenSeries(panel, evenPanel);
  const even = runEvaluate(main, evenPanel, horizon, join(work, "even"), root);
  console.log(`\nEven-numbered series only (${evenCount}), held out from the calibration in models/combination-calibration.json (learned on the odd ones)`);
  accuracyTable(even.rows.map((row) => ({ ...row, method: `mosovo ${row.method}` })));
  for (const warning of even.warnings) console.log(`  ${warning}`);
  let rEven: (NamedAccuracy & { fittingSeconds: number })[] | null = null;
  if (rVersion !== null) {
    const folder = mkdtempSync(join(work, "r-even-"));
    rEven = runRBaselines(join(benchmarks, "r-baselines", "m3_r_baselines.R"), evenPanel, folder);
    console.log(`\nR forecast ${rVersion} on the same ${evenCount} series, run now by r-baselines/m3_r_baselines.R (seconds column from this run)`);
    accuracyTable(rEven.map((row) => ({ ...row, method: `R ${row.method}` })));
  }

  const autoAll = all.rows.find((row) => row.method === "auto");
  const autoEven = even.rows.find((row) => row.method === "auto");
  if (!autoAll || !autoEven) throw new Error("evaluate's default methods did not include auto");
  console.log(`\n### Issue 3 targets (the default auto)\n`);
  const header = ["measure", "R forecast best (all 645)", "target", "mosovo auto (all 645)", "", ...(rEven ? ["R forecast best (even, this run)"] : []), "mosovo auto (even, held out)", ""];
  const rows = issue3Targets.map((target) => {
    const rBest = bestOn(target, rStored);
    const extra = target.key === "smape" ? `; M3 ${bestSubmission.method} ${Number(bestSubmission.smape).toFixed(2)}` : "";
    const rEvenBest = rEven ? bestOn(target, rEven) : null;
    const allPass = target.meets(autoAll[target.key]);
    const evenPass = target.meets(autoEven[target.key]);
    if (!allPass) misses.push(`${target.measure}, all series`);
    if (!evenPass) misses.push(`${target.measure}, even series`);
    return [
      target.measure,
      `${target.show(rBest[target.key])} (${rBest.method})${extra}`,
      target.target,
      target.show(autoAll[target.key]),
      passFail(allPass),
      ...(rEvenBest ? [`${target.show(rEvenBest[target.key])} (${rEvenBest.method})`] : []),
      target.show(autoEven[target.key]),
      passFail(evenPass),
    ];
  });
  table([header, ...rows]);

  console.log(`\n### Issue 3 speed: whole panel, mosovo evaluate --method auto against R's thetaf, ${rounds} rounds alternating\n`);
  const mosovo: { seconds: number; fitting: number }[] = [];
  const r: { seconds: number; loopSeconds: number }[] = [];
  for (let round = 1; round <= rounds; round++) {
    const run = runEvaluate(main, panel, horizon, join(work, "auto"), root, "auto");
    mosovo.push({ seconds: run.seconds, fitting: run.rows[0].fittingSeconds });
    const rRun = rVersion === null ? null : timeRThetaf(panel, horizon, root);
    if (rRun) r.push(rRun);
    console.log(
      `round ${round}: mosovo ${seconds(run.seconds)} whole process (${seconds(run.rows[0].fittingSeconds)} fitting)` +
        (rRun ? `; R thetaf ${seconds(rRun.seconds)} whole process (${seconds(rRun.loopSeconds)} in its loop)` : ""),
    );
  }
  const mosovoWhole = median(mosovo.map((run) => run.seconds));
  const mosovoFitting = median(mosovo.map((run) => run.fitting));
  if (r.length === 0) {
    console.log(`median: mosovo ${seconds(mosovoWhole)} whole process, ${seconds(mosovoFitting)} fitting; Rscript with forecast not found, so R not timed`);
    return;
  }
  const rWhole = median(r.map((run) => run.seconds));
  const rLoop = median(r.map((run) => run.loopSeconds));
  const wholePass = mosovoWhole < rWhole;
  const fittingPass = mosovoFitting < rLoop;
  if (!wholePass) misses.push("wall time, whole processes");
  if (!fittingPass) misses.push("wall time, fitting only");
  console.log(`median, whole processes (start-up, reading, fitting, scoring, writing): mosovo ${seconds(mosovoWhole)}, R thetaf ${seconds(rWhole)}; ratio ${(mosovoWhole / rWhole).toFixed(2)}: ${passFail(wholePass)}`);
  console.log(`median, fitting and forecasting only (as r-baselines times it): mosovo ${seconds(mosovoFitting)}, R thetaf ${seconds(rLoop)}; ratio ${(mosovoFitting / rLoop).toFixed(2)}: ${passFail(fittingPass)}\n`);
}

function operations(): void {
  console.log("## Issue 6: mosovo operations on a quarter-million-row synthetic extract\n");
  const result = operationsBenchmark(root);
  const { rows, seconds: secondsTarget, megabytes } = operationsTargets;
  console.log(`extract (seeded generator, seed 1): ${result.workItems} work items, ${result.abstractions} abstractions, ${result.inputMegabytes.toFixed(1)} MB of CSV`);
  console.log(`outputs written: ${result.outputs.join(", ")}`);
  const gnu = result.gnuTimePeakMegabytes === null ? "" : `; GNU time: ${result.gnuTimePeakMegabytes.toFixed(0)} MB`;
  table([
    ["measure", "measured", "target", ""],
    ["work items", String(result.workItems), `≥ ${rows}`, passFail(result.rowsPass)],
    ["wall time, whole process", seconds(result.seconds), `< ${secondsTarget} s`, passFail(result.secondsPass)],
    ["peak memory (maxRSS)", `${result.peakMegabytes.toFixed(0)} MB`, `< ${megabytes} MB`, passFail(result.memoryPass)],
  ]);
  console.log(`(processor time ${seconds(result.cpuSeconds)}; MB = 10⁶ bytes, peak ${((result.peakMegabytes * 1e6) / 2 ** 20).toFixed(0)} MiB${gnu})\n`);
  if (!result.rowsPass || !result.secondsPass) misses.push("operations wall time");
  if (!result.memoryPass) misses.push("operations peak memory");
}

function plan(work: string): void {
  console.log("## mosovo plan --confidence 80 at national scale and beyond (whole processes)\n");
  const rows = planCases.map((planCase) => {
    const run = planBenchmark(root, main, work, planCase);
    const pass = run.status === 0 && run.seconds < planSecondsTarget;
    if (!pass) misses.push(`plan, ${planCase.label}`);
    return [planCase.label, seconds(run.seconds), seconds(run.cpuSeconds), `< ${planSecondsTarget} s`, run.status === 0 ? passFail(pass) : `FAIL (exit ${run.status})`, run.lastLine.slice(0, 40)];
  });
  table([["case", "wall time", "processor time", "target (wall)", "", "last line"], ...rows]);
  console.log(`(load average now ${load()}: on a busy machine the wall time is mostly waiting for a processor)\n`);
}

function register(): void {
  console.log("## mosovo register on a national-scale synthetic register\n");
  const result = registerBenchmark();
  const secondsPass = result.wallSeconds < registerTargets.seconds;
  const memoryPass = result.peakMegabytes < registerTargets.megabytes;
  console.log(`register (seeded generator, seed 1): ${result.people} people, ${result.onRegister} on the register; 5 years monthly, 1,000 paths`);
  table([
    ["measure", "measured", "target", ""],
    ["wall time, reading and projecting", seconds(result.wallSeconds), `< ${registerTargets.seconds} s`, passFail(secondsPass)],
    ["peak memory (maxRSS, generator included)", `${result.peakMegabytes.toFixed(0)} MB`, `< ${registerTargets.megabytes} MB`, passFail(memoryPass)],
  ]);
  console.log(`(processor time ${seconds(result.cpuSeconds)})\n`);
  console.log("how the projection's time grows (projection alone, the extract already read; same generator, seed 1):");
  const base = result.growth.find((run) => run.onRegister === result.onRegister && run.paths === 1000);
  table([
    ["on the register", "people in extract", "paths", "wall time", "processor time", "processor time ÷ national, 1,000 paths"],
    ...result.growth.map((run) => [String(run.onRegister), String(run.people), String(run.paths), seconds(run.wallSeconds), seconds(run.cpuSeconds), base === undefined ? "" : (run.cpuSeconds / base.cpuSeconds).toFixed(2)]),
  ]);
  console.log("");
  if (!secondsPass) misses.push("register wall time");
  if (!memoryPass) misses.push("register peak memory");
}

const work = mkdtempSync(join(tmpdir(), "mosovo-bench-"));
try {
  const rVersion = rForecastVersion();
  console.log(`mosovo benchmarks, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`);
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? "unknown processor"}; node ${process.version}; R forecast ${rVersion ?? "not found"}`);
  console.log(`load average at start: ${load()} (other work on the machine slows every time below)\n`);
  if (sections.has("startup")) startup(work);
  if (sections.has("m3")) m3(work, rVersion);
  if (sections.has("operations")) operations();
  if (sections.has("plan")) plan(work);
  if (sections.has("register")) register();
  console.log(`load average at end: ${load()}`);
  console.log(misses.length === 0 ? "All targets met." : `Targets missed: ${misses.join("; ")}.`);
  if (misses.length > 0) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
