import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { parseAbstractions, abstractionColumns } from "../../src/inputs/abstractions.js";
import { parseCaseloadHistory } from "../../src/inputs/caseload-history.js";
import { parseCsvTable } from "../../src/inputs/csv-table.js";
import { parseDateCell } from "../../src/inputs/date-cell.js";
import { parseForceProfile } from "../../src/inputs/force-profile.js";
import { parseForecastPanel } from "../../src/inputs/forecast-panel.js";
import { parseStaffingScenario } from "../../src/inputs/staffing-scenario.js";
import { parseWorkItems, workItemColumns } from "../../src/inputs/work-items.js";
import { parseWorkloadStandards } from "../../src/inputs/workload-standards.js";
import { readTextFile } from "../../src/io/read-text-file.js";
import { mosovoMain, projectRoot } from "../cli/run-cli.js";

// Every reader, fed random and mutated versions of the bundled valid files, either returns a value or
// throws an InputError whose message is one line naming the file and the place: for CSV a line (and a
// column where a cell is at fault), for JSON a line and column or a JSON path.

const asOf = parseDateCell("2026-03-31")!;
const bundled = (path: string) => readFileSync(join(projectRoot, path), "utf8");
/** The first `count` lines of a bundled file, to keep each run of a property quick. */
const head = (path: string, count: number) => bundled(path).split(/\r?\n/).slice(0, count).join("\r\n");

const panelSample = [
  "series_id,split,t,value",
  ...["N0001", "N0002"].flatMap((id, s) => [
    ...[940.66, 1084.86, 1244.98, 1445.02, 1683.17, 2038.15].map((value, t) => `${id},train,${t + 1},${value + s}`),
    ...[2222.1, 2418.32].map((value, t) => `${id},test,${t + 1},${value + s}`),
  ]),
].join("\n");

const scenarioSample = JSON.stringify(
  {
    name: "Recruit two offender managers in 2027",
    forceProfile: "example-force.json",
    demand: { method: "auto", shocks: [{ kind: "step", fromYearEnding: 2028, extraRegisteredSexOffenders: 40, source: "assumed" }] },
    workforce: { hires: [{ yearEnding: 2027, month: 4, offenderManagers: 2 }], offenderManagerAttritionPerYear: 0.1 },
  },
  null,
  2,
);

interface Reader {
  name: string;
  file: string;
  kind: "csv" | "json";
  sample: string;
  /** Column to spoil in the targeted test, with text that column must refuse. */
  target?: { column: string; bad: string };
  /** Whether the last column is free text, which may hold a line break (Alt+Enter in Excel). */
  lastColumnIsFreeText?: boolean;
  parse(file: string, text: string): unknown;
}

const readers: Reader[] = [
  {
    name: "parseCaseloadHistory",
    file: "national.csv",
    kind: "csv",
    sample: bundled("data/national-rso-england-wales.csv"),
    target: { column: "rsos", bad: '=HYPERLINK("http://x","y")' },
    lastColumnIsFreeText: true,
    parse: parseCaseloadHistory,
  },
  {
    name: "parseForecastPanel",
    file: "panel.csv",
    kind: "csv",
    sample: panelSample,
    target: { column: "value", bad: "+cmd" },
    parse: (file, text) => parseForecastPanel(file, text, 2),
  },
  {
    name: "parseWorkItems",
    file: "work-items.csv",
    kind: "csv",
    sample: head("data/synthetic-operations/work-items.csv", 120),
    target: { column: "due_date", bad: "@SUM(1)" },
    parse: (file, text) => parseWorkItems(file, parseCsvTable(file, text, workItemColumns), { asOf }),
  },
  {
    name: "parseAbstractions",
    file: "abstractions.csv",
    kind: "csv",
    sample: head("data/synthetic-operations/abstractions.csv", 120),
    target: { column: "hours", bad: "-2+3" },
    parse: (file, text) => parseAbstractions(file, parseCsvTable(file, text, abstractionColumns), { asOf }),
  },
  { name: "parseForceProfile", file: "force.json", kind: "json", sample: bundled("models/example-force.json"), parse: parseForceProfile },
  {
    name: "parseWorkloadStandards",
    file: "standards.json",
    kind: "json",
    sample: bundled("models/workload-standards.json"),
    parse: parseWorkloadStandards,
  },
  {
    name: "parseStaffingScenario",
    file: "scenario.json",
    kind: "json",
    sample: scenarioSample,
    parse: (file, text) => parseStaffingScenario(file, text, { yearEndings: [2026, 2027, 2028, 2029, 2030] }),
  },
];

