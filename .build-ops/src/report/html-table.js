import { escapeHtml } from "./escape-html.js";
import { readableNumber } from "./readable-number.js";
/**
 * An HTML table with escaped text and numbers formatted through `formatNumber`. Alignment is set by
 * class, never by a `style` attribute, which the report's Content-Security-Policy would block.
 *
 * @throws {RangeError} if a row has more or fewer cells than there are columns
 */
export function htmlTable(columns, rows, { caption } = {}) {
    const headings = columns.map((column) => `<th scope="col"${alignment(column)}>${escapeHtml(column.label)}</th>`);
    const body = rows.map((row, rowIndex) => {
        if (row.length !== columns.length) {
            throw new RangeError(`table row ${rowIndex + 1} has ${row.length} cells for ${columns.length} columns`);
        }
        const cells = row.map((cell, i) => `<td${alignment(columns[i])}>${cellHtml(cell, columns[i].decimals ?? 0)}</td>`);
        return `<tr>${cells.join("")}</tr>`;
    });
    return [
        "<table>",
        ...(caption === undefined ? [] : [`<caption>${escapeHtml(caption)}</caption>`]),
        `<thead><tr>${headings.join("")}</tr></thead>`,
        "<tbody>",
        ...body,
        "</tbody>",
        "</table>",
    ].join("\n");
}
function alignment(column) {
    return column.align === "right" ? ' class="number"' : "";
}
function cellHtml(cell, decimals) {
    if (cell === null)
        return "—";
    if (typeof cell === "number")
        return readableNumber(cell, decimals);
    if (typeof cell === "string")
        return escapeHtml(cell);
    return cell.html;
}
