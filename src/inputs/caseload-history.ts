import { z } from "zod";
import { InputError } from "../errors.js";
import { parseCsvTable, type CsvRow } from "./csv-table.js";
import { parseWithoutCompiling } from "./parse-without-compiling.js";

/** How far a figure can be trusted, as the bundled data files record it. */
export type FigureQuality = "published" | "secondary" | "rounded" | "derived" | "unknown";

/**
 * The number of registered sex offenders at the end of one year, as given by one row of a caseload history
 * file. A row that gives `community` or `custody` splits its `rsos` into the two, and the parser fills in
 * the other as `rsos` less the one given, so such a row has both; a row that gives neither has neither.
 */
export interface CaseloadObservation {
  /** Line of the file the row is on; the header is line 1. */
  line: number;
  /** The date the year ends on, YYYY-MM-DD, whichever way the file wrote it. */
  periodEnding: string;
  /**
   * The file's `rsos`, above 0: everyone on the register where the row splits it into community and
   * custody; otherwise read as the count in the community (the basis of the yearly MAPPA figures).
   */
  registeredSexOffenders: number;
  /**
   * `published` (as printed), `secondary` (quoted second-hand), `rounded` (printed rounded), `derived`
   * (worked out from published figures), or `unknown` where the file has no `quality` or leaves it blank.
   */
  quality: FigureQuality;
  /** Where the figure comes from, as the file says; empty if it does not say. */
  source: string;
  /** Of the `rsos`, people living in the community, above 0; absent when the row gives no split. */
  community?: number;
  /** Of the `rsos`, people in custody; absent when the row gives no split. */
  custody?: number;
}

/** Most people a count may give: ten times the register of England and Wales. */
export const maximumPeople = 1_000_000;
/** Most years from the first period to the last: longer says nothing of next year's caseload. */
export const maximumHistoryYears = 100;
const tooManyPeople = "a number of people up to 1,000,000 (ten times the register of England and Wales)";

const columns = { required: ["year_ending", "rsos"], optional: ["quality", "source", "community", "custody"] };

const periodExpected = "a date written 2025-03-31 or 31/03/2025, or a financial year such as 2024/25";
const countExpected = "a whole number of people, such as 1188 or 73,047";
const qualities = ["published", "secondary", "rounded", "derived"] as const;

// Each check's message completes "expected …"; the cell's text is quoted after it as found.
const caseloadRow = z.object({
  year_ending: z.string().transform((text, context) => {
    const period = readPeriodEnding(text);
    if ("expected" in period) {
      context.addIssue({ code: "custom", message: period.expected });
      return z.NEVER;
    }
    return period.date;
  }),
  rsos: wholeNumber(`${countExpected}, above 0 (leave out a year that has no figure)`, 1),
  quality: z
    .string()
    .transform((text) => text.toLowerCase())
    .pipe(z.enum([...qualities, ""], `one of ${qualities.join(", ")}, or blank`))
    .transform((quality): FigureQuality => (quality === "" ? "unknown" : quality))
    .optional(),
  source: z.string().optional(),
  community: optionalCount(),
  custody: optionalCount(),
});

/**
 * Checks a caseload history file and turns each row into an observation. Accepts the period as an ISO
 * date (`2025-03-31`), a UK date (`31/03/2025`) or a financial year (`2024/25`, the year ending 31 March
 * 2025), and counts with or without thousands separators (`"73,047"`). Refuses, naming the file, line
 * and column: a blank, negative, fractional or non-numeric count (a blank is never read as 0); an `rsos`
 * of 0 (a force's register is never empty, so a 0 is almost always a year with no figure, which should be
 * left out; growth rates also need counts above 0); a `quality` other than published, secondary,
 * rounded or derived; the same period twice; a period that ends on a different day of the year from the
 * others; and a file with no rows of data. A row may split its `rsos` with `community`, `custody` or both:
 * both must add up to `rsos`, one alone must leave people in the community (the other is `rsos` less it),
 * and a file that splits one row must split every row, so that one counting basis runs through the series. Within a line, the leftmost bad cell is named. Rows are
 * returned in the file's order; `annualSeries` sorts them and fills any missing years.
 *
 * @param file the path as the user gave it, for messages
 * @param text the file's content (a byte-order mark, CRLF line ends and blank lines are allowed)
 * @throws {InputError} for the first thing in the file that does not fit
 */
