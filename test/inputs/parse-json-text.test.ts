import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { parseJsonText } from "../../src/inputs/parse-json-text.js";

describe("parseJsonText(file, text)", () => {
  it("gives the same value as JSON.parse for valid JSON", () => {
    const text = '{\n  "a": [1, -2.5e3, true, false, null],\n  "b": {"c": "x\\/y\\u00e9\\"", "d": []},\n  "e": {}\n}\n';
    expect(parseJsonText("m.json", text)).toEqual(JSON.parse(text));
  });

  it.each([
    ["a trailing comma in an object", '{\n  "a": 1,\n}', 'm.json, line 3, column 1: expected another key after the comma (JSON allows no comma before }); found "}"'],
    ["a trailing comma in a list", '{"a": [1, 2, ]}', 'm.json, line 1, column 14: expected another value after the comma (JSON allows no comma before ]); found "]"'],
    ["a missing comma", '{\n  "a": 1\n  "b": 2\n}', 'm.json, line 3, column 3: expected a comma or }; found "\\""'],
    ["a key without quotes", "{a: 1}", 'm.json, line 1, column 2: expected a key in double quotes; found "a"'],
    ["a missing colon", '{"a" 1}', 'm.json, line 1, column 6: expected a colon after the key "a"; found "1"'],
    ["a word that is not a JSON value", '{"a": True}', 'm.json, line 1, column 7: expected a JSON value (an object, array, string, number, true, false or null); found "True"'],
    ["a number with a thousands separator", '{"a": 1,163}', 'm.json, line 1, column 9: expected a key in double quotes; found "163"'],
    ["a number with a leading zero", '{"a": 01}', 'm.json, line 1, column 7: expected a number such as 0.25 or 1163 (no leading zeros, commas or units); found "01"'],
    ["a string left open", '{"a": "x\n}', 'm.json, line 1, column 9: expected a closing double quote; found the end of the line'],
    ["a bad escape", '{"a": "C:\\data"}', 'm.json, line 1, column 10: expected an escape: one of \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX (write a backslash as \\\\); found "\\d"'],
    ["text after the closing bracket", '{"a": 1} {', 'm.json, line 1, column 10: expected the end of the file after the closing bracket; found "{"'],
    ["a file cut short", '{"a": [1, 2', "m.json, line 1, column 12: expected a comma or ]; found the end of the file"],
    ["an empty file", " \n ", "m.json, line 2, column 2: expected a JSON object; found an empty file"],
    ["a key given twice", '{\n  "a": 1,\n  "a": 2\n}', 'm.json, line 3, column 3: expected each key once in an object; found "a" twice'],
  ])("refuses %s by line and column", (_, text, message) => {
    expect(() => parseJsonText("m.json", text)).toThrow(new InputError(message));
  });

  it("counts lines after Windows line ends", () => {
    expect(() => parseJsonText("m.json", '{\r\n  "a": 1,\r\n  "b" 2\r\n}')).toThrow(/^m\.json, line 3, column 7: expected a colon/);
  });
});
