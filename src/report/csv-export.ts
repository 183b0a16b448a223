import { NonFiniteFigureError } from "../errors.js";

/** A cell of an output CSV: text, a number, or empty. */
export type CsvCell = string | number | null;

/**
 * Formats a table as CSV for Excel and Power BI: comma-separated, every line ended by CRLF as RFC 4180
 * says, text quoted when it must be.
 *
 * Numbers are written with at most `decimals` decimal places (default 4), trailing zeros dropped, so the
 * same result always gives the same bytes. A text cell that Excel would run as a formula (starting
 * with `=`, `+`, `-`, `@`, tab or carriage return) gets a leading apostrophe, as OWASP advises against
 * CSV injection; numbers are never changed.
 */
export function formatCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], decimals = 4): string {
  const lines = [header, ...rows].map((row) =>
    row
      .map((cell, column) => {
        if (typeof cell === "number" && !Number.isFinite(cell)) throw new NonFiniteFigureError(`column ${header[column] ?? column + 1} of an output CSV`, cell);
        return formatCell(cell, decimals);
      })
      .join(","),
  );
  return lines.map((line) => `${line}\r\n`).join("");
}

function formatCell(cell: CsvCell, decimals: number): string {
  if (cell === null) return "";
  if (typeof cell === "number") return formatNumber(cell, decimals);
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A number as text with at most `decimals` decimal places and no trailing zeros; never `-0`.
 *
 * @throws {NonFiniteFigureError} (bad input, exit 2) for NaN or an infinity, which no output may hold
 */
export function formatNumber(value: number, decimals = 4): string {
  if (!Number.isFinite(value)) throw new NonFiniteFigureError("a figure of the outputs", value);
  const fixed = value.toFixed(decimals);
  const text = fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
  return text === "-0" ? "0" : text;
}
