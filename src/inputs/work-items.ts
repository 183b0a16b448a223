import { InputError } from "../errors.js";
import { type CalendarDay, isoDate } from "../math/calendar-day.js";
import { type ItemType, type RiskLevel, type WorkItem, itemTypes, riskLevels } from "../operations/work-item.js";
import type { CsvColumns, CsvRow } from "./csv-table.js";
import { dateCellExpectation, parseDateCell } from "./date-cell.js";

/** The columns of a work-item extract; every one must be present, though the last two may be blank. */
export const workItemColumns: CsvColumns = {
  required: ["item_id", "item_type", "risk_level", "due_date", "completed_date", "reviewed_date"],
};

/**
 * The check of a work-item extract's rows (one ARMS assessment, risk management plan or home visit per
 * row), one row at a time in the file's order: each becomes a `WorkItem`, and the first cell that does
 * not fit stops the reading, naming its file, line and column. The reader remembers the item_ids it has
 * seen, to refuse a repeat; use a new reader for each file.
 *
 * Accepted: dates as `YYYY-MM-DD` or `DD/MM/YYYY`; item types and risk levels in any case, with spaces
 * or hyphens for underscores (`Home visit`, `very-high`); completion before the due date.
 * Refused: a blank or repeated `item_id` (naming both lines); a completion or review after the as-of
 * date (the extract cannot know the future, so such a date means a wrong `--as-of` or a wrong cell);
 * a review of work not completed, or dated before its completion.
 *
 * The `item_id` is used only to find duplicates: it is not part of the `WorkItem`, so no output can
 * show it.
 *
 * @param asOf the date the extract describes, from `--as-of`
 * @throws {InputError} for the first cell that does not fit
 */
export function workItemReader(file: string, { asOf }: { asOf: CalendarDay }): (row: CsvRow) => WorkItem {
  const lineOfItem = new Map<string, number>();
  return ({ line, cells }) => {
    const refuse = (column: string, expected: string): never => {
      throw new InputError(`${file}, line ${line}, column ${column}: expected ${expected}; found "${cells[column]}"`);
    };

    const itemId = cells.item_id;
    if (itemId === "") refuse("item_id", "a reference for the item, such as WI-000123");
    const firstLine = lineOfItem.get(itemId);
    if (firstLine !== undefined) {
      throw new InputError(`${file}, line ${line}, column item_id: expected each item_id once; found "${itemId}" again, first on line ${firstLine}`);
    }
    lineOfItem.set(itemId, line);

    const itemType = choice(cells.item_type, itemTypes) ?? refuse("item_type", `one of ${itemTypes.join(", ")}`);
    const riskLevel = choice(cells.risk_level, riskLevels) ?? refuse("risk_level", `one of ${riskLevels.join(", ")}`);
    const dueDay = parseDateCell(cells.due_date) ?? refuse("due_date", dateCellExpectation);

    const completedDay = optionalDate(cells.completed_date, () => refuse("completed_date", `${dateCellExpectation}, or blank while the item is outstanding`));
    if (completedDay !== null && completedDay > asOf) refuse("completed_date", `a date on or before the --as-of date ${isoDate(asOf)}`);

    const reviewedDay = optionalDate(cells.reviewed_date, () => refuse("reviewed_date", `${dateCellExpectation}, or blank while not yet reviewed`));
    if (reviewedDay !== null) {
      if (completedDay === null) refuse("reviewed_date", "a blank cell while completed_date is blank (only completed work is reviewed)");
      else if (reviewedDay < completedDay) refuse("reviewed_date", `a date on or after the completed_date ${isoDate(completedDay)}`);
      if (reviewedDay > asOf) refuse("reviewed_date", `a date on or before the --as-of date ${isoDate(asOf)}`);
    }

    return { itemType: itemType as ItemType, riskLevel: riskLevel as RiskLevel, dueDay, completedDay, reviewedDay };
  };
}

/** Every row of a read table through `workItemReader`, in order. */
export function parseWorkItems(file: string, rows: readonly CsvRow[], options: { asOf: CalendarDay }): WorkItem[] {
  return rows.map(workItemReader(file, options));
}

/** The allowed value the text names, in any case and with spaces or hyphens for underscores. */
function choice<Value extends string>(text: string, allowed: readonly Value[]): Value | undefined {
  if ((allowed as readonly string[]).includes(text)) return text as Value;
  const normalised = text.toLowerCase().replace(/[\s-]+/g, "_");
  return allowed.find((value) => value === normalised);
}

function optionalDate(text: string, refuse: () => never): CalendarDay | null {
  if (text === "") return null;
  return parseDateCell(text) ?? refuse();
}