const lineEnd = fc.constantFrom("\r\n", "\n", "\r");
const oddText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.constantFrom(
    '"',
    '""',
    '"a""b',
    ",",
    ",,,,",
    "\r\n",
    "\r",
    "\u0000",
    "\ufeff",
    "\u2028",
    "\u001b[2J",
    '=HYPERLINK("http://x","y")',
    "+cmd",
    "-2+3",
    "@SUM(1)",
    "{",
    "}",
    "[",
    "]",
    ":",
    "\\",
    "\\u12",
    "1e999",
    "-0",
    "NaN",
    "null",
    "__proto__",
  ),
);

type Mutation = (text: string) => string;
const lineMutation = (edit: (lines: string[], i: number, j: number) => void) =>
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (text) => {
    const lines = text.split("\n");
    edit(lines, a % lines.length, b % lines.length);
    return lines.join("\n");
  });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  lineMutation((lines, i) => void lines.splice(i, 1)),
  lineMutation((lines, i) => void lines.splice(i, 0, lines[i])),
  lineMutation((lines, i, j) => void ([lines[i], lines[j]] = [lines[j], lines[i]])),
  fc.nat().map((at): Mutation => (text) => Buffer.from(text).subarray(0, at % (Buffer.byteLength(text) + 1)).toString("utf8")),
  fc.tuple(fc.nat(), oddText).map(([at, insert]): Mutation => (text) => text.slice(0, at % (text.length + 1)) + insert + text.slice(at % (text.length + 1))),
  fc.tuple(fc.nat(), fc.nat({ max: 20 })).map(([at, length]): Mutation => (text) => text.slice(0, at % (text.length + 1)) + text.slice((at % (text.length + 1)) + length)),
  fc.array(lineEnd, { minLength: 1, maxLength: 8 }).map((ends): Mutation => (text) => text.split(/\r\n|\r|\n/).map((line, i) => line + ends[i % ends.length]).join("")),
  fc.tuple(fc.nat(), oddText).map(([i, cell]): Mutation => (text) => {
    // a cell replaced whole: the i-th comma-separated piece of the text
    const pieces = text.split(",");
    pieces[i % pieces.length] = cell;
    return pieces.join(",");
  }),
);
const mutatedText = (sample: string) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 4 }).map((mutations) => mutations.reduce((text, mutate) => mutate(text), sample)) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 300 }) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString("latin1")) },
  );

