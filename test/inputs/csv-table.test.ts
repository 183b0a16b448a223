import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { parseCsvTable } from "../../src/inputs/csv-table.js";

const columns = { required: ["id", "note"] };

/**
 * A CSV of `count` rows long enough to be read in several pieces, with what breaks a naive line count:
 * notes quoted with line breaks and doubled quotes inside, blank lines, lines of commas, CRLF and CR
 * line ends. Gives the text and the line each row starts on, counted as it is written.
 */
function largeCsv(count: number): { text: string; lines: Map<string, number> } {
  const parts = ["id,note\r\n"];
  const lines = new Map<string, number>();
  let line = 2;
  for (let index = 0; index < count; index++) {
    const id = `R${index}`;
    lines.set(id, line);
    if (index % 7 === 0) {
      // a quoted note over three lines, with a quote written as two
      parts.push(`${id},"first ""part""\nsecond\nthird, with a comma"\r\n`);
      line += 3;
    } else {
      parts.push(`${id},plain note number ${index} ${"x".repeat(index % 40)}${index % 5 === 0 && index % 11 !== 0 ? "\r" : "\n"}`);
      line += 1;
    }
    if (index % 11 === 0) {
      parts.push(index % 2 === 0 ? "\n" : ",\n");
      line += 1;
    }
  }
  return { text: parts.join(""), lines };
}

describe("parseCsvTable on a file read in several pieces", () => {
  const { text, lines } = largeCsv(30_000);

  it("is long enough to be read in pieces", () => {
    expect(text.length).toBeGreaterThan(4 * 256 * 1024);
  });

  it("gives every row, and the line it starts on as an editor counts it", () => {
    const rows = parseCsvTable("large.csv", text, columns);
    expect(rows).toHaveLength(30_000);
    for (const row of rows) expect(row.line, row.cells.id).toBe(lines.get(row.cells.id));
    expect(rows[7].cells.note).toBe('first "part"\nsecond\nthird, with a comma');
  });

  it("names the line of a quote out of place far into the file", () => {
    const badLine = lines.get("R25001")!;
    const broken = text.replace("R25001,plain", 'R25001,pla"in');
    expect(() => parseCsvTable("large.csv", broken, columns)).toThrow(new InputError(`large.csv, line ${badLine}: expected well-formed CSV; found a quote that is not closed or is followed by other text`));
  });

  it("names the line a quote that is never closed opens on", () => {
    // the last rows' notes are plain: no quote after it closes it
    const badLine = lines.get("R29998")!;
    const broken = text.replace("R29998,plain", 'R29998,"plain');
    expect(() => parseCsvTable("large.csv", broken, columns)).toThrow(new InputError(`large.csv, line ${badLine}: expected well-formed CSV; found a quote that is not closed or is followed by other text`));
  });

  it("names the line of a row with too many cells far into the file", () => {
    const badLine = lines.get("R29999")!;
    const broken = text.replace("R29999,plain", "R29999,one,plain");
    expect(() => parseCsvTable("large.csv", broken, columns)).toThrow(new InputError(`large.csv, line ${badLine}: expected 2 cells (id, note); found 3`));
  });
});
