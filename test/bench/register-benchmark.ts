import { parseCsvTable } from "../../src/inputs/csv-table.js";
import { registerExtractColumns, registerExtractReader } from "../../src/inputs/register-extract.js";
import { calendarDay } from "../../src/math/calendar-day.js";
import { projectRegister } from "../../src/register/project-register.js";
import type { RegisterPerson } from "../../src/register/register-person.js";
import { syntheticRegister } from "../../src/register/synthetic-register.js";
import { formatCsv } from "../../src/report/csv-export.js";

/** Issue 14: a national register (about 100,000 ever registered, 73,000 on it), 5 years monthly, 1,000 paths, in under 10 s and 1 GB. */
export const registerTargets = { seconds: 10, megabytes: 1000 };

/** One projection of a growth series: the projection alone, the extract already read. */
export interface RegisterGrowthRun {
  people: number;
  onRegister: number;
  paths: number;
  cpuSeconds: number;
  wallSeconds: number;
}

export interface RegisterBenchmarkResult {
  people: number;
  onRegister: number;
  /** Processor time of checking the extract's text and projecting it (generator not counted). */
  cpuSeconds: number;
  wallSeconds: number;
  /** Peak resident memory of this process after the national run, MB of 10⁶ bytes (the generator included). */
  peakMegabytes: number;
  /** The national register with fewer paths, and smaller registers with the same paths: how time grows. */
  growth: RegisterGrowthRun[];
}

const asOf = calendarDay(2026, 3, 31);

/**
 * Makes a national-scale synthetic register (seed 1, 73,000 on the register at 31 March 2026, leavers
 * of the last four years: about 105,000 people), then reads its CSV text and projects it five years
 * monthly with 1,000 paths, in this process. Then, for how time grows, projects it again with 250 and
 * 500 paths, and projects registers of a quarter and a half that size (same generator) with 1,000 paths.
 */
export function registerBenchmark(): RegisterBenchmarkResult {
  const { text, rows } = syntheticExtract(73_000);
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  const people = parseCsvTable("national.csv", text, registerExtractColumns, registerExtractReader("national.csv", { asOf }));
  projectRegister(people, { asOf, horizonYears: 5, paths: 1000, seed: 1, levels: [80, 95] });
  const cpu = process.cpuUsage(cpuStart);
  const wallSeconds = (performance.now() - wallStart) / 1000;
  const peakMegabytes = (process.resourceUsage().maxRSS * 1024) / 1e6;
  const onRegister = rows.filter((row) => row.left_on === "").length;
  const growth = [250, 500, 1000].map((paths) => timedProjection(people, onRegister, paths));
  for (const size of [18_250, 36_500]) {
    const smaller = syntheticExtract(size);
    const smallerPeople = parseCsvTable("register.csv", smaller.text, registerExtractColumns, registerExtractReader("register.csv", { asOf }));
    growth.push(timedProjection(smallerPeople, smaller.rows.filter((row) => row.left_on === "").length, 1000));
  }
  growth.sort((first, second) => first.onRegister - second.onRegister || first.paths - second.paths);
  return { people: rows.length, onRegister, cpuSeconds: (cpu.user + cpu.system) / 1e6, wallSeconds, peakMegabytes, growth };
}

function syntheticExtract(onRegister: number) {
  const rows = syntheticRegister({ seed: 1, asOf, onRegister, historyYears: 4 });
  const columns = [...registerExtractColumns.required, ...(registerExtractColumns.optional ?? [])];
  return { rows, text: formatCsv(columns, rows.map((row) => columns.map((column) => row[column as keyof typeof row]))) };
}

function timedProjection(people: readonly RegisterPerson[], onRegister: number, paths: number): RegisterGrowthRun {
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  projectRegister(people, { asOf, horizonYears: 5, paths, seed: 1, levels: [80, 95] });
  const cpu = process.cpuUsage(cpuStart);
  return { people: people.length, onRegister, paths, cpuSeconds: (cpu.user + cpu.system) / 1e6, wallSeconds: (performance.now() - wallStart) / 1000 };
}
