import { InputError } from "../errors.js";
import { type CalendarDay, dateParts, isoDate } from "../math/calendar-day.js";
import { type LeftReason, type RegisterPerson, type RegisterRiskLevel, leftReasons } from "../register/register-person.js";
import type { CsvColumns, CsvRow } from "./csv-table.js";
import { dateCellExpectation, parseDateCell } from "./date-cell.js";

/** The columns of a register extract: all but `birth_year` must be present, though most may be blank. */
export const registerExtractColumns: CsvColumns = {
  required: [
    "person_ref",
    "registered_on",
    "notification_ends",
    "left_on",
    "left_reason",
    "risk_level",
    "custody_from",
    "custody_until",
    "expected_release",
  ],
  optional: ["birth_year"],
};

const assessedLevels = ["very_high", "high", "medium", "low"] as const;

/**
 * The check of a register extract's rows (one person on the force's register at any time in the
 * extract per row), one row at a time in the file's order: each becomes a `RegisterPerson`, and the
 * first cell that does not fit stops the reading, naming its file, line and column. The reader
 * remembers the person_refs it has seen, to refuse a repeat; use a new reader for each file.
 *
 * Accepted: dates as `YYYY-MM-DD` or `DD/MM/YYYY`; reasons and risk levels in any case, with spaces or
 * hyphens for underscores; a blank or `unassessed` risk level; a custody spell that began before
 * registration (registration on conviction while on remand).
 * Refused: a blank or repeated person_ref; a registration after the as-of date; a notification end on
 * or before registration; a left_on before registration or after the as-of date; a left_reason without
 * a left_on or the other way round; a notification end before the as-of date for someone still on the
 * register (they should have a left_on); a custody_until without a custody_from, before it, or after
 * the as-of date; a custody_from after the as-of date; an expected_release for someone not in custody
 * on the register at the as-of date, or on or before the as-of date (a release that has happened is a
 * custody_until); a birth year before 1900 or after the year of registration.
 *
 * The `person_ref` is used only to find duplicates: it is not part of the `RegisterPerson`, so no
 * output can show it.
 *
 * @param asOf the date the extract describes, from `--as-of`
 * @throws {InputError} for the first cell that does not fit
 */
export function registerExtractReader(file: string, { asOf }: { asOf: CalendarDay }): (row: CsvRow) => RegisterPerson {
  const lineOfPerson = new Map<string, number>();
  const asOfText = isoDate(asOf);
  return ({ line, cells }) => {
    const refuse = (column: string, expected: string): never => {
      throw new InputError(`${file}, line ${line}, column ${column}: expected ${expected}; found "${cells[column] ?? ""}"`);
    };

    const personRef = cells.person_ref;
    if (personRef === "") refuse("person_ref", "a pseudonymous reference for the person, such as P-000123");
    const firstLine = lineOfPerson.get(personRef);
    if (firstLine !== undefined) {
      throw new InputError(`${file}, line ${line}, column person_ref: expected each person_ref once; found the same reference again, first on line ${firstLine}`);
    }
    lineOfPerson.set(personRef, line);

    const registeredOn = parseDateCell(cells.registered_on) ?? refuse("registered_on", dateCellExpectation);
    if (registeredOn > asOf) refuse("registered_on", `a date on or before the --as-of date ${asOfText}`);

    const notificationEnds = optionalDate(cells.notification_ends, () => refuse("notification_ends", `${dateCellExpectation}, or blank when indefinite`));
    if (notificationEnds !== null && notificationEnds <= registeredOn) refuse("notification_ends", `a date after the registered_on date ${isoDate(registeredOn)}`);

    const leftOn = optionalDate(cells.left_on, () => refuse("left_on", `${dateCellExpectation}, or blank while still on the register`));
    if (leftOn !== null) {
      if (leftOn < registeredOn) refuse("left_on", `a date on or after the registered_on date ${isoDate(registeredOn)}`);
      if (leftOn > asOf) refuse("left_on", `a date on or before the --as-of date ${asOfText}`);
    }
    const leftReason = cells.left_reason === "" ? null : (choice(cells.left_reason, leftReasons) ?? refuse("left_reason", `one of ${leftReasons.join(", ")}, or blank while still on the register`));
    if (leftOn !== null && leftReason === null) refuse("left_reason", `one of ${leftReasons.join(", ")} for someone with a left_on date`);
    if (leftOn === null && leftReason !== null) refuse("left_reason", "a blank cell while left_on is blank (still on the register)");
    if (leftOn === null && notificationEnds !== null && notificationEnds < asOf) {
      refuse("notification_ends", `a date on or after the --as-of date ${asOfText} for someone still on the register, or a left_on date`);
    }

    const riskLevel: RegisterRiskLevel =
      cells.risk_level === "" ? "unassessed" : (choice(cells.risk_level, [...assessedLevels, "unassessed"] as const) ?? refuse("risk_level", `one of ${assessedLevels.join(", ")}, or blank when not yet assessed`));

    const custodyFrom = optionalDate(cells.custody_from, () => refuse("custody_from", `${dateCellExpectation}, or blank when no custody is recorded`));
    if (custodyFrom !== null && custodyFrom > asOf) refuse("custody_from", `a date on or before the --as-of date ${asOfText}`);
    const custodyUntil = optionalDate(cells.custody_until, () => refuse("custody_until", `${dateCellExpectation}, or blank while in custody`));
    if (custodyUntil !== null) {
      if (custodyFrom === null) refuse("custody_until", "a blank cell while custody_from is blank");
      else if (custodyUntil < custodyFrom) refuse("custody_until", `a date on or after the custody_from date ${isoDate(custodyFrom)}`);
      if (custodyUntil > asOf) refuse("custody_until", `a date on or before the --as-of date ${asOfText} (a release still to come is an expected_release)`);
    }

    const expectedRelease = optionalDate(cells.expected_release, () => refuse("expected_release", `${dateCellExpectation}, or blank`));
    if (expectedRelease !== null) {
      const inCustodyNow = custodyFrom !== null && custodyUntil === null && leftOn === null;
      if (!inCustodyNow) refuse("expected_release", "a blank cell unless the person is on the register and in custody at the --as-of date (custody_from given, custody_until and left_on blank)");
      if (expectedRelease <= asOf) refuse("expected_release", `a date after the --as-of date ${asOfText} (a release that has happened is a custody_until)`);
    }

    const birthText = cells.birth_year ?? "";
    let birthYear: number | null = null;
    if (birthText !== "") {
      const registeredYear = dateParts(registeredOn).year;
      birthYear = /^\d{4}$/.test(birthText) ? Number(birthText) : null;
      if (birthYear === null || birthYear < 1900 || birthYear > registeredYear) refuse("birth_year", `a year from 1900 to the year of registration ${registeredYear}, or blank`);
    }

    return { registeredOn, notificationEnds, leftOn, leftReason, riskLevel, custodyFrom, custodyUntil, expectedRelease, birthYear };
  };
}

/** The allowed value the text names, in any case and with spaces or hyphens for underscores. */
function choice<Value extends string>(text: string, allowed: readonly Value[]): Value | undefined {
  const normalised = text.toLowerCase().replace(/[\s-]+/g, "_");
  return allowed.find((value) => value === normalised);
}

function optionalDate(text: string, refuse: () => never): CalendarDay | null {
  if (text === "") return null;
  return parseDateCell(text) ?? refuse();
}
