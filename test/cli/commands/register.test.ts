import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../../../src/cli/program.js";
import { InputError } from "../../../src/errors.js";
import { runCli } from "../run-cli.js";

const scratch = mkdtempSync(join(tmpdir(), "mosovo-register-"));
const header = "person_ref,registered_on,notification_ends,left_on,left_reason,risk_level,custody_from,custody_until,expected_release,birth_year";

// As of 31 January 2024, complete from 1 January 2022: no joiners and no unforeseen leavers in the history, every exit known.
const fixedRegister = [
  header,
  "ZQ-SECRET-PERSON-A,2019-01-01,,,,low,,,,1970", // on throughout
  "ZQ-SECRET-PERSON-B,2014-03-31,2024-03-31,,,medium,,,,", // period ends on the last day of March
  "ZQ-SECRET-PERSON-C,2020-01-01,,,,high,2020-01-01,,2024-04-30,1980", // released on the last day of April
  "ZQ-SECRET-PERSON-D,2013-05-01,2023-05-01,2023-05-01,period_ended,low,,,,", // left in the history, period ended
].join("\n");

function file(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

async function run(...args: string[]): Promise<{ printed: string[]; warned: string[] }> {
  const printed: string[] = [];
  const warned: string[] = [];
  const context = { version: "0.0.0-test", print: (line: string) => printed.push(line), warn: (line: string) => warned.push(line) };
  await buildProgram(context).parseAsync(["node", "mosovo", "register", ...args]);
  return { printed, warned };
}

function allFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

const extract = file("register.csv", fixedRegister);
const base = ["--extract", extract, "--as-of", "2024-01-31", "--complete-from", "2022-01-01", "--horizon", "1", "--paths", "40"];

describe("mosovo register", () => {
  it("writes the history and an exact projection with zero-width ranges, counted by hand", async () => {
    const out = join(scratch, "exact");
    await run(...base, "--out", out);
    expect(readdirSync(out).sort()).toEqual([".mosovo-output", "charts", "flows.csv", "register-backtest.csv", "register-caseload-history.csv", "register-history.csv", "register-projection.csv", "report.html"]);

    const history = readFileSync(join(out, "register-history.csv"), "utf8").split("\r\n");
    // 24 months from January 2022 to January 2024; at 31 January 2024: A and B in the community, C in custody
    expect(history).toHaveLength(1 + 25 + 1);
    expect(history[25]).toBe("2024-01-31,2,1,0,0,1,1,0,0,0,0,0,0,0,0");
    // May 2023: D's period ended
    expect(history).toContain("2023-05-31,2,1,0,0,1,1,0,0,0,1,0,0,0,0");

    const projection = readFileSync(join(out, "register-projection.csv"), "utf8").split("\r\n");
    expect(projection[0]).toBe("period_ending,measure,point,lower_80,upper_80,lower_95,upper_95");
    expect(projection).toContain("2024-02-29,community,2,2,2,2,2"); // A, B
    expect(projection).toContain("2024-03-31,community,1,1,1,1,1"); // A (B ended on the 31st)
    expect(projection).toContain("2024-04-30,community,2,2,2,2,2"); // A, C released on the 30th
    expect(projection).toContain("2024-03-31,custody,1,1,1,1,1");
    expect(projection).toContain("2024-04-30,custody,0,0,0,0,0");
    expect(projection).toContain("2025-01-31,community_high,1,1,1,1,1");
    expect(projection).toHaveLength(1 + 12 * 7 + 1);

    const flows = readFileSync(join(out, "flows.csv"), "utf8").split("\r\n");
    expect(flows).toContain("2024-03-31,leavers_period_ended,projected,1,1,1,1,1");
    expect(flows).toContain("2024-04-30,releases,projected,1,1,1,1,1");
    expect(flows).toContain("2023-05-31,leavers_period_ended,recorded,1,,,,");
  });

  it("writes no person_ref anywhere", async () => {
    const out = join(scratch, "private");
    await run(...base, "--out", out);
    for (const path of allFiles(out)) expect(readFileSync(path, "utf8")).not.toMatch(/SECRET/);
  });

  it("gives the same bytes for the same seed", async () => {
    const random = [header, ...Array.from({ length: 60 }, (_, index) => `P${index},${2016 + (index % 4)}-0${1 + (index % 9)}-15,,${index % 5 === 0 ? `2023-0${1 + (index % 9)}-10,died` : ","},low,,,,${1940 + index}`)].join("\n");
    const randomFile = file("random.csv", random);
    const outputs = await Promise.all(["one", "two"].map(async (name) => {
      const out = join(scratch, `seed-${name}`);
      await run("--extract", randomFile, "--as-of", "2024-01-31", "--paths", "50", "--seed", "7", "--out", out);
      return ["register-projection.csv", "flows.csv", "report.html"].map((name) => readFileSync(join(out, name), "utf8"));
    }));
    expect(outputs[0]).toEqual(outputs[1]);
  });

  it("writes a yearly history that mosovo forecast --history reads", async () => {
    const out = join(scratch, "yearly");
    await run(...base, "--out", out);
    const yearly = readFileSync(join(out, "register-caseload-history.csv"), "utf8").split("\r\n");
    expect(yearly[0]).toBe("year_ending,rsos,community,custody,quality,source");
    // 31 January 2022: A, B and D (who left in May 2023) in the community, C in custody: 4 on the register,
    // 3 + 1, as a caseload history that splits its rsos counts them
    expect(yearly[1]).toMatch(/^2022-01-31,4,3,1,derived,/);
    expect(yearly[3]).toMatch(/^2024-01-31,3,2,1,derived,/);
    // the extract was named by an absolute path: the source quotes its file name only
    expect(extract.startsWith("/")).toBe(true);
    expect(yearly[1]).toContain(`register extract ${basename(extract)} as of 2024-01-31`);
    expect(yearly.join("\n")).not.toContain(dirname(extract));
    const forecast = runCli(["forecast", "--history", join(out, "register-caseload-history.csv"), "--out", join(scratch, "forecast-of-register")]);
    expect(forecast.stderr).not.toMatch(/expected/);
    expect(forecast.status).toBe(0);
  });

  it.each([
    [["--complete-from", "2024-02-01"], "--complete-from 2024-02-01: expected a date from 1900 to the --as-of date 2024-01-31; found a date outside it"],
    [["--complete-from", "2024-01-15"], "--complete-from 2024-01-15 leaves no whole month of history before the --as-of date 2024-01-31: expected a completeness date at least a month earlier"],
  ])("refuses %j", async (extra, message) => {
    await expect(run("--extract", extract, "--as-of", "2024-01-31", ...extra, "--out", join(scratch, "refused"))).rejects.toThrow(new InputError(message));
  });

  it("exits 2 naming the file, line and column of a bad row", () => {
    const bad = file("bad.csv", [header, "A,2019-01-01,,2024-02-01,died,low,,,,"].join("\n"));
    const result = runCli(["register", "--extract", bad, "--as-of", "2024-01-31", "--out", join(scratch, "bad-out")]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(`mosovo: ${bad}, line 2, column left_on: expected a date on or before the --as-of date 2024-01-31; found "2024-02-01"`);
  });
});
