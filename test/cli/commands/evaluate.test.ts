import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildProgram } from "../../../src/cli/program.js";
import { InputError } from "../../../src/errors.js";

let folder: string;
let printed: string[];
let warned: string[];

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "mosovo-evaluate-"));
  printed = [];
  warned = [];
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function run(...args: string[]): Promise<unknown> {
  const context = { version: "test", print: (line: string) => printed.push(line), warn: (line: string) => warned.push(line) };
  return buildProgram(context).parseAsync(["node", "mosovo", "evaluate", ...args]);
}

function writePanel(text: string): string {
  const file = join(folder, "panel.csv");
  writeFileSync(file, text);
  return file;
}

// Series A: train 10, 12, 11, 15; test 14, 18. Series B: train 100, 90, 95; test 95.
const panel = "series_id,split,t,value\nA,train,1,10\nA,train,2,12\nA,train,3,11\nA,train,4,15\nA,test,1,14\nA,test,2,18\nB,train,1,100\nB,train,2,90\nB,train,3,95\nB,test,1,95\nB,test,2,100\n";

describe("mosovo evaluate", () => {
  it("scores the naive method as worked by hand", async () => {
    const out = join(folder, "out");
    await run("--panel", writePanel(panel), "--horizon", "2", "--method", "naive", "--out", out);

    const [header, naive] = readFileSync(join(out, "accuracy.csv"), "utf8").trim().split("\r\n");
    expect(header).toBe("method,series,smape,mase,coverage_80,coverage_95,msis,seconds");
    const cells = naive.split(",");
    // A: forecasts 15, 15 against 14, 18: sMAPE (200 × 1 / 29 + 200 × 3 / 33) / 2 = 12.539185;
    //    scale (2 + 1 + 4) / 3 = 2.3333; MASE (1 + 3) / 2 / 2.3333 = 0.8571
    // B: forecasts 95, 95 against 95, 100: sMAPE (0 + 200 × 5 / 195) / 2 = 2.564103;
    //    scale (10 + 5) / 2 = 7.5; MASE (0 + 5) / 2 / 7.5 = 0.3333
    // means over the two series: sMAPE 15.103288 / 2 = 7.551644, MASE 1.190476 / 2 = 0.595238
    expect(cells.slice(0, 4)).toEqual(["naive", "2", "7.5516", "0.5952"]);

    const forecasts = readFileSync(join(out, "forecasts.csv"), "utf8").trim().split("\r\n");
    expect(forecasts[0]).toBe("series,method,h,point,lower_80,upper_80,lower_95,upper_95,actual");
    expect(forecasts.slice(1).map((line) => line.split(",").filter((_, index) => [0, 1, 2, 3, 8].includes(index)).join(","))).toEqual([
      "A,naive,1,15,14",
      "A,naive,2,15,18",
      "B,naive,1,95,95",
      "B,naive,2,95,100",
    ]);
  });

  // R 4.2.2, forecast 8.20, test/fixtures/r/accuracy/make-fixtures.sh: naive() and rwf(drift = TRUE)
  // on six M3 yearly series, scored by the shared R benchmark script. Both tables are rounded to four
  // decimal places, so they may differ by one unit in the fourth.
  it.each([
    ["naive", "Naive"],
    ["drift", "RWDrift"],
  ])("reproduces the R benchmark script's figures for %s on six M3 series", async (method, rName) => {
    const fixtures = new URL("../../fixtures/r/accuracy/", import.meta.url);
    const out = join(folder, "out");
    await run("--panel", new URL("m3-subset.csv", fixtures).pathname, "--horizon", "6", "--method", method, "--out", out);

    const [, ours] = readFileSync(join(out, "accuracy.csv"), "utf8").trim().split("\r\n").map((line) => line.split(","));
    const fromR = readFileSync(new URL("r-table.csv", fixtures), "utf8")
      .split("\n")
      .map((line) => line.replace(/"/g, "").split(","))
      .find((cells) => cells[0] === rName)!;
    // ours: method, series, smape, mase, coverage_80, coverage_95, msis; R: method, smape, mape, mase, coverage80, coverage95, msis
    const pairs = [[2, 1], [3, 3], [4, 4], [5, 5], [6, 6]];
    for (const [ourColumn, rColumn] of pairs) {
      expect(Math.abs(Number(ours[ourColumn]) - Number(fromR[rColumn]))).toBeLessThanOrEqual(0.0001 + 1e-9);
    }
    expect(ours[1]).toBe("6");
  });

  it("writes coverage and bounds for the levels asked for, and MSIS at 95% whatever they are", async () => {
    const out = join(folder, "out");
    await run("--panel", writePanel(panel), "--horizon", "2", "--method", "naive", "--levels", "50,90", "--out", out);
    expect(readFileSync(join(out, "accuracy.csv"), "utf8").split("\r\n")[0]).toBe("method,series,smape,mase,coverage_50,coverage_90,msis,seconds");
    expect(readFileSync(join(out, "forecasts.csv"), "utf8").split("\r\n")[0]).toBe("series,method,h,point,lower_50,upper_50,lower_90,upper_90,actual");
  });

  it("reports progress on standard error at each tenth of a long panel, and only then", async () => {
    const rows = Array.from({ length: 100 }, (_, index) => `S${index},train,1,${index + 1}\nS${index},train,2,${index + 3}\nS${index},train,3,${index + 4}\nS${index},test,1,${index + 5}`);
    await run("--panel", writePanel(`series_id,split,t,value\n${rows.join("\n")}\n`), "--horizon", "1", "--method", "naive,drift", "--out", join(folder, "out"));
    // 100 series × 2 methods = 200 forecasts: one line per 20
    expect(warned).toHaveLength(10);
    expect(warned[0]).toBe("evaluate: 10% done (20 of 200 forecasts; now naive)");
    expect(warned[9]).toBe("evaluate: 100% done (200 of 200 forecasts; now drift)");
  });

  it("writes the same forecasts, byte for byte, when run twice", async () => {
    const file = writePanel(panel);
    await run("--panel", file, "--horizon", "2", "--method", "auto,naive,drift", "--out", join(folder, "first"));
    await run("--panel", file, "--horizon", "2", "--method", "auto,naive,drift", "--out", join(folder, "second"));
    expect(readFileSync(join(folder, "second", "forecasts.csv"))).toEqual(readFileSync(join(folder, "first", "forecasts.csv")));
  });

  it("refuses a panel with a duplicated t, naming file, line and column, and writes nothing", async () => {
    const file = writePanel(panel.replace("A,train,3,11", "A,train,2,11"));
    const out = join(folder, "out");
    await expect(run("--panel", file, "--horizon", "2", "--out", out)).rejects.toThrow(
      new InputError(`${file}, line 4, column t: expected each t once for series "A" train; found "2" again (first on line 3)`),
    );
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a series with fewer test rows than the horizon", async () => {
    await expect(run("--panel", writePanel(panel), "--horizon", "3", "--out", join(folder, "out"))).rejects.toThrow(
      /line 2, column split: expected at least 3 test rows for series "A"/,
    );
  });

  it("refuses a series whose train values never change, which MASE cannot scale", async () => {
    const flat = "series_id,split,t,value\nC,train,1,5\nC,train,2,5\nC,train,3,5\nC,test,1,6\n";
    await expect(run("--panel", writePanel(flat), "--horizon", "1", "--method", "naive", "--out", join(folder, "out"))).rejects.toThrow(
      /line 2, column value: expected train values for series "C" that change at least once.*found every value equal to 5/,
    );
  });

  it("refuses a method name it does not know", async () => {
    await expect(run("--panel", writePanel(panel), "--horizon", "2", "--method", "naive,arima", "--out", join(folder, "out"))).rejects.toThrow(
      /--method: expected auto or method names from naive, drift.*; found "arima"/,
    );
  });

  it("leaves an earlier output alone unless --replace is given", async () => {
    const file = writePanel(panel);
    const out = join(folder, "out");
    await run("--panel", file, "--horizon", "1", "--method", "naive", "--out", out);
    await expect(run("--panel", file, "--horizon", "1", "--method", "naive", "--out", out)).rejects.toThrow(InputError);
    await run("--panel", file, "--horizon", "1", "--method", "naive", "--out", out, "--replace");
  });
});