// a JSON path as the readers write it: plain names joined by dots, list positions and quoted odd keys in brackets
const jsonPathStep = String.raw`\[(?:\d+|"(?:[^"\\]|\\.)*")\]`;
const jsonPathPattern = String.raw`(?:[A-Za-z_$][\w$]*|${jsonPathStep})(?:\.[A-Za-z_$][\w$]*|${jsonPathStep})*`;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Lines as an editor counts them: CRLF, LF and CR each end one. */
const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;
/** Lines with something on them other than commas, quotes and spaces: a file with two has a header and a row. */
const linesWithContent = (text: string) => text.split(/\r\n|\r|\n/).filter((line) => /[^,"\s]/.test(line)).length;

/**
 * Checks what a reader did with a text: a value, or an InputError with a one-line message that names
 * the file and, where the file has lines to name, a line within it.
 */
function checkOutcome(reader: Reader, text: string): void {
  let error: unknown;
  try {
    reader.parse(reader.file, text);
    return;
  } catch (thrown) {
    error = thrown;
  }
  if (!(error instanceof InputError)) {
    throw new Error(`${reader.name} threw ${String(error)} (not an InputError) on ${JSON.stringify(text.slice(0, 300))}`, { cause: error });
  }
  const { message } = error;
  const fail = (why: string) => {
    throw new Error(`${reader.name}: ${why}: ${JSON.stringify(message.slice(0, 400))} on ${JSON.stringify(text.slice(0, 300))}`);
  };
  // one line of plain text: no line break (as a terminal, an editor or a log reads one) and no control
  // character, such as the escape that starts a terminal colour code
  if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(message)) fail("message is not one line of plain text");
  const file = escapeRegExp(reader.file);
  if (reader.kind === "json") {
    if (!new RegExp(`^${file}, (line \\d+, column \\d+|JSON path ${jsonPathPattern}|the top level): expected .+; found .+$`).test(message)) fail("message names no line and column or JSON path");
    return;
  }
  const placed = new RegExp(`^${file}, line (\\d+)(, column .+?)?: expected .+; found .+$`).exec(message);
  if (placed) {
    // "line 2" may name the missing first row of a file that is only a header
    if (Number(placed[1]) < 1 || Number(placed[1]) > lineCount(text) + 1) fail(`line ${placed[1]} is not in a file of ${lineCount(text)} lines`);
    return;
  }
  if (!new RegExp(`^${file}: expected .+; found .+$`).test(message)) fail("message does not start with the file name");
  if (linesWithContent(text) >= 2) fail("message names no line, yet the file has a header and rows");
}

describe.each(readers)("$name(file, text) on random and mutated files", (reader) => {
  it("accepts the bundled sample unchanged", () => {
    expect(() => reader.parse(reader.file, reader.sample)).not.toThrow();
  });

  it("returns a value or throws an InputError of one line naming the file and the place", () => {
    fc.assert(fc.property(mutatedText(reader.sample), (text) => checkOutcome(reader, text)), { numRuns: 200 });
  });

  it("survives a 1 MB cell, refusing it (if at all) with a message short enough to read", () => {
    const huge = "9".repeat(1 << 20);
    for (const text of [reader.sample.replace(/,/, `,${huge}`), reader.sample.replace(/"/, `"${huge}`), `${huge}\n${reader.sample}`]) {
      checkOutcome(reader, text);
      try {
        reader.parse(reader.file, text);
      } catch (error) {
        expect((error as Error).message.length).toBeLessThan(1_000);
      }
    }
  });
});

describe.each(readers.filter((reader) => reader.target !== undefined))("$name(file, text) with one bad cell", (reader) => {
  const { column, bad } = reader.target!;
  const [header, ...rows] = reader.sample.split(/\r?\n/).filter((line) => line !== "");
  const index = header.split(",").indexOf(column);

  it(`names the line and the column ${column} of a formula cell, whatever the line ends and however many line breaks are quoted in cells above it`, () => {
    // distinct rows from above the last, in the file's order, so that no row repeats another's period or id
    const rowsBefore = fc.subarray(rows.slice(0, -1), { maxLength: 6 });
    const lineBreaksInCells = fc.array(fc.boolean(), { minLength: 6, maxLength: 6 });
    const ends = fc.array(lineEnd, { minLength: 8, maxLength: 8 });
    fc.assert(
      fc.property(rowsBefore, lineBreaksInCells, ends, (before, breaks, lineEnds) => {
        const spoilt = rows[rows.length - 1].split(",");
        spoilt[index] = bad.includes(",") ? `"${bad.replace(/"/g, '""')}"` : bad;
        // each row as its physical lines: a free-text last cell may hold a line break
        const physical: string[][] = [[header]];
        before.forEach((row, i) => {
          if (!(reader.lastColumnIsFreeText && breaks[i])) return void physical.push([row]);
          const withBreak = row.endsWith('"') ? `${row.slice(0, -1)}\nmore"` : row.replace(/,([^,]*)$/, ',"$1\nmore"');
          physical.push(withBreak.split("\n"));
        });
        physical.push([spoilt.join(",")]);
        const badLine = physical.slice(0, -1).reduce((total, lines) => total + lines.length, 0) + 1;
        let text = "";
        physical.forEach((lines, i) => (text += lines.join("\n") + lineEnds[i % lineEnds.length]));

        let message = "";
        try {
          reader.parse(reader.file, text);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          message = error.message;
        }
        // a repeated row may be refused first, on its own line: then the bad cell is not reached
        if (/once|again|twice/.test(message)) return;
        expect(message).toMatch(new RegExp(`^${escapeRegExp(reader.file)}, line ${badLine}, column ${column}: `));
      }),
      { numRuns: 150 },
    );
  });
});

