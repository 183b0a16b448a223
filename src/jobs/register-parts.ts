import { InputError } from "../errors.js";
import { parseCsvTable } from "../inputs/csv-table.js";
import { parseDateCell } from "../inputs/date-cell.js";
import { registerExtractColumns, registerExtractReader } from "../inputs/register-extract.js";
import { readTextFile } from "../io/read-text-file.js";
import { type CalendarDay, isoDate } from "../math/calendar-day.js";
import { forecastMethods } from "../forecast/methods.js";
import { type RegisterProjection, projectRegister } from "../register/project-register.js";
import { registerBacktest } from "../register/register-backtest.js";
import type { RegisterPerson } from "../register/register-person.js";
import type { Assumption, ProvenanceInput } from "../report/provenance.js";
import { registerBacktestCsv, registerBacktestParts } from "../report/register-backtest-section.js";
import { registerCsvFiles } from "../report/register-csv.js";
import { monthEndConvention, registerSection } from "../report/register-section.js";
import type { ReportParts } from "./report-parts.js";

/** What the register model is run on. */
export interface RegisterPartsInput {
  extractFile: string;
  /** The date the extract describes, YYYY-MM-DD. */
  asOf: string;
  /** The first day the extract holds everyone who left from, YYYY-MM-DD; by default its earliest left_on. */
  completeFrom?: string;
  horizonYears: number;
  paths: number;
  seed: number;
  levels: readonly number[];
}

/** The register's history and projection, ready to put in a report and an output folder. */
export interface RegisterParts extends ReportParts {
  projection: RegisterProjection;
}

/** Where the as-of and completeness dates were given, for messages: options by default, or a profile's JSON paths. */
export interface RegisterDateNames {
  asOf: string;
  completeFrom: string;
}

const optionNames: RegisterDateNames = { asOf: "--as-of", completeFrom: "--complete-from" };

/** A register extract read, checked and projected. */
export interface ProjectedRegisterExtract {
  people: RegisterPerson[];
  sha256: string;
  asOf: CalendarDay;
  projection: RegisterProjection;
}

/**
 * Reads and checks a register extract and projects it (`projectRegister`). The same extract (same
 * bytes) projected with the same settings again in one run is not projected twice.
 *
 * @throws {InputError} for a file that cannot be read or does not fit its format, or a completeness
 *   date that leaves no whole month of history
 */
export function projectRegisterExtract(input: RegisterPartsInput, names: RegisterDateNames = optionNames): ProjectedRegisterExtract {
  const asOf = parseDateCell(input.asOf);
  if (asOf === undefined) throw new InputError(`${names.asOf} ${input.asOf}: expected a date in 1900 or later; found an earlier one`);
  const completeFrom = input.completeFrom === undefined ? undefined : parseDateCell(input.completeFrom);
  if (input.completeFrom !== undefined && (completeFrom === undefined || completeFrom > asOf)) {
    throw new InputError(`${names.completeFrom} ${input.completeFrom}: expected a date from 1900 to the ${names.asOf} date ${input.asOf}; found a date outside it`);
  }
  const { text, sha256 } = readTextFile(input.extractFile);
  const key = JSON.stringify([input.extractFile, sha256, input.asOf, input.completeFrom ?? null, input.horizonYears, input.paths, input.seed, input.levels]);
  const done = projectedExtracts.get(key);
  if (done !== undefined) return done;
  const people: RegisterPerson[] = parseCsvTable(input.extractFile, text, registerExtractColumns, registerExtractReader(input.extractFile, { asOf }));
  if (people.length === 0) throw new InputError(`${input.extractFile}: expected at least one person below the header; found none`);

  const projection = projectRegister(people, {
    asOf,
    ...(completeFrom === undefined ? {} : { completeFrom }),
    horizonYears: input.horizonYears,
    paths: input.paths,
    seed: input.seed,
    levels: input.levels,
  });
  if (projection.history.months.length === 0) {
    const from = input.completeFrom === undefined ? `${input.extractFile}: the earliest left_on, ${isoDate(projection.history.completeFrom)},` : `${names.completeFrom} ${input.completeFrom}`;
    throw new InputError(`${from} leaves no whole month of history before the ${names.asOf} date ${input.asOf}: expected a completeness date at least a month earlier`);
  }
  const result = { people, sha256, asOf, projection };
  // one run (a report) may ask for the same projection from several stages; keep the latest few
  if (projectedExtracts.size >= 4) projectedExtracts.delete(projectedExtracts.keys().next().value!);
  projectedExtracts.set(key, result);
  return result;
}

