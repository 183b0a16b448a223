import { CsvError, parse } from "csv-parse/sync";
import { InputError } from "../errors.js";
import { hasControlCharacterBesidesLineBreakOrTab } from "../terminal-text.js";

/** A row as read from a CSV file, before any checking. */
export interface CsvRow {
  /** Line of the file the row starts on; the header is line 1. */
  line: number;
  /** Cell text keyed by column header, trimmed of surrounding spaces. */
  cells: Readonly<Record<string, string>>;
}

/** Longest cell read, in characters; a longer one is refused before any check looks at it. */
export const maximumCellLength = 10_000;

/** The columns a file must have, and those it may have. Any other column is refused. */
export interface CsvColumns {
  required: readonly string[];
  optional?: readonly string[];
}

/**
 * Splits CSV text into rows keyed by the header, with the line each row starts on, and checks the
 * header against the columns the file must and may have. Accepts what Excel writes: CRLF, LF or CR
 * line ends (mixed, too; a line break inside a quoted cell is read as LF), quoted cells, blank lines
 * (skipped). Header names are matched without regard to case or
 * surrounding spaces and are given back in lower case.
 *
 * With `convert`, each row is handed to it as soon as its piece of the text is read (some thousands of
 * rows at a time) and only what it returns is kept, so a quarter-million-row extract never holds its
 * rows' text and its checked records at once; an `InputError` it throws stops the reading and reaches
 * the caller unchanged.
 *
 * @param file the path as the user gave it, for messages
 * @param convert checks one row and returns what to keep of it (never null or undefined)
 * @throws {InputError} for an empty file, a malformed line, a missing or unknown column (a header that
 *   looks separated by semicolons, as Excel saves CSV where the comma is the decimal mark, is named as
 *   such), a row with more or fewer cells than the header, or a cell longer than `maximumCellLength`
 */
export function parseCsvTable(file: string, text: string, columns: CsvColumns): CsvRow[];
export function parseCsvTable<Row extends object>(file: string, text: string, columns: CsvColumns, convert: (row: CsvRow) => Row): Row[];
export function parseCsvTable(file: string, text: string, columns: CsvColumns, convert: (row: CsvRow) => object = (row) => row): object[] {
  // one line end throughout, so that lines are counted as an editor counts them whatever the mix
  const normalised = text.replace(/\r\n?/g, "\n");
  let header: string[] | undefined;
  const rows: object[] = [];
  // the text is read a piece of whole records at a time, each piece's records checked before the next is
  // read; every line gives a record (a blank one, one empty cell), so the line each record starts on is
  // the count of the lines before it: csv-parse is not asked for each record's details, which costs
  // more than the reading
  let line = 1;
  for (const piece of recordPieces(normalised, pieceCharacters)) {
    let records: string[][];
    try {
      records = parse(piece.text, { bom: piece.start === 0, record_delimiter: "\n", skip_empty_lines: false, relax_column_count: true, trim: true }) as string[][];
    } catch (error) {
      // only csv-parse's own errors describe the text; anything else is a bug
      if (!(error instanceof CsvError)) throw error;
      const { message, lines, code } = error as { message: string; lines?: number; code?: string };
      // csv-parse reports an unclosed quote at the end of the text; the analyst needs the line it opens on
      const where = code === "CSV_QUOTE_NOT_CLOSED" ? lineOfUnclosedQuote(normalised) : lines === undefined ? undefined : line - 1 + lines;
      throw new InputError(`${file}${where === undefined ? "" : `, line ${where}`}: expected well-formed CSV; found ${describeCsvError(message)}`);
    }
    for (const record of records) {
      const recordLine = line;
      line += 1 + lineBreaks(record);
      // a blank line, or a line of nothing but commas as Excel leaves below a table, is skipped
      if (record.every((cell) => cell === "")) continue;
      checkCells(file, recordLine, record, header);
      if (header === undefined) {
        header = record.map((name) => name.toLowerCase());
        checkHeader(file, recordLine, header, columns);
        continue;
      }
      if (record.length !== header.length) {
        throw new InputError(`${file}, line ${recordLine}: expected ${header.length} cells (${header.join(", ")}); found ${record.length}`);
      }
      const cells: Record<string, string> = {};
      header.forEach((name, index) => {
        cells[name] = record[index];
      });
      rows.push(convert({ line: recordLine, cells }));
    }
  }
  if (header === undefined) {
    throw new InputError(`${file}: expected a header line naming the columns ${columns.required.join(", ")}; found an empty file`);
  }
  return rows;
}

