import { describe, expect, it } from "vitest";
import { InputError, NonFiniteFigureError, exitCode } from "../../src/errors.js";
import { exitCodeFor } from "../../src/cli/run-program.js";
import { formatCsv } from "../../src/report/csv-export.js";
import { jsonOutput } from "../../src/report/json-output.js";

// A figure that overflows in spite of every input being within its range is bad input, named by the
// output figure it reached: JSON.stringify would have written null in silence, and the CSV writer ended
// in exit 1 ("cannot write Infinity").
describe("outputs refuse a figure that is not finite", () => {
  it("jsonOutput names the key and refuses Infinity and NaN, where JSON.stringify writes null", () => {
    expect(JSON.stringify({ supervisorsNeeded: Infinity })).toBe('{"supervisorsNeeded":null}');
    expect(() => jsonOutput({ years: [{ supervisorsNeeded: Infinity }] })).toThrow(/^"supervisorsNeeded" of an output JSON file: .* a figure of Infinity, too large to compute/);
    expect(() => jsonOutput({ share: Number.NaN })).toThrow(NonFiniteFigureError);
    expect(jsonOutput({ a: 1, b: [2.5] })).toBe('{\n  "a": 1,\n  "b": [\n    2.5\n  ]\n}\n');
  });

  it("formatCsv names the column of a figure that is not finite", () => {
    expect(() => formatCsv(["period_ending", "supervisors_needed"], [["2027-03-31", Infinity]])).toThrow(/^column supervisors_needed of an output CSV: .* Infinity/);
  });

  it("is bad input, exit 2, with one line", () => {
    const warned: string[] = [];
    const error = new NonFiniteFigureError("column x of an output CSV", -Infinity);
    expect(error).toBeInstanceOf(InputError);
    expect(exitCodeFor(error, { version: "test", print: () => undefined, warn: (line) => void warned.push(line) })).toBe(exitCode.badInput);
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatch(/^mosovo: column x of an output CSV: .*-Infinity/);
  });
});
