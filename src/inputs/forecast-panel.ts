import { InputError } from "../errors.js";
import { parseCsvTable, type CsvRow } from "./csv-table.js";

/** One series of a forecast panel: the history a method may see, and the future it is scored on. */
export interface PanelSeries {
  /** The series' name as the file gives it, such as `N0001` or a force's name. */
  id: string;
  /** The `train` values in order of `t`, oldest first. */
  train: number[];
  /** The `test` values in order of `t`: test t = 1 is the period after the last train value. */
  test: number[];
  /** The line of the file the series' first row is on, for messages about the series as a whole. */
  line: number;
}

const columns = ["series_id", "split", "t", "value"] as const;
const wholeNumber = /^\d+$/;
const decimalNumber = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
/** Largest size of a value: the methods square and sum values, which must stay far from overflow. */
export const maximumPanelValue = 1e12;
/** Most rows of one series and split: more than any yearly, quarterly or monthly benchmark series. */
export const maximumSeriesLength = 10_000;

/**
 * Reads a forecast panel: many series in long format, one row per observation, with the columns
 * `series_id`, `split` (`train` or `test`), `t` (1, 2, 3, … within each series and split) and `value`,
 * as in the M3 benchmark file `../shared/benchmarks/m3-yearly.csv`. Rows may come in any order.
 * Series are given back in the order they first appear.
 *
 * @param file the path as the user gave it, for messages
 * @param minimumTestValues fewest `test` rows each series must have (the horizon scored); default 1
 * @throws {InputError} naming file, line and column for: a missing or unknown column, an empty
 *   series_id, a split other than train or test, a t that is not a whole number from 1, a value that
 *   is not a number, a t given twice for one series and split, a gap in t, and a series without train
 *   rows or with fewer test rows than asked, a value beyond ±1e12, and a series with more than
 *   `maximumSeriesLength` rows in a split
 */
export function parseForecastPanel(file: string, text: string, minimumTestValues = 1): PanelSeries[] {
  const rows = parseCsvTable(file, text, { required: columns });
  const groups = new Map<string, SeriesRows>();
  for (const row of rows) {
    const checked = checkRow(file, row);
    const group: SeriesRows = groups.get(checked.id) ?? { line: row.line, train: [], test: [], lineOfT: { train: new Map(), test: new Map() } };
    groups.set(checked.id, group);
    const split = group[checked.split];
    const earlierLine = group.lineOfT[checked.split].get(checked.t);
    if (earlierLine !== undefined) {
      throw new InputError(
        `${file}, line ${row.line}, column t: expected each t once for series "${checked.id}" ${checked.split}; found "${checked.t}" again (first on line ${earlierLine})`,
      );
    }
    if (split.length === maximumSeriesLength) {
      throw new InputError(
        `${file}, line ${row.line}, column series_id: expected at most ${maximumSeriesLength} ${checked.split} rows for series "${checked.id}"; found more`,
      );
    }
    group.lineOfT[checked.split].set(checked.t, row.line);
    split.push(checked);
  }
  if (groups.size === 0) {
    throw new InputError(`${file}, line 2: expected at least one row of data after the header; found none`);
  }

  return [...groups].map(([id, group]) => {
    for (const split of ["train", "test"] as const) {
      if (group[split].length === 0) {
        throw new InputError(
          `${file}, line ${group.line}, column split: expected both train and test rows for series "${id}"; found no ${split} rows`,
        );
      }
    }
    const train = inOrderWithoutGaps(file, id, "train", group.train);
    const test = inOrderWithoutGaps(file, id, "test", group.test);
    if (test.length < minimumTestValues) {
      throw new InputError(
        `${file}, line ${group.line}, column split: expected at least ${minimumTestValues} test rows for series "${id}", one per step ahead scored; found ${test.length}`,
      );
    }
    return { id, train, test, line: group.line };
  });
}

/** The rows of one series read so far, with the line each t was given on, to find a repeat at once. */
interface SeriesRows {
  line: number;
  train: CheckedRow[];
  test: CheckedRow[];
  lineOfT: { train: Map<number, number>; test: Map<number, number> };
}

interface CheckedRow {
  line: number;
  id: string;
  split: "train" | "test";
  t: number;
  value: number;
}

function checkRow(file: string, row: CsvRow): CheckedRow {
  const { series_id: id, split, t, value } = row.cells;
  const refuse = (column: string, expected: string): never => {
    throw new InputError(`${file}, line ${row.line}, column ${column}: expected ${expected}; found "${row.cells[column]}"`);
  };
  if (id === "") refuse("series_id", "the name of the series");
  if (split !== "train" && split !== "test") refuse("split", "train or test");
  if (!wholeNumber.test(t) || Number(t) < 1) refuse("t", "a whole number from 1, such as 3");
  if (!decimalNumber.test(value) || !Number.isFinite(Number(value))) refuse("value", "a number such as 1084.86");
  if (Math.abs(Number(value)) > maximumPanelValue) refuse("value", "a number from -1e12 to 1e12, such as 1084.86");
  return { line: row.line, id, split: split as "train" | "test", t: Number(t), value: Number(value) };
}

function inOrderWithoutGaps(file: string, id: string, split: string, rows: CheckedRow[]): number[] {
  const sorted = [...rows].sort((a, b) => a.t - b.t);
  sorted.forEach((row, index) => {
    if (row.t !== index + 1) {
      throw new InputError(
        `${file}, line ${row.line}, column t: expected t = ${index + 1} next for series "${id}" ${split}, as t runs 1, 2, 3, … without gaps; found "${row.t}"`,
      );
    }
  });
  return sorted.map((row) => row.value);
}
