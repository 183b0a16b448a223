import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { parseCaseloadHistory } from "../../src/inputs/caseload-history.js";
import { readTextFile } from "../../src/io/read-text-file.js";

const file = "data/force-rso.csv";
const header = "year_ending,rsos,quality,source,community,custody";
const goodCells = { year_ending: "2025-03-31", rsos: "1050", quality: "published", source: "MAPPA report", community: "900", custody: "150" };

/** A file whose line 2 is good and whose line 3 has `text` in `column`, quoted as Excel would quote it. */
function fileWithBadCell(column: keyof typeof goodCells, text: string): string {
  const cells = { ...goodCells, [column]: text };
  const line3 = Object.values(cells).map(quoteForCsv).join(",");
  return `${header}\n2024-03-31,1000,published,MAPPA report,850,150\n${line3}\n`;
}

function quoteForCsv(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

function messageOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error("expected an InputError, but nothing was thrown");
}

const period = "a date written 2025-03-31 or 31/03/2025, or a financial year such as 2024/25";
const realDate = "a date that exists, such as 2025-03-31 or 31/03/2025 (day before month)";
const rsos = "a whole number of people, such as 1188 or 73,047, above 0 (leave out a year that has no figure)";
const count = "a whole number of people, such as 1188 or 73,047, or blank";
const quality = "one of published, secondary, rounded, derived, or blank";