export function parseCaseloadHistory(file: string, text: string): CaseloadObservation[] {
  const rows = parseCsvTable(file, text, columns);
  if (rows.length === 0) {
    throw new InputError(`${file}: expected at least one row of data below the header; found none`);
  }
  const observations = rows.map((row) => parseRow(file, row));
  checkSameDayOfYear(file, rows, observations);
  checkEachPeriodOnce(file, rows, observations);
  checkEveryRowSplitOrNone(file, rows, observations);
  checkSpan(file, rows, observations);
  return observations;
}

function parseRow(file: string, row: CsvRow): CaseloadObservation {
  const result = caseloadRow.safeParse(row.cells, parseWithoutCompiling);
  if (!result.success) {
    // report the leftmost cell that does not fit, as the analyst reads the line
    const order = Object.keys(row.cells);
    const [issue] = [...result.error.issues].sort(
      (a, b) => order.indexOf(String(a.path[0])) - order.indexOf(String(b.path[0])),
    );
    const column = String(issue.path[0]);
    throw cellError(file, row, column, issue.message);
  }
  const { year_ending, rsos, quality, source, community, custody } = result.data;
  return {
    line: row.line,
    periodEnding: year_ending,
    registeredSexOffenders: rsos,
    quality: quality ?? "unknown",
    source: source ?? "",
    ...split(file, row, rsos, community, custody),
  };
}

/**
 * The row's community and custody, each filled in from `rsos` where the row gives only the other, so
 * that people in custody are counted once: `rsos` = community + custody.
 */
function split(file: string, row: CsvRow, rsos: number, community: number | undefined, custody: number | undefined): { community?: number; custody?: number } {
  if (community === undefined && custody === undefined) return {};
  if (community !== undefined && custody !== undefined) {
    if (community + custody !== rsos) {
      const sum = `${community} + ${custody} = ${community + custody}`;
      throw cellError(file, row, "rsos", `the line's community and custody added up, ${sum}, as a row that splits its rsos counts everyone on the register`);
    }
    if (community === 0) throw cellError(file, row, "community", "people in the community, above 0");
    return { community, custody };
  }
  if (community !== undefined) {
    if (community === 0 || community > rsos) throw cellError(file, row, "community", `people in the community, above 0 and at most the line's rsos (${rsos})`);
    return { community, custody: rsos - community };
  }
  const inCustody = custody ?? 0;
  if (inCustody >= rsos) throw cellError(file, row, "custody", `fewer people in custody than the line's rsos (${rsos}), leaving people in the community`);
  return { community: rsos - inCustody, custody: inCustody };
}

/** A history either splits every row into community and custody, or none, so the series has one counting basis. */
function checkEveryRowSplitOrNone(file: string, rows: readonly CsvRow[], observations: readonly CaseloadObservation[]): void {
  const splitIndex = observations.findIndex((observation) => observation.community !== undefined);
  if (splitIndex < 0) return;
  const unsplit = observations.findIndex((observation) => observation.community === undefined);
  if (unsplit < 0) return;
  const column = "community" in rows[unsplit].cells ? "community" : "custody";
  throw cellError(file, rows[unsplit], column, `a community or custody figure, as on line ${rows[splitIndex].line}: split the rsos on every line or on none`);
}

function cellError(file: string, row: CsvRow, column: string, expected: string): InputError {
  return new InputError(`${file}, line ${row.line}, column ${column}: expected ${expected}; found "${row.cells[column]}"`);
}

/**
 * A period is a year only if every period ends on the same day of the year; the day most rows use is
 * taken as the intended one (the first in the file on a tie), so the odd row out is the one named.
 */
function checkSameDayOfYear(file: string, rows: readonly CsvRow[], observations: readonly CaseloadObservation[]): void {
  const days = observations.map((observation) => observation.periodEnding.slice(5));
  const counts = new Map<string, number>();
  for (const day of days) counts.set(day, (counts.get(day) ?? 0) + 1);
  // Map keeps first-seen order, so on a tie the day that appears first in the file wins
  let usual = days[0];
  for (const [day, count] of counts) if (count > (counts.get(usual) ?? 0)) usual = day;
  const odd = days.findIndex((day) => day !== usual);
  if (odd >= 0) {
    const example = days.indexOf(usual);
    throw cellError(file, rows[odd], "year_ending", `a period ending on ${dayOfYear(usual)}, as on line ${rows[example].line}`);
  }
}

