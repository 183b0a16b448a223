import { InputError } from "../errors.js";
import { type CalendarDay, isoDate } from "../math/calendar-day.js";
import type { Abstraction } from "../operations/abstractions.js";
import type { CsvColumns, CsvRow } from "./csv-table.js";
import { dateCellExpectation, parseDateCell } from "./date-cell.js";

/** The columns of an abstractions extract. */
export const abstractionColumns: CsvColumns = { required: ["date", "staff_ref", "hours", "reason"] };

const reasonPattern = /^[a-z0-9][a-z0-9 _\-/&]{0,39}$/;

/**
 * The check of an abstractions extract's rows (hours one member of staff spent away from their cases on
 * one day, with the reason), one row at a time in the file's order: each becomes an `Abstraction`, and
 * the first cell that does not fit stops the reading, naming its file, line and column. The reader
 * numbers staff in order of first appearance; use a new reader for each file.
 *
 * - `date`: `YYYY-MM-DD` or `DD/MM/YYYY`, on or before the as-of date.
 * - `staff_ref`: any non-blank reference. It is replaced by a number in order of first appearance and
 *   goes no further, so no output can show it.
 * - `hours`: above 0 and at most 24, decimals allowed (7.5).
 * - `reason`: a short label of up to 40 letters, digits, spaces, `_ - / &`, such as `annual_leave` or
 *   `other duties`; read in lower case with runs of spaces made one. Reasons are printed in outputs,
 *   so they must be categories, never free text about a person.
 *
 * @param asOf the date the extract describes, from `--as-of`
 * @throws {InputError} for the first cell that does not fit
 */
export function abstractionReader(file: string, { asOf }: { asOf: CalendarDay }): (row: CsvRow) => Abstraction {
  const staffNumbers = new Map<string, number>();
  return ({ line, cells }) => {
    const refuse = (column: string, expected: string): never => {
      throw new InputError(`${file}, line ${line}, column ${column}: expected ${expected}; found "${cells[column]}"`);
    };

    const day = parseDateCell(cells.date) ?? refuse("date", dateCellExpectation);
    if (day > asOf) refuse("date", `a date on or before the --as-of date ${isoDate(asOf)}`);

    const staffRef = cells.staff_ref;
    if (staffRef === "") refuse("staff_ref", "a reference for the member of staff, such as OM-17");
    let staffNumber = staffNumbers.get(staffRef);
    if (staffNumber === undefined) {
      staffNumber = staffNumbers.size;
      staffNumbers.set(staffRef, staffNumber);
    }

    const hours = /^\d+(\.\d+)?$/.test(cells.hours) ? Number(cells.hours) : NaN;
    if (!(hours > 0 && hours <= 24)) refuse("hours", "hours away from cases that day, a number above 0 and at most 24, such as 7.5");

    const reason = cells.reason.toLowerCase().replace(/\s+/g, " ");
    if (!reasonPattern.test(reason)) {
      refuse("reason", "a category of up to 40 letters, digits, spaces, underscores, hyphens, slashes or ampersands, such as annual_leave");
    }

    return { day, staffNumber, hours, reason };
  };
}

/** Every row of a read table through `abstractionReader`, in order. */
export function parseAbstractions(file: string, rows: readonly CsvRow[], options: { asOf: CalendarDay }): Abstraction[] {
  return rows.map(abstractionReader(file, options));
}
