import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { forecastLoadedHistory } from "../../../src/jobs/load-caseload-history.js";
import { loadForceModel } from "../../../src/jobs/load-force-model.js";
import { staffingResult } from "../../../src/workload/staffing-result.js";
import { runCli } from "../run-cli.js";

// The fixtures use the round numbers of test/workload/hand-checked-rules.ts. The split history ends
// 2023-03-31 with rsos 1,100 = 1,000 in the community + 100 in custody; the profile says 250 in custody.
// The naive method carries the last community figure, 1,000, into every forecast year.
//
// Community of 1,000: risk mix 0.1/0.2/0.3/0.4 → 100 very high, 200 high, 300 medium, 400 low (half
// reactive: 200 active, 200 reactive).
//   visits   100×12 + 200×4 + 300×2 + 200×1 + 200×0 = 2,800 → × 2 staff × 3 h  = 16,800 h
//   ARMS     100×2 + 200×1 + 300×1 + 200×1 + 200×0  =   900 → × 5 h            =  4,500 h
//   RMPs     100×4 + 200×2 + 300×1 + 200×1 + 200×1  = 1,500 → × 1.5 h          =  2,250 h
//   checks   100×12 + 200×4 + 300×2 + 200×1 + 200×1 = 3,000 → × 20 min ÷ 60    =  1,000 h
//   scheduled 24,550 h; responsive 20% = 4,910 h; community work 29,460 h
// Custody, counted once, on the history's 100: 100 × 4 h = 400 h. Workload 29,460 + 400 = 29,860 h.
// Productive hours per FTE: 35 × 365.25 ÷ 7 × (1 − 0.1 − 0.05 − 0.03 − 0.02) = 1,826.25 × 0.8 = 1,461 h.
//   by ratio     1,000 ÷ 50 = 20 FTE
//   by activity  29,860 ÷ 1,461 = 20.438056 FTE → offender managers needed 20.438056
// Had the rsos (1,100) been forecast and the profile's 250 added on top, as before: by ratio 22 FTE, and
// workload 29,460 × 1.1 + 250 × 4 = 33,406 h.
const split = "test/fixtures/custody/force-split.json";
const rsosOnly = "test/fixtures/custody/force-rsos-only.json";

function readCsv(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, "utf8").trimEnd().split("\r\n");
  const names = header.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((cell, i) => [names[i], cell])));
}

