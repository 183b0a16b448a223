import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../run-cli.js";

const national = "data/national-rso-england-wales.csv";

function readCsv(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, "utf8").trimEnd().split("\r\n");
  const names = header.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((cell, i) => [names[i], cell])));
}

describe("mosovo forecast", () => {
  const scratch = mkdtempSync(join(tmpdir(), "mosovo-forecast-"));

  it("writes a five-year forecast for 2026–2030 from the national series, with the 80% interval inside the 95%", () => {
    const out = join(scratch, "national");
    const run = runCli(["forecast", "--history", national, "--out", out]);

    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.status).toBe(0);
    const rows = readCsv(join(out, "forecast.csv"));
    expect(rows.map((row) => row.period_ending)).toEqual(["2026-03-31", "2027-03-31", "2028-03-31", "2029-03-31", "2030-03-31"]);
    for (const row of rows) {
      const [lower95, lower80, point, upper80, upper95] = ["lower_95", "lower_80", "point", "upper_80", "upper_95"].map((name) => Number(row[name]));
      expect(lower95).toBeLessThanOrEqual(lower80);
      expect(lower80).toBeLessThanOrEqual(point);
      expect(point).toBeLessThanOrEqual(upper80);
      expect(upper80).toBeLessThanOrEqual(upper95);
    }
    expect(readdirSync(out).sort()).toEqual([".mosovo-output", "backtest.csv", "charts", "forecast.csv", "methods.csv", "report.html", "summary.json"]);
    // the six missing years of the national series are filled in and said to be
    expect(run.stderr).toMatch(/2008.*2010.*2012.*2014.*2018.*2019/);
  });

  it("gives byte-identical outputs when run twice on the same inputs", () => {
    const first = join(scratch, "first");
    const second = join(scratch, "second");
    expect(runCli(["forecast", "--history", national, "--out", first]).status).toBe(0);
    expect(runCli(["forecast", "--history", national, "--out", second]).status).toBe(0);
    for (const name of ["forecast.csv", "methods.csv", "backtest.csv", "summary.json", "report.html", "charts/caseload-fan-chart.html"]) {
      expect(readFileSync(join(second, name)).equals(readFileSync(join(first, name))), name).toBe(true);
    }
  });

  it("names the method used and writes interval columns for the levels asked for", () => {
    const out = join(scratch, "levels");
    const run = runCli(["forecast", "--history", national, "--method", "naive", "--levels", "50,90", "--horizon", "2", "--out", out]);

    expect(run.status).toBe(0);
    const header = readFileSync(join(out, "forecast.csv"), "utf8").split("\r\n")[0];
    expect(header).toBe("period_ending,method,point,lower_50,upper_50,lower_90,upper_90");
    // naive carries the last figure, 73,047 at 31 March 2025, forward
    expect(readCsv(join(out, "forecast.csv")).map((row) => [row.method, row.point])).toEqual([
      ["naive", "73047"],
      ["naive", "73047"],
    ]);
  });

  it("refuses a method the history is too short for, for every method and a one-year history: exit 2, one line", () => {
    const history = join(scratch, "one-year.csv");
    writeFileSync(history, "year_ending,rsos\n2025-03-31,100\n");
    for (const method of ["auto", "naive", "drift", "linear", "log-linear", "ses", "holt", "damped", "theta", "combination"]) {
      const run = runCli(["forecast", "--history", history, "--method", method, "--out", join(scratch, `one-year-${method}`)]);
      expect(run.status, `${method}: ${run.stderr}`).toBe(2);
      expect(run.stderr).toMatch(/^mosovo: .*one-year\.csv: expected at least \d+ years of figures for .*; found 1\n$/);
    }
  });

  it("refuses log-linear named on a history it cannot fit, exit 2 naming the file; auto leaves it out with a warning", () => {
    const history = join(scratch, "wild.csv");
    writeFileSync(history, "year_ending,rsos\n2020-03-31,91191\n2021-03-31,1\n2022-03-31,97375\n");
    const named = runCli(["forecast", "--history", history, "--method", "log-linear", "--horizon", "8", "--out", join(scratch, "wild-log-linear")]);
    expect(named.status, named.stderr).toBe(2);
    expect(named.stderr).toMatch(/^mosovo: .*wild\.csv: expected a history the method log-linear can be fitted to; found that compound growth .* cannot give finite prediction intervals .*\n$/);
    expect(existsSync(join(scratch, "wild-log-linear"))).toBe(false);

    const auto = runCli(["forecast", "--history", history, "--horizon", "8", "--out", join(scratch, "wild-auto")]);
    expect(auto.status, auto.stderr).toBe(0);
    expect(auto.stderr).toMatch(/warning: Methods left out for this history: compound growth \(log-linear trend\) cannot give finite/);
    // drift's lower bounds on such a history fall far below zero; a register cannot, so they are shown as 0
    expect(auto.stderr).toMatch(/warning: Forecasts or bounds below zero are shown as 0, .*random walk with drift/);
    for (const file of ["forecast.csv", "methods.csv"]) expect(readFileSync(join(scratch, "wild-auto", file), "utf8"), file).not.toMatch(/,-\d/);
  });

  it("refuses to replace an earlier output without --replace, and replaces it with", () => {
    const out = join(scratch, "again");
    expect(runCli(["forecast", "--history", national, "--out", out]).status).toBe(0);

    const refused = runCli(["forecast", "--history", national, "--out", out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr.trim()).toBe(`mosovo: --out ${out}: the folder already holds outputs; give --replace to replace them, or choose another --out`);

    expect(runCli(["forecast", "--history", national, "--out", out, "--replace"]).status).toBe(0);
  });

  it("never replaces a folder it did not write, even with --replace", () => {
    const out = join(scratch, "documents");
    mkdirSync(out);
    writeFileSync(join(out, "business-case.docx"), "not ours");

    const run = runCli(["forecast", "--history", national, "--out", out, "--replace"]);

    expect(run.status).toBe(2);
    expect(readdirSync(out)).toEqual(["business-case.docx"]);
  });

  it.each([
    [["--horizon", "0"], /option '--horizon <years>' argument '0' is invalid/],
    [["--levels", "80,100"], /option '--levels <list>' argument '80,100' is invalid/],
    [["--method", "magic"], /expected auto or one of naive, drift/],
  ])("refuses bad options %j with exit code 2 and no output", (extra, message) => {
    const out = join(scratch, "bad-option");
    const run = runCli(["forecast", "--history", national, "--out", out, ...extra]);

    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(() => readdirSync(out)).toThrow();
  });
});