describe("parseCaseloadHistory(file, text)", () => {
  it.each([
    ["year_ending", "", period],
    ["year_ending", "March 2025", period],
    ["year_ending", "2025-3-31", period],
    ["year_ending", "31/03/25", period],
    ["year_ending", "2025-03-31T00:00:00", period],
    ["year_ending", "2024/2025", period],
    ["year_ending", "2024-25", period],
    ["year_ending", "2025-02-29", realDate],
    ["year_ending", "03/31/2025", realDate],
    ["year_ending", "31/04/2025", realDate],
    ["year_ending", "2024/26", "a financial year of two consecutive years, such as 2024/25"],
    ["year_ending", "2025/24", "a financial year of two consecutive years, such as 2024/25"],
    ["rsos", "", rsos],
    ["rsos", "0", rsos],
    ["rsos", "-5", rsos],
    ["rsos", "1188.5", rsos],
    ["rsos", "1.188", rsos],
    ["rsos", "1,2345", rsos],
    ["rsos", "73 047", rsos],
    ["rsos", "n/a", rsos],
    ["rsos", "1e3", rsos],
    ["rsos", "99999999999999999999", rsos],
    ["quality", "estimate", quality],
    ["quality", "provisional", quality],
    ["community", "-1", count],
    ["community", "12.5", count],
    ["custody", "none", count],
    ["custody", "n/a", count],
  ] as const)("refuses %s %j on line 3 with the file, line, column and what was expected", (column, text, expected) => {
    expect(messageOf(() => parseCaseloadHistory(file, fileWithBadCell(column, text)))).toBe(
      `${file}, line 3, column ${column}: expected ${expected}; found "${text}"`,
    );
  });

  it.each([
    ["community and custody that do not add up to rsos", "1060,900,150", "rsos", "the line's community and custody added up, 900 + 150 = 1050, as a row that splits its rsos counts everyone on the register", "1060"],
    ["no one in the community", "1050,0,1050", "community", "people in the community, above 0", "0"],
    ["more in the community than rsos", "1050,1100,", "community", "people in the community, above 0 and at most the line's rsos (1050)", "1100"],
    ["no one left in the community after custody", "1050,,1050", "custody", "fewer people in custody than the line's rsos (1050), leaving people in the community", "1050"],
  ])("refuses a row with %s, naming the line and column", (_, cells, column, expected, found) => {
    const text = `year_ending,rsos,community,custody\n2024-03-31,1000,850,150\n2025-03-31,${cells}\n`;
    expect(messageOf(() => parseCaseloadHistory(file, text))).toBe(`${file}, line 3, column ${column}: expected ${expected}; found "${found}"`);
  });

  it("refuses a history that splits some rows and not others, naming the first row not split", () => {
    const text = "year_ending,rsos,community,custody\n2023-03-31,1180,,\n2024-03-31,1414,1163,251\n2025-03-31,1200,,\n";
    expect(messageOf(() => parseCaseloadHistory(file, text))).toBe(
      `${file}, line 2, column community: expected a community or custody figure, as on line 3: split the rsos on every line or on none; found ""`,
    );
  });

  it("names the custody column when that is the only split column of a row not split", () => {
    const text = "year_ending,rsos,custody\n2024-03-31,1414,251\n2025-03-31,1200,\n";
    expect(messageOf(() => parseCaseloadHistory(file, text))).toBe(
      `${file}, line 3, column custody: expected a community or custody figure, as on line 2: split the rsos on every line or on none; found ""`,
    );
  });

  it("names the leftmost bad cell of a line, as the analyst reads it", () => {
    const text = "rsos,year_ending\nmany,someday\n";
    expect(messageOf(() => parseCaseloadHistory(file, text))).toBe(`${file}, line 2, column rsos: expected ${rsos}; found "many"`);
  });

  it("refuses the same period given twice, in two spellings, naming both lines", () => {
    const text = "year_ending,rsos\n2023-03-31,980\n2024-03-31,1000\n2023/24,1001\n";
    expect(messageOf(() => parseCaseloadHistory(file, text))).toBe(
      `${file}, line 4, column year_ending: expected each period once, but line 3 already gives the year ending 2024-03-31; found "2023/24"`,
    );
  });

  it("refuses a period that ends on a different day of the year from the others, naming the day expected", () => {
    const text = "year_ending,rsos\n2022-03-31,960\n2023-03-31,980\n31/12/2023,990\n2024/25,1000\n";
    expect(messageOf(() => parseCaseloadHistory(file, text))).toBe(
      `${file}, line 4, column year_ending: expected a period ending on 31 March, as on line 2; found "31/12/2023"`,
    );
  });

  it("takes the day most rows use as the expected one, even when the first row is the odd one out", () => {
    const text = "year_ending,rsos\n2021-12-31,940\n2022-03-31,960\n2023-03-31,980\n";
    expect(messageOf(() => parseCaseloadHistory(file, text))).toBe(
      `${file}, line 2, column year_ending: expected a period ending on 31 March, as on line 3; found "2021-12-31"`,
    );
  });

  it.each([
    ["only a header", "year_ending,rsos\n"],
    ["a header and blank lines", "year_ending,rsos\r\n\r\n,\r\n"],
  ])("refuses a file with %s and no rows of data", (_, text) => {
    expect(messageOf(() => parseCaseloadHistory(file, text))).toBe(`${file}: expected at least one row of data below the header; found none`);
  });

  it("leaves the table-level refusals to the CSV reader: a missing column", () => {
    expect(messageOf(() => parseCaseloadHistory(file, "year_ending,count\n2025-03-31,5\n"))).toMatch(
      /^data\/force-rso\.csv, line 1, column count: expected one of the columns year_ending, rsos, quality, source, community, custody; found "count"$/,
    );
  });
});