describe("mosovo staffing on a history whose rsos includes custody", { timeout: 120_000 }, () => {
  const scratch = mkdtempSync(join(tmpdir(), "mosovo-custody-"));

  it("counts need on the community figure and custody work once, on the history's custody figure, and says so", () => {
    const out = join(scratch, "split");
    const run = runCli(["staffing", "--force", split, "--method", "naive", "--out", out]);
    expect(run.status, run.stderr).toBe(0);

    const [first] = readCsv(join(out, "staffing.csv"));
    expect(Number(first.registered_sex_offenders)).toBe(1000);
    expect(Number(first.people_in_custody)).toBe(100);
    expect(Number(first.workload_hours)).toBeCloseTo(29_860, 3);
    expect(Number(first.offender_managers_needed_by_ratio)).toBeCloseTo(20, 4);
    expect(Number(first.offender_managers_needed_by_activity)).toBeCloseTo(20.4381, 4);

    const json = JSON.parse(readFileSync(join(out, "staffing.json"), "utf8")) as {
      caseloadCounted: { basis: string };
      custody: { from: string; people: number; line: number };
      modelValues: { path: string }[];
    };
    expect(json.caseloadCounted.basis).toBe("community");
    expect(json.custody).toMatchObject({ from: "history", people: 100, line: 4, profileValueNotUsed: 250 });
    // the profile's unused figure is not listed among the values the model used
    expect(json.modelValues.map((row) => row.path)).not.toContain("peopleInCustody");

    expect(run.stderr).toContain(`warning: ${split}: peopleInCustody (250) is not used: custody work is counted on 100`);
    const report = readFileSync(join(out, "report.html"), "utf8");
    expect(report).toContain("the community figures of test/fixtures/custody/history-split.csv");
    expect(report).toContain("Custody work is counted on 100 people in custody at 31 March 2023, the latest custody figure of");
  });

  it("gives the same need for a history of the community count alone with the same custody in the profile, and warns it read rsos as the community", () => {
    const model = loadForceModel(rsosOnly, "naive");
    const forecast = forecastLoadedHistory(model.historyFile, model.history, { horizon: 2, levels: [80, 95], method: "naive" });
    const result = staffingResult(forecast, { ...model, profileFile: rsosOnly });
    const [first] = result.years;

    // the same 1,000 in the community and 100 in custody (from the profile this time): the same 29,860 h
    expect(first.point.registeredSexOffenders).toBe(1000);
    expect(first.point.peopleInCustody).toBe(100);
    expect(first.point.activityHours.total).toBeCloseTo(29_860, 9);
    expect(result.custody.from).toBe("profile");
    expect(result.caseloadCounted?.basis).toBe("rsos");
    expect(forecast.warnings[0]).toMatch(/history-rsos-only\.csv gives rsos only, .* read as the number of registered sex offenders in the community/);
  });

  it("needs no peopleInCustody in the profile when the history gives custody: the same need, and no warning about it", () => {
    const withoutFigure = "test/fixtures/custody/force-split-without-custody-figure.json";
    const out = join(scratch, "split-without-profile-figure");
    const run = runCli(["staffing", "--force", withoutFigure, "--method", "naive", "--out", out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/peopleInCustody/);

    // the same 29,860 h as above: custody work on the history's 100
    const [first] = readCsv(join(out, "staffing.csv"));
    expect(Number(first.people_in_custody)).toBe(100);
    expect(Number(first.workload_hours)).toBeCloseTo(29_860, 3);
    const json = JSON.parse(readFileSync(join(out, "staffing.json"), "utf8")) as { custody: Record<string, unknown> };
    expect(json.custody).toMatchObject({ from: "history", people: 100, line: 4, profileValueNotUsed: null });
    const report = readFileSync(join(out, "report.html"), "utf8");
    expect(report).toContain("held in every forecast year and counted once: people in custody are not in the forecast caseload.");
    expect(report).not.toContain("is not used");
  });

  it.each(["staffing", "compare", "plan", "report"])(
    "mosovo %s refuses a profile without peopleInCustody when the history gives no custody, exit 2, naming the file, the key and what to give",
    (command) => {
      const withoutFigure = "test/fixtures/custody/force-rsos-only-without-custody-figure.json";
      const out = join(scratch, `rsos-only-without-profile-figure-${command}`);
      const run = runCli([command, "--force", withoutFigure, "--out", out]);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(
        `mosovo: ${withoutFigure}, JSON path peopleInCustody: expected the people on the register in custody, written {"value": …, "source": "…"}, ` +
          "because test/fixtures/custody/history-rsos-only.csv gives no custody figure (or give the history community and custody columns, or a register extract with caseloadFrom \"register\"); found nothing (the key is missing)\n",
      );
      expect(run.stdout).toBe("");
      expect(existsSync(out)).toBe(false);
    },
  );

  it("writes what was forecast into the forecast's summary.json: the community figures, not the rsos", () => {
    const out = join(scratch, "forecast");
    const run = runCli(["forecast", "--history", "test/fixtures/custody/history-split.csv", "--method", "naive", "--out", out]);
    expect(run.status, run.stderr).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8")) as {
      caseloadCounted: { basis: string };
      history: { registeredSexOffenders: number }[];
      forecast: { point: number }[];
    };
    expect(summary.caseloadCounted.basis).toBe("community");
    expect(summary.history.map((year) => year.registeredSexOffenders)).toEqual([980, 990, 1000]);
    expect(summary.forecast[0].point).toBe(1000);
  });
});
