import { escapeHtml } from "./escape-html.js";
import { readableNumber } from "./readable-number.js";

/** One column of a report table. */
export interface TableColumn {
  /** Heading, as plain text (escaped here). */
  label: string;
  /** Numbers are right-aligned so their digits line up; text is left-aligned. Default: left. */
  align?: "left" | "right";
  /** Decimal places every number in the column is shown with. Default 0. */
  decimals?: number;
  /** Keep each cell on one line, as for a date in a table of many columns. Default: wrap. */
  noWrap?: boolean;
}

/**
 * A cell: plain text (escaped here), a number (shown with the column's decimals and commas between
 * thousands), `null` for no value (shown as a dash), or markup that has already been escaped.
 */
export type TableCell = string | number | null | { html: string };

/**
 * An HTML table with escaped text and numbers formatted through `formatNumber`. Alignment is set by
 * class, never by a `style` attribute, which the report's Content-Security-Policy would block. Every
 * table sits in a block that scrolls sideways on a narrow screen; one of more than seven columns is set
 * in smaller type.
 *
 * @throws {RangeError} if a row has more or fewer cells than there are columns
 */
export function htmlTable(
  columns: readonly TableColumn[],
  rows: readonly (readonly TableCell[])[],
  { caption }: { caption?: string } = {},
): string {
  const headings = columns.map((column) => `<th scope="col"${alignment(column)}>${escapeHtml(column.label)}</th>`);
  const body = rows.map((row, rowIndex) => {
    if (row.length !== columns.length) {
      throw new RangeError(`table row ${rowIndex + 1} has ${row.length} cells for ${columns.length} columns`);
    }
    const cells = row.map((cell, i) => `<td${alignment(isDateText(cell) ? { ...columns[i], noWrap: true } : columns[i])}>${cellHtml(cell, columns[i].decimals ?? 0)}</td>`);
    return `<tr>${cells.join("")}</tr>`;
  });
  // a table of many columns gets smaller type; every table scrolls sideways inside its box on a narrow
  // screen rather than spilling over the page, and on a wide one may reach past the text column
  const wide = columns.length > 7;
  return [
    '<div class="table-scroll">',
    wide ? '<table class="wide">' : "<table>",
    ...(caption === undefined ? [] : [`<caption>${escapeHtml(caption)}</caption>`]),
    `<thead><tr>${headings.join("")}</tr></thead>`,
    "<tbody>",
    ...body,
    "</tbody>",
    "</table>",
    "</div>",
  ].join("\n");
}

function alignment(column: TableColumn): string {
  const classes = [...(column.align === "right" ? ["number"] : []), ...(column.noWrap === true ? ["nowrap"] : [])];
  return classes.length === 0 ? "" : ` class="${classes.join(" ")}"`;
}

/** A date or month as reports write them (`2026-03`, `2026-03-31`, `31 March 2026`, `March 2026`): never broken over two lines. */
function isDateText(cell: TableCell): boolean {
  return typeof cell === "string" && /^(\d{4}-\d{2}(-\d{2})?|(\d{1,2} )?[A-Z][a-z]+ \d{4})$/.test(cell);
}

function cellHtml(cell: TableCell, decimals: number): string {
  if (cell === null) return "—";
  if (typeof cell === "number") return readableNumber(cell, decimals);
  if (typeof cell === "string") return escapeHtml(cell);
  return cell.html;
}