describe("readTextFile(file) on bytes in other encodings, then each reader", () => {
  const folder = mkdtempSync(join(tmpdir(), "mosovo-encodings-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const encodings: [string, (text: string) => Buffer][] = [
    ["UTF-16 LE with a byte-order mark", (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])],
    ["UTF-16 BE with a byte-order mark", (text) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()])],
    ["Latin-1 with an accented letter", (text) => Buffer.from(text.replace("e", "\u00e9"), "latin1")],
    ["Windows-1252 with curly quotes", (text) => Buffer.concat([Buffer.from(text, "latin1"), Buffer.from([0x93, 0x61, 0x94])])],
  ];

  it.each(readers.flatMap((reader) => encodings.map(([encoding, encode]) => [reader.name, encoding, reader, encode] as const)))(
    "%s, %s: refused as not UTF-8, naming the file, with no stack trace",
    (_name, _encoding, reader, encode) => {
      const path = join(folder, reader.file);
      writeFileSync(path, encode(reader.sample));

      expect(() => readTextFile(path)).toThrow(new InputError(`${path}: expected UTF-8 text (in Excel, save as "CSV UTF-8"); found bytes that are not UTF-8`));
    },
  );

  it("never throws anything but an InputError for random bytes, read and then parsed", () => {
    const path = join(folder, "random.bin");
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.constantFrom(...readers), (bytes, reader) => {
        writeFileSync(path, bytes);
        try {
          const { text } = readTextFile(path);
          checkOutcome(reader, text);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          expect(error.message.startsWith(`${path}: `)).toBe(true);
          expect(error.message).not.toMatch(/[\r\n]/);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("a million-row file through the reader", () => {
  // Run in a separate process with a time limit generous enough for a busy machine: a reader that takes
  // quadratic time would otherwise hold this test process for hours. Measures nothing; only that the
  // reader completes or refuses cleanly.
  const readerModules = {
    caseload: "caseload-history.js",
    panel: "forecast-panel.js",
  };
  const script = (kind: keyof typeof readerModules) => `
    import { InputError } from ${JSON.stringify(new URL("../../dist/src/errors.js", `file://${mosovoMain}`).href)};
    import * as reader from ${JSON.stringify(new URL(`../../dist/src/inputs/${readerModules[kind]}`, `file://${mosovoMain}`).href)};
    const lines = [];
    if (${JSON.stringify(kind)} === "caseload") {
      lines.push("year_ending,rsos,quality,source");
      for (let i = 0; i < 1_000_000; i += 1) lines.push(\`\${2000 + (i % 7000)}-03-31,\${1000 + (i % 50000)},published,row \${i}\`);
    } else {
      lines.push("series_id,split,t,value");
      for (let s = 0; s < 20_000; s += 1) {
        for (let t = 1; t <= 44; t += 1) lines.push(\`S\${s},train,\${t},\${100 + t + s}\`);
        for (let t = 1; t <= 6; t += 1) lines.push(\`S\${s},test,\${t},\${150 + t + s}\`);
      }
    }
    const text = lines.join("\\r\\n");
    try {
      const parse = reader.parseCaseloadHistory ?? reader.parseForecastPanel;
      parse("big.csv", text);
      console.log("read");
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      console.log("refused: " + error.message.slice(0, 300));
    }
  `;

  it.each(Object.keys(readerModules) as (keyof typeof readerModules)[])(
    "reads or refuses a %s file of a million rows within 10 minutes, without crashing",
    (kind) => {
      const run = spawnSync(process.execPath, ["--input-type=module", "--max-old-space-size=3072", "-e", script(kind)], {
        encoding: "utf8",
        timeout: 600_000,
        killSignal: "SIGKILL",
      });

      expect(run.signal, "killed at the time limit").toBeNull();
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^(read|refused: big\.csv, line \d+)/);
    },
    660_000,
  );
});
