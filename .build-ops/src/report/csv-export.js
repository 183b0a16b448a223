/**
 * Formats a table as CSV for Excel and Power BI: comma-separated, every line ended by CRLF as RFC 4180
 * says, text quoted when it must be.
 *
 * Numbers are written with at most `decimals` decimal places (default 4), trailing zeros dropped, so the
 * same result always gives the same bytes. A text cell that Excel would run as a formula (starting
 * with `=`, `+`, `-`, `@`, tab or carriage return) gets a leading apostrophe, as OWASP advises against
 * CSV injection; numbers are never changed.
 */
export function formatCsv(header, rows, decimals = 4) {
    const lines = [header, ...rows].map((row) => row.map((cell) => formatCell(cell, decimals)).join(","));
    return lines.map((line) => `${line}\r\n`).join("");
}
function formatCell(cell, decimals) {
    if (cell === null)
        return "";
    if (typeof cell === "number")
        return formatNumber(cell, decimals);
    const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
/**
 * A number as text with at most `decimals` decimal places and no trailing zeros; never `-0`.
 *
 * @throws {RangeError} for NaN or an infinity, which no output should ever hold
 */
export function formatNumber(value, decimals = 4) {
    if (!Number.isFinite(value))
        throw new RangeError(`cannot write ${value} to an output`);
    const fixed = value.toFixed(decimals);
    const text = fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
    return text === "-0" ? "0" : text;
}
