import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { parseForecastPanel } from "../../src/inputs/forecast-panel.js";

const header = "series_id,split,t,value";
const good = [header, "A,train,1,10", "A,train,2,12.5", "A,test,1,14", "B,test,1,7", "B,train,2,6", "B,train,1,5"].join("\n");

describe("parseForecastPanel(file, text, minimumTestValues)", () => {
  it("groups rows by series in order of first appearance and sorts each split by t", () => {
    expect(parseForecastPanel("panel.csv", good)).toEqual([
      { id: "A", train: [10, 12.5], test: [14], line: 2 },
      { id: "B", train: [5, 6], test: [7], line: 5 },
    ]);
  });

  it("reads the shared M3 file's number formats, with CRLF line ends", () => {
    const text = [header, "N1,train,1,940.66", "N1,train,2,-1e3", "N1,test,1,+.5"].join("\r\n");
    expect(parseForecastPanel("m3.csv", text)[0]).toMatchObject({ train: [940.66, -1000], test: [0.5] });
  });

  // each case: the file, and the exact one-line message it must give
  it.each([
    ["a missing column", "series_id,split,t\nA,train,1", "p.csv, line 1: expected the column value; found only series_id, split, t"],
    ["an unknown column", `${header},note\nA,train,1,3,x`, 'p.csv, line 1, column note: expected one of the columns series_id, split, t, value; found "note"'],
    ["an empty series_id", `${header}\n,train,1,3`, 'p.csv, line 2, column series_id: expected the name of the series; found ""'],
    ["a split that is neither train nor test", `${header}\nA,training,1,3`, 'p.csv, line 2, column split: expected train or test; found "training"'],
    ["a t of zero", `${header}\nA,train,0,3`, 'p.csv, line 2, column t: expected a whole number from 1, such as 3; found "0"'],
    ["a t with a decimal point", `${header}\nA,train,1.5,3`, 'p.csv, line 2, column t: expected a whole number from 1, such as 3; found "1.5"'],
    ["a non-numeric value", `${header}\nA,train,1,3\nA,train,2,n/a`, 'p.csv, line 3, column value: expected a number such as 1084.86; found "n/a"'],
    ["a blank value", `${header}\nA,train,1,`, 'p.csv, line 2, column value: expected a number such as 1084.86; found ""'],
    ["a value with a thousands separator", `${header}\nA,train,1,"1,204"`, 'p.csv, line 2, column value: expected a number such as 1084.86; found "1,204"'],
    [
      "a duplicated t",
      `${header}\nA,train,1,3\nA,train,2,4\nA,train,2,5\nA,test,1,6`,
      'p.csv, line 4, column t: expected each t once for series "A" train; found "2" again (first on line 3)',
    ],
    [
      "a gap in t",
      `${header}\nA,train,1,3\nA,train,3,4\nA,test,1,6`,
      'p.csv, line 3, column t: expected t = 2 next for series "A" train, as t runs 1, 2, 3, … without gaps; found "3"',
    ],
    ["a series without test rows", `${header}\nA,train,1,3\nA,train,2,4`, 'p.csv, line 2, column split: expected both train and test rows for series "A"; found no test rows'],
    ["a series without train rows", `${header}\nA,train,1,3\nA,test,1,4\nB,test,1,4`, 'p.csv, line 4, column split: expected both train and test rows for series "B"; found no train rows'],
    ["a header and no rows", header, "p.csv, line 2: expected at least one row of data after the header; found none"],
  ])("refuses %s, naming file, line and column", (_, text, message) => {
    expect(() => parseForecastPanel("p.csv", text)).toThrow(new InputError(message));
  });

  it("refuses a series with fewer test rows than the horizon to be scored", () => {
    expect(() => parseForecastPanel("p.csv", good, 2)).toThrow(
      new InputError('p.csv, line 2, column split: expected at least 2 test rows for series "A", one per step ahead scored; found 1'),
    );
  });
});