/** About how much text is read at a time: a few thousand rows of an extract. */
const pieceCharacters = 256 * 1024;

/**
 * The text in pieces of about `size` characters, each ending with a line end outside any quoted cell
 * (or at the end of the text), so that no record is split between two. A quoted cell opens and closes
 * with a quote and writes a quote inside as two, so a line end is outside every quoted cell when the
 * quotes before it are even in number. A quote out of place makes the piece it is in longer, never
 * shorter, and csv-parse refuses it in that piece.
 */
function* recordPieces(text: string, size: number): Generator<{ start: number; text: string }> {
  let start = 0;
  while (start < text.length) {
    let end = text.length;
    let quotes = 0;
    let counted = start;
    for (let lineEnd = text.indexOf("\n", start + size); lineEnd !== -1; lineEnd = text.indexOf("\n", lineEnd + 1)) {
      for (let quote = text.indexOf('"', counted); quote !== -1 && quote < lineEnd; quote = text.indexOf('"', quote + 1)) quotes += 1;
      counted = lineEnd;
      if (quotes % 2 === 0) {
        end = lineEnd + 1;
        break;
      }
    }
    yield { start, text: text.slice(start, end) };
    start = end;
  }
}

/** Line breaks inside a record's quoted cells (Alt+Enter in Excel): the lines the record spans, less one. */
function lineBreaks(record: readonly string[]): number {
  let breaks = 0;
  for (const cell of record) {
    for (let index = cell.indexOf("\n"); index >= 0; index = cell.indexOf("\n", index + 1)) breaks += 1;
  }
  return breaks;
}

/**
 * Refuses a cell too long to be a value, and one holding a control character other than a line break
 * (Alt+Enter in Excel) or a tab: an escape code, a C1 control or a bidi override has no place in an
 * extract and would recolour a terminal or reorder a report's text.
 */
function checkCells(file: string, line: number, record: readonly string[], header: readonly string[] | undefined): void {
  record.forEach((cell, index) => {
    const column = header?.[index] ?? String(index + 1);
    if (cell.length > maximumCellLength) {
      throw new InputError(`${file}, line ${line}, column ${column}: expected a cell of at most ${maximumCellLength} characters; found one of ${cell.length}`);
    }
    if (hasControlCharacterBesidesLineBreakOrTab(cell)) {
      throw new InputError(
        `${file}, line ${line}, column ${column}: expected text without control characters (such as ESC, or a bidi override); found "${cell}"`,
      );
    }
  });
}

function checkHeader(file: string, line: number, header: readonly string[], columns: CsvColumns): void {
  const allowed = [...columns.required, ...(columns.optional ?? [])];
  const semicolonSeparated = header.find((name) => name.includes(";") && name.split(";").some((part) => allowed.includes(part.trim())));
  if (semicolonSeparated !== undefined) {
    throw new InputError(
      `${file}, line ${line}: expected columns separated by commas (${columns.required.join(",")}); found "${semicolonSeparated}", which looks separated by semicolons, as Excel saves CSV where the comma is the decimal mark. Save it again with Save As → "CSV UTF-8 (Comma delimited)" after setting Excel's decimal separator to "." (File → Options → Advanced), or replace each ; with , in a text editor if no number has a decimal comma`,
    );
  }
  header.forEach((name, index) => {
    if (name === "") {
      throw new InputError(`${file}, line ${line}, column ${index + 1}: expected a column name; found an empty one`);
    }
    if (!allowed.includes(name)) {
      throw new InputError(`${file}, line ${line}, column ${name}: expected one of the columns ${allowed.join(", ")}; found "${name}"`);
    }
    if (header.indexOf(name) !== index) {
      throw new InputError(`${file}, line ${line}, column ${name}: expected each column once; found "${name}" twice`);
    }
  });
  const missing = columns.required.filter((name) => !header.includes(name));
  if (missing.length > 0) {
    throw new InputError(`${file}, line ${line}: expected the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}; found only ${header.join(", ")}`);
  }
}

/** The line of the quote that opens a cell and is never closed; a doubled quote inside a cell toggles twice. */
function lineOfUnclosedQuote(text: string): number | undefined {
  let opening: number | undefined;
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '"') opening = opening === undefined ? index : undefined;
  }
  return opening === undefined ? undefined : text.slice(0, opening).split("\n").length;
}

/** csv-parse's messages name its own options; keep the part an analyst can act on. */
function describeCsvError(message: string): string {
  if (/quote/i.test(message)) return "a quote that is not closed or is followed by other text";
  return message.replace(/^Invalid Record Length: /, "").replace(/\s+/g, " ").slice(0, 200);
}