const projectedExtracts = new Map<string, ProjectedRegisterExtract>();

/**
 * Reads and checks a register extract, reconstructs its history, projects it and makes the report
 * section and CSV files, for `mosovo register`.
 *
 * @throws {InputError} for a file that cannot be read or does not fit its format, or a completeness
 *   date that leaves no whole month of history
 */
export function registerParts(input: RegisterPartsInput, names: RegisterDateNames = optionNames): RegisterParts {
  const { people, sha256, asOf, projection } = projectRegisterExtract(input, names);

  const warnings: string[] = [];
  if (projection.history.months.length < 24) warnings.push(`The register's history has only ${projection.history.months.length} whole months: the joiners and the rates of other exits are learned from little.`);
  if (projection.inCustodyWithoutRelease > 0) warnings.push(`${projection.inCustodyWithoutRelease} people in custody at the as-of date have no expected release date; the projection keeps them in custody.`);
  const assumptions: Assumption[] = [
    { statement: monthEndConvention, source: "tool definition", isAssumption: true },
    {
      statement: `The extract holds everyone who left on or after ${isoDate(projection.history.completeFrom)}`,
      source: input.completeFrom === undefined ? `${input.extractFile}: its earliest left_on (give --complete-from to say otherwise)` : "--complete-from",
      isAssumption: true,
    },
    { statement: "People leave on their notification end date unless they leave earlier; an indefinite registration has no end date", source: "Sexual Offences Act 2003, section 82; the extract's notification_ends", isAssumption: false },
    { statement: "Only people with an indefinite notification requirement can be removed on review", source: "Sexual Offences Act 2003, sections 91A–91F (Remedial Order 2012)", isAssumption: false },
    { statement: "Deaths, moves away and removals happen at the rates the history shows, by age band, in every future month; joiners copy a recent joiner's notification length, custody, risk level and age", source: "tool default", isAssumption: true },
    { statement: "Risk levels do not change over the projection", source: "tool default", isAssumption: true },
  ];
  const backtest = registerBacktest(people, projection.history, {
    asOf,
    completeFrom: projection.history.completeFrom,
    paths: input.paths,
    seed: input.seed,
    levels: input.levels,
    methods: forecastMethods,
  });
  const backtestParts = registerBacktestParts(backtest);
  const section = registerSection(projection, { asOf: input.asOf });
  section.html += `\n${backtestParts.html}`;
  if (backtestParts.chart !== null) section.charts.push(backtestParts.chart);
  const inputs: ProvenanceInput[] = [{ file: input.extractFile, sha256, rowsUsed: people.length }];
  return {
    projection,
    sections: [section],
    files: [...registerCsvFiles(projection, { extractName: input.extractFile, asOf: input.asOf }), ["register-backtest.csv", registerBacktestCsv(backtest, input.levels)]],
    inputs,
    methodReferences: [
      { method: "Register projection", reference: "A monthly stock-and-flow microsimulation, as the Ministry of Justice projects the prison population (Prison Population Projections, technical note); Monte Carlo paths from Mulberry32 (seeded)" },
      { method: "Joiner forecast", reference: `${projection.joiners.method}: the project's forecasting engine on yearly joiners (Hyndman & Athanasopoulos, FPP3)` },
      { method: "Poisson draws", reference: "Knuth (TAOCP vol. 2, 3.4.1) below a mean of 10; Hörmann (1993) PTRS from 10" },
      { method: "Prediction ranges", reference: "Sample quantiles of the paths, R type 7 (Hyndman & Fan 1996)" },
    ],
    assumptions,
    warnings,
  };
}