describe("parseCaseloadHistory(file, text) accepts", () => {
  it.each([
    ["an ISO date", "2025-03-31", "2025-03-31"],
    ["a UK date", "31/03/2025", "2025-03-31"],
    ["a UK date without leading zeros", "1/4/2025", "2025-04-01"],
    ["a financial-year label, as the year ending 31 March", "2024/25", "2025-03-31"],
    ["a financial year across a century", "1999/00", "2000-03-31"],
  ])("%s: %j is the year ending %s", (_, text, expected) => {
    const [observation] = parseCaseloadHistory(file, `year_ending,rsos\n${text},1000\n`);
    expect(observation.periodEnding).toBe(expected);
  });

  it.each([
    ["1188", 1188],
    ["0001188", 1188],
    ['"73,047"', 73_047],
    ['"1,000,000"', 1_000_000],
  ])("the count %s as %i", (cell, expected) => {
    const [observation] = parseCaseloadHistory(file, `year_ending,rsos\n2025-03-31,${cell}\n`);
    expect(observation.registeredSexOffenders).toBe(expected);
  });

  it("a file as Excel writes it: byte-order mark, CRLF, quoted thousands, a line of only commas, trailing blank lines", () => {
    const text =
      "\uFEFFyear_ending,rsos,quality,source\r\n" +
      '2024-03-31,"70,052",published,"MAPPA annual report 2023/24, as reported"\r\n' +
      '31/03/2025,"73,047",Published,HMICFRS\r\n' +
      ",,,\r\n\r\n\r\n";
    expect(parseCaseloadHistory(file, text)).toEqual([
      { line: 2, periodEnding: "2024-03-31", registeredSexOffenders: 70_052, quality: "published", source: "MAPPA annual report 2023/24, as reported" },
      { line: 3, periodEnding: "2025-03-31", registeredSexOffenders: 73_047, quality: "published", source: "HMICFRS" },
    ]);
  });

  it("blank optional cells as not given (never 0), and quality as unknown", () => {
    const text = "Year_Ending, RSOS ,custody,community,quality\n2021-03-31,1414,,,\n2022-03-31,1188,,,derived\n2023-03-31,1200,,,\n";
    expect(parseCaseloadHistory(file, text)).toEqual([
      { line: 2, periodEnding: "2021-03-31", registeredSexOffenders: 1414, quality: "unknown", source: "" },
      { line: 3, periodEnding: "2022-03-31", registeredSexOffenders: 1188, quality: "derived", source: "" },
      { line: 4, periodEnding: "2023-03-31", registeredSexOffenders: 1200, quality: "unknown", source: "" },
    ]);
  });

  it("a split rsos, the other half filled in as rsos less the half given, so that rsos = community + custody", () => {
    // 1,414 = 1,163 + 251 (both given); 1,440 − 260 = 1,180 in the community; 1,460 − 1,195 = 265 in custody
    const text = "year_ending,rsos,community,custody\n2021-03-31,1414,1163,251\n2022-03-31,1440,,260\n2023-03-31,1460,1195,\n";
    expect(parseCaseloadHistory(file, text).map(({ community, custody }) => ({ community, custody }))).toEqual([
      { community: 1163, custody: 251 },
      { community: 1180, custody: 260 },
      { community: 1195, custody: 265 },
    ]);
  });

  it("rows out of date order and with missing years, kept in the file's order", () => {
    const text = "year_ending,rsos\n2020-03-31,1110\n2019-03-31,1099\n2023-03-31,1184\n";
    expect(parseCaseloadHistory(file, text).map((observation) => observation.periodEnding)).toEqual(["2020-03-31", "2019-03-31", "2023-03-31"]);
  });

  it.each([
    ["data/national-rso-england-wales.csv", 18, 73_047],
    ["data/norfolk-rso.csv", 5, 1184],
  ])("the bundled %s: %i rows, the last %i", (path, rows, last) => {
    const { text } = readTextFile(path);
    const observations = parseCaseloadHistory(path, text);
    expect(observations).toHaveLength(rows);
    expect(observations.at(-1)?.registeredSexOffenders).toBe(last);
  });
});

// Real-looking bad files, each with the one line it must be refused with (also run through the CLI in
// test/cli/forecast-command.test.ts). Paths are relative to the repository root, where tests run.
const corpus = "test/fixtures/inputs/caseload";
const messages = JSON.parse(readFileSync(`${corpus}/messages.json`, "utf8")) as Record<string, string>;

describe(`parseCaseloadHistory on the bad files in ${corpus}/`, () => {
  it("has a message for every file, and a file for every message", () => {
    const files = readdirSync(corpus).filter((name) => name !== "messages.json").sort();
    expect(Object.keys(messages).sort()).toEqual(files);
  });

  const refusesWithItsMessage = (name: string, message: string) => {
    const path = `${corpus}/${name}`;
    expect(message).not.toContain("\n");
    expect(messageOf(() => parseCaseloadHistory(path, readTextFile(path).text))).toBe(message);
  };
  const entries = Object.entries(messages);
  it.each(entries)("refuses %s with its one-line message", refusesWithItsMessage);
});
