import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { folderContents } from "../../robustness/output-folder.js";
import { projectRoot, runCli } from "../run-cli.js";

const example = "models/example-force.json";

function csvRows(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, "utf8").trimEnd().split("\r\n");
  const names = header.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((cell, i) => [names[i], cell])));
}

describe("mosovo report", { timeout: 180_000 }, () => {
  const scratch = mkdtempSync(join(tmpdir(), "mosovo-report-"));

  it("runs the whole job on the bundled example, as npm start does, into one folder", () => {
    const out = join(scratch, "example");
    const run = runCli(["report", "--out", out]);

    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.status, run.stderr).toBe(0);
    const outputs = ["report.html", "forecast.csv", "methods.csv", "backtest.csv", "summary.json", "staffing.csv", "staffing.json"];
    // the example profile lists scenarios and names operational extracts, so the report has those parts too
    const scenarioOutputs = ["comparison.csv", "least-cost-plan.json", "plan.csv"];
    const operationsOutputs = ["outstanding.csv", "on-time-completion.csv", "reviews.csv", "abstractions.csv", "regular-abstraction.csv", "outlook.csv"];
    for (const file of [...outputs, ...scenarioOutputs, ...operationsOutputs]) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
    // the staffing rows are the forecast's years, at the forecast's point values
    const forecast = csvRows(join(out, "forecast.csv"));
    const staffing = csvRows(join(out, "staffing.csv"));
    expect(staffing.map((row) => row.period_ending)).toEqual(forecast.map((row) => row.period_ending));
    staffing.forEach((row, i) => expect(Number(row.registered_sex_offenders)).toBeCloseTo(Number(forecast[i].point), 0));
    const html = readFileSync(join(out, "report.html"), "utf8");
    expect(html).toContain('<section id="staffing"');
    expect(html).toContain('<section id="forecast"');
    expect(html).toContain('<section id="scenarios"');
    expect(html).toContain('<section id="operations"');
    // the profile names the synthetic register: its history, projection and backtest come after the
    // forecast, said to be shown for comparison, while the staffing figures stay with the history
    expect(html.indexOf('<section id="register"')).toBeGreaterThan(html.indexOf('<section id="forecast"'));
    expect(html).toContain("The staffing figures in this report use the trend forecast of the caseload history");
    expect(html).toContain("from 100 simulated paths");
    expect(html).toContain("Backtest: error of the community forecast by years ahead");
    for (const file of ["register-history.csv", "register-projection.csv", "flows.csv", "register-backtest.csv"]) expect(existsSync(join(out, file)), file).toBe(true);
    // "At a glance" comes first, and its figures are the outputs' own: the last year's need and the plan's cost
    expect(html.indexOf('<section id="at-a-glance"')).toBeGreaterThan(0);
    expect(html.indexOf('<section id="at-a-glance"')).toBeLessThan(html.indexOf('<section id="staffing"'));
    const glance = html.slice(html.indexOf('<section id="at-a-glance"'), html.indexOf('<section id="staffing"'));
    const lastYear = staffing[staffing.length - 1];
    const needed = Math.max(Number(lastYear.offender_managers_needed_by_ratio), Number(lastYear.offender_managers_needed_by_activity));
    expect(glance).toContain(`needs ${needed.toFixed(1)} offender managers`);
    expect(glance.match(/<li>/g)?.length).toBeGreaterThanOrEqual(8);
    // the bundled scenarios, five years each; the plan this run finds is the bundled plan, so it is listed once
    const comparison = csvRows(join(out, "comparison.csv"));
    expect([...new Set(comparison.map((row) => row.scenario))]).toEqual([
      "Status quo",
      "Two more offender managers",
      "Sentencing law shock",
      "Least-cost hiring plan",
    ]);
    const planCost = comparison.filter((row) => row.scenario === "Least-cost hiring plan").reduce((total, row) => total + Number(row.cost), 0);
    expect(glance).toContain(`costs £${Math.round(planCost).toLocaleString("en-GB")} over 5 years`);
    // the sensitivity analysis costs the chosen option, this plan, with the model's own values: the same figure
    const [sensitivityHeader, modelValues] = readFileSync(join(out, "sensitivity.csv"), "utf8").split("\r\n").map((line) => line.split(","));
    const sensitivity = Object.fromEntries(sensitivityHeader.map((name, i) => [name, modelValues[i]]));
    expect(sensitivity.assumption).toBe("(model's values)");
    expect(sensitivity.least_cost_plan_found_low).toBe("yes");
    expect(Number(sensitivity.least_cost_plan_cost_low)).toBeCloseTo(planCost, 2);
    expect(sensitivity.least_cost_plan_month_ends_beyond_reach_low).toBe("8");
    // no hire before 31 March 2026, the date the inputs are known to (the extracts' as-of date, after the history's
    // last year end, 31 March 2025): every month end met but the first year's twelve, before any hire can start, and
    // the next year's first eight, which the nine months' training puts beyond a hire in April 2026
    for (const row of comparison.filter((row) => row.scenario.startsWith("Least-cost"))) {
      expect(row.months_caseload_target_breached).toBe({ "2026-03-31": "12", "2027-03-31": "8" }[row.period_ending] ?? "0");
      expect(row.supervision_target_met).toBe("true");
    }
    // the bundled plan file holds the plan this run finds, so it is shown once, under that file's name, and the
    // Recommendation 8 summary names the cheapest option by the name it is shown under
    expect(readFileSync(join(out, "recommendation-8.html"), "utf8")).toMatch(/(&quot;|&#34;)Least-cost hiring plan(&quot;|&#34;) the least/);
    const planHtml = html.slice(html.indexOf('<section id="least-cost-plan"'), html.indexOf("</section>", html.indexOf('<section id="least-cost-plan"')));
    expect(planHtml).toContain(
      "No hire is planned before 31 March 2026: the inputs are known to 31 March 2026 (the operational extracts&#39; as-of date). The first hire can start in April 2026. " +
        "Before then the caseload target at the end of April 2025 to March 2026 is breached, and no hire can change that",
    );
    // the status quo keeps the staff in post, so its caseload per offender manager is the staffing stage's
    const statusQuo = comparison.filter((row) => row.scenario === "Status quo");
    statusQuo.forEach((row, i) => expect(Number(row.caseload_per_offender_manager)).toBeCloseTo(Number(staffing[i].caseload_per_offender_manager), 6));
    // no reference from the extracts reaches any output
    for (const [path, bytes] of folderContents(out)) expect(bytes.toString("latin1"), path).not.toMatch(/WI-\d{6}|OM-\d{2}\b/);
    // the report names its inputs by SHA-256, as the provenance section promises
    const history = readFileSync(join(projectRoot, "data/example-force-rso.csv"));
    expect(html).toContain(createHash("sha256").update(history).digest("hex"));
  });

  it("gives byte-identical output folders when run twice", () => {
    const [first, second] = ["first", "second"].map((name) => join(scratch, `twice-${name}`));
    for (const out of [first, second]) expect(runCli(["report", "--force", example, "--out", out]).status).toBe(0);

    const [a, b] = [folderContents(first), folderContents(second)];
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    expect([...a].filter(([path, bytes]) => !bytes.equals(b.get(path)!)).map(([path]) => path)).toEqual([]);
  });

  it("refuses a force profile naming a caseload history that is not there: exit 2, one line, nothing written", () => {
    const folder = mkdtempSync(join(tmpdir(), "mosovo-report-profile-"));
    cpSync(join(projectRoot, "models"), folder, { recursive: true });
    const profile = join(folder, "example-force.json");
    writeFileSync(profile, readFileSync(profile, "utf8").replace('"../data/example-force-rso.csv"', '"../data/missing.csv"'));
    const out = join(scratch, "refused");

    const run = runCli(["report", "--force", profile, "--out", out]);

    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^mosovo: .*missing\.csv: .*\n$/);
    expect(existsSync(out)).toBe(false);
  });

  it("gives a profile without scenarios or extracts a report without those parts, its At a glance on forecast and staffing alone", () => {
    const folder = mkdtempSync(join(tmpdir(), "mosovo-report-plain-"));
    const profile = JSON.parse(readFileSync(join(projectRoot, example), "utf8")) as Record<string, unknown>;
    delete profile.scenarios;
    delete profile.operationalExtracts;
    delete profile.register;
    delete profile.recommendation8Rules;
    profile.caseloadHistory = join(projectRoot, "data", "norfolk-rso.csv");
    profile.workloadStandards = join(projectRoot, "models", "workload-standards.json");
    delete profile.$schema;
    const profileFile = join(folder, "plain-force.json");
    writeFileSync(profileFile, JSON.stringify(profile));
    const out = join(scratch, "plain");

    const run = runCli(["report", "--force", profileFile, "--out", out]);

    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(out, "comparison.csv"))).toBe(false);
    expect(existsSync(join(out, "outstanding.csv"))).toBe(false);
    const html = readFileSync(join(out, "report.html"), "utf8");
    // no scenarios, no plan: the sensitivity analysis has no chosen option to cost, and says so
    const [, modelValues] = readFileSync(join(out, "sensitivity.csv"), "utf8").split("\r\n");
    expect(modelValues).toMatch(/^\(model's values\),,,,,[\d.]+,[\d.]+,[\d.]+,[\d.]+,{8}\d+,\d+$/);
    expect(html).toContain("The profile lists no scenarios, so the report chooses no plan");
    expect(html).not.toContain('<section id="scenarios"');
    expect(html).not.toContain('<section id="operations"');
    const glance = html.slice(html.indexOf('<section id="at-a-glance"'), html.indexOf('<section id="staffing"'));
    const links = [...glance.matchAll(/<a href="#([a-z-]+)">/g)].map((match) => match[1]);
    expect(links).toEqual(["forecast", "staffing", "staffing", "staffing"]);
    // with no extracts, parts 2 to 4 of the Recommendation 8 summary say "no data", never "met"; the
    // profile names no rules file, so the tool's own are used and named as such
    const summary = readFileSync(join(out, "recommendation-8.html"), "utf8");
    expect([...summary.matchAll(/<span class="status status-[a-z-]+">([^<]+)<\/span>/g)].map((match) => match[1]).slice(1)).toEqual(["No data", "No data", "No data"]);
    expect(summary).toContain("recommendation-8-rules.json (mosovo-workload&#39;s defaults)");
  });

  it("plans from the date given with --no-hire-before, in the plan section and the sensitivity analysis alike", () => {
    const out = join(scratch, "later-hires");
    const run = runCli(["report", "--no-hire-before", "01/10/2026", "--out", out]);
    expect(run.status, run.stderr).toBe(0);
    const html = readFileSync(join(out, "report.html"), "utf8");
    expect(html).toContain("No hire is planned before 1 October 2026: given with --no-hire-before. The first hire can start in October 2026.");
    // the plan hires nothing before October 2026, and the sensitivity analysis costs that same plan with the model's values
    const plan = readFileSync(join(out, "plan.csv"), "utf8").split("\r\n").slice(1, -1);
    expect(plan.every((row) => !/2026-0[4-9]:|2025-/.test(row))).toBe(true);
    const [header, modelValues] = readFileSync(join(out, "sensitivity.csv"), "utf8").split("\r\n").map((line) => line.split(","));
    const planTotal = readFileSync(join(out, "comparison.csv"), "utf8").split("\r\n").filter((row) => row.startsWith("Least-cost plan found by this run,"));
    const comparisonCost = planTotal.reduce((total, row) => total + Number(row.split(",")[11]), 0);
    expect(Number(modelValues[header.indexOf("least_cost_plan_cost_low")])).toBeCloseTo(comparisonCost, 2);
    expect(runCli(["report", "--no-hire-before", "2026-13-01", "--out", join(scratch, "bad-date")]).status).toBe(2);
  });

  it("keeps an earlier output unless --replace is given, and never replaces a folder it did not write", () => {
    const out = join(scratch, "earlier");
    expect(runCli(["report", "--out", out]).status).toBe(0);
    const digests = () => [...folderContents(out)].map(([path, bytes]) => `${path} ${createHash("sha256").update(bytes).digest("hex")}`).sort();
    const before = digests();

    const again = runCli(["report", "--out", out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/give --replace/);
    expect(digests()).toEqual(before);
    expect(runCli(["report", "--out", out, "--replace"]).status).toBe(0);

    const taken = join(scratch, "taken");
    cpSync(join(projectRoot, "data"), taken, { recursive: true });
    const refused = runCli(["report", "--out", taken, "--replace"]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/never replaces/);
    expect(existsSync(join(taken, "report.html"))).toBe(false);
  });
});
