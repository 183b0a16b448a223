import { InputError, NonFiniteFigureError } from "../../src/errors.js";
import { describe, expect, it } from "vitest";
import { readableNumber } from "../../src/report/readable-number.js";

describe("readableNumber(value, decimals)", () => {
  it.each([
    [73047, 0, "73,047"],
    [1234567.891, 1, "1,234,567.9"],
    [999.5, 0, "1,000"],
    [3.1, 2, "3.10"],
    [0.04, 1, "0.0"],
    [-1234.5, 1, "-1,234.5"],
    [-0.2, 0, "0"],
    [12, 0, "12"],
  ])("writes %d with %d decimals as %s", (value, decimals, expected) => {
    expect(readableNumber(value, decimals)).toBe(expected);
  });

  it("refuses NaN, which no report should show, as bad input (exit 2) rather than a bug", () => {
    expect(() => readableNumber(Number.NaN)).toThrow(NonFiniteFigureError);
    expect(() => readableNumber(Number.NaN)).toThrow(InputError);
  });
});