/** Refuses a history whose periods lie more than `maximumHistoryYears` apart, naming the later row. */
function checkSpan(file: string, rows: readonly CsvRow[], observations: readonly CaseloadObservation[]): void {
  let first = 0;
  let last = 0;
  observations.forEach((observation, index) => {
    if (observation.periodEnding < observations[first].periodEnding) first = index;
    if (observation.periodEnding > observations[last].periodEnding) last = index;
  });
  const years = Number(observations[last].periodEnding.slice(0, 4)) - Number(observations[first].periodEnding.slice(0, 4));
  if (years > maximumHistoryYears) {
    const expected = `periods at most ${maximumHistoryYears} years after the first, the year ending ${observations[first].periodEnding} on line ${rows[first].line}`;
    throw cellError(file, rows[last], "year_ending", expected);
  }
}

function checkEachPeriodOnce(file: string, rows: readonly CsvRow[], observations: readonly CaseloadObservation[]): void {
  const firstIndex = new Map<string, number>();
  observations.forEach((observation, index) => {
    const first = firstIndex.get(observation.periodEnding);
    if (first === undefined) {
      firstIndex.set(observation.periodEnding, index);
      return;
    }
    const expected = `each period once, but line ${rows[first].line} already gives the year ending ${observation.periodEnding}`;
    throw cellError(file, rows[index], "year_ending", expected);
  });
}

/** Reads `2025-03-31`, `31/03/2025` or `2024/25` as an ISO date, or says what was expected instead. */
function readPeriodEnding(text: string): { date: string } | { expected: string } {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const financialYear = /^(\d{4})\/(\d{2})$/.exec(text);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (uk) return calendarDate(Number(uk[3]), Number(uk[2]), Number(uk[1]));
  if (financialYear) {
    const startYear = Number(financialYear[1]);
    if ((startYear + 1) % 100 !== Number(financialYear[2])) {
      return { expected: "a financial year of two consecutive years, such as 2024/25" };
    }
    return calendarDate(startYear + 1, 3, 31);
  }
  return { expected: periodExpected };
}

function calendarDate(year: number, month: number, day: number): { date: string } | { expected: string } {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { expected: "a date that exists, such as 2025-03-31 or 31/03/2025 (day before month)" };
  }
  return { date: date.toISOString().slice(0, 10) };
}

/** A cell holding a whole number of at least `minimum`, with or without thousands separators. */
function wholeNumber(expected: string, minimum: number) {
  return z.string().transform((text, context) => {
    const value = readWholeNumber(text);
    if (value === undefined || value < minimum) {
      context.addIssue({ code: "custom", message: expected });
      return z.NEVER;
    }
    if (value > maximumPeople) {
      context.addIssue({ code: "custom", message: tooManyPeople });
      return z.NEVER;
    }
    return value;
  });
}

/** An optional count column: a blank cell means "not given", never 0. */
function optionalCount() {
  const expected = `${countExpected}, or blank`;
  return z
    .string()
    .transform((text, context) => {
      const value = readWholeNumber(text);
      if (text !== "" && value === undefined) {
        context.addIssue({ code: "custom", message: expected });
        return z.NEVER;
      }
      if (value !== undefined && value > maximumPeople) {
        context.addIssue({ code: "custom", message: tooManyPeople });
        return z.NEVER;
      }
      return value;
    })
    .optional();
}

/** `1188` or `73,047` → the number; anything else (blank, `-5`, `1.5`, `1,2345`, `n/a`) → undefined. */
function readWholeNumber(text: string): number | undefined {
  if (!/^(\d{1,3}(,\d{3})+|\d+)$/.test(text)) return undefined;
  const value = Number(text.replaceAll(",", ""));
  return Number.isSafeInteger(value) ? value : undefined;
}

const monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** `03-31` → `31 March`. */
function dayOfYear(monthDay: string): string {
  const [month, day] = monthDay.split("-").map(Number);
  return `${day} ${monthNames[month - 1]}`;
}
