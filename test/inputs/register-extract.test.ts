import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { parseCsvTable } from "../../src/inputs/csv-table.js";
import { registerExtractColumns, registerExtractReader } from "../../src/inputs/register-extract.js";
import { calendarDay } from "../../src/math/calendar-day.js";

const asOf = calendarDay(2026, 3, 31);
const header = "person_ref,registered_on,notification_ends,left_on,left_reason,risk_level,custody_from,custody_until,expected_release,birth_year";

function parse(...lines: string[]) {
  const text = [header, ...lines].join("\n");
  return parseCsvTable("register.csv", text, registerExtractColumns, registerExtractReader("register.csv", { asOf }));
}

describe("registerExtractReader(file, { asOf })", () => {
  it("reads a person still on the register, one who left, and one in custody, dropping the person_ref", () => {
    const people = parse(
      "ZZ-SECRET-1,2020-02-29,,,,High,,,,1970",
      "ZZ-SECRET-2,01/01/2015,2025-01-01,2025-01-01,Period ended,low,,,,",
      "ZZ-SECRET-3,2025-06-30,2035-06-30,,,,2025-06-01,,2027-06-30,",
    );
    expect(people).toEqual([
      { registeredOn: calendarDay(2020, 2, 29), notificationEnds: null, leftOn: null, leftReason: null, riskLevel: "high", custodyFrom: null, custodyUntil: null, expectedRelease: null, birthYear: 1970 },
      { registeredOn: calendarDay(2015, 1, 1), notificationEnds: calendarDay(2025, 1, 1), leftOn: calendarDay(2025, 1, 1), leftReason: "period_ended", riskLevel: "low", custodyFrom: null, custodyUntil: null, expectedRelease: null, birthYear: null },
      { registeredOn: calendarDay(2025, 6, 30), notificationEnds: calendarDay(2035, 6, 30), leftOn: null, leftReason: null, riskLevel: "unassessed", custodyFrom: calendarDay(2025, 6, 1), custodyUntil: null, expectedRelease: calendarDay(2027, 6, 30), birthYear: null },
    ]);
    expect(JSON.stringify(people)).not.toContain("SECRET");
  });

  it("accepts a notification period that ends on the as-of date for someone still on the register", () => {
    expect(parse("A,2019-03-31,2026-03-31,,,low,,,,")).toHaveLength(1);
  });

  it("reads a file without the birth_year column", () => {
    const text = [header.replace(",birth_year", ""), "A,2019-03-31,,,,low,,,"].join("\n");
    expect(parseCsvTable("register.csv", text, registerExtractColumns, registerExtractReader("register.csv", { asOf }))[0].birthYear).toBeNull();
  });

  const date = "a date written YYYY-MM-DD or DD/MM/YYYY, such as 2025-03-31 or 31/03/2025";
  it.each([
    [",2019-01-01,,,,low,,,,", "person_ref", "a pseudonymous reference for the person, such as P-000123", ""],
    ["A,2019-13-01,,,,low,,,,", "registered_on", date, "2019-13-01"],
    ["A,2026-04-01,,,,low,,,,", "registered_on", "a date on or before the --as-of date 2026-03-31", "2026-04-01"],
    ["A,2019-01-01,2018-12-31,,,low,,,,", "notification_ends", "a date after the registered_on date 2019-01-01", "2018-12-31"],
    ["A,2019-01-01,2019-01-01,,,low,,,,", "notification_ends", "a date after the registered_on date 2019-01-01", "2019-01-01"],
    ["A,2019-01-01,2026-03-30,,,low,,,,", "notification_ends", "a date on or after the --as-of date 2026-03-31 for someone still on the register, or a left_on date", "2026-03-30"],
    ["A,2019-01-01,,2018-06-01,died,low,,,,", "left_on", "a date on or after the registered_on date 2019-01-01", "2018-06-01"],
    ["A,2019-01-01,,2026-04-01,died,low,,,,", "left_on", "a date on or before the --as-of date 2026-03-31", "2026-04-01"],
    ["A,2019-01-01,,2025-04-01,emigrated,low,,,,", "left_reason", "one of period_ended, died, moved_away, removed_on_review, other, or blank while still on the register", "emigrated"],
    ["A,2019-01-01,,2025-04-01,,low,,,,", "left_reason", "one of period_ended, died, moved_away, removed_on_review, other for someone with a left_on date", ""],
    ["A,2019-01-01,,,died,low,,,,", "left_reason", "a blank cell while left_on is blank (still on the register)", "died"],
    ["A,2019-01-01,,,,severe,,,,", "risk_level", "one of very_high, high, medium, low, or blank when not yet assessed", "severe"],
    ["A,2019-01-01,,,,low,2026-04-01,,,", "custody_from", "a date on or before the --as-of date 2026-03-31", "2026-04-01"],
    ["A,2019-01-01,,,,low,,2020-01-01,,", "custody_until", "a blank cell while custody_from is blank", "2020-01-01"],
    ["A,2019-01-01,,,,low,2020-01-01,2019-12-31,,", "custody_until", "a date on or after the custody_from date 2020-01-01", "2019-12-31"],
    ["A,2019-01-01,,,,low,2020-01-01,2026-04-01,,", "custody_until", "a date on or before the --as-of date 2026-03-31 (a release still to come is an expected_release)", "2026-04-01"],
    ["A,2019-01-01,,,,low,2020-01-01,,2026-03-30,", "expected_release", "a date after the --as-of date 2026-03-31 (a release that has happened is a custody_until)", "2026-03-30"],
    ["A,2019-01-01,,,,low,2020-01-01,,2026-03-31,", "expected_release", "a date after the --as-of date 2026-03-31 (a release that has happened is a custody_until)", "2026-03-31"],
    ["A,2019-01-01,,,,low,,,2027-01-01,", "expected_release", "a blank cell unless the person is on the register and in custody at the --as-of date (custody_from given, custody_until and left_on blank)", "2027-01-01"],
    ["A,2019-01-01,,,,low,,,,1899", "birth_year", "a year from 1900 to the year of registration 2019, or blank", "1899"],
    ["A,2019-01-01,,,,low,,,,2020", "birth_year", "a year from 1900 to the year of registration 2019, or blank", "2020"],
    ["A,2019-01-01,,,,low,,,,70", "birth_year", "a year from 1900 to the year of registration 2019, or blank", "70"],
  ])("refuses %j in column %s", (line, column, expected, found) => {
    expect(() => parse(line)).toThrow(new InputError(`register.csv, line 2, column ${column}: expected ${expected}; found "${found}"`));
  });

  it("refuses a repeated person_ref, naming the first line but not the reference", () => {
    expect(() => parse("ZZ-SECRET-9,2019-01-01,,,,low,,,,", "B,2019-01-01,,,,low,,,,", "ZZ-SECRET-9,2020-01-01,,,,high,,,,")).toThrow(
      new InputError("register.csv, line 4, column person_ref: expected each person_ref once; found the same reference again, first on line 2"),
    );
  });
});
