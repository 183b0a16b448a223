import { describe, expect, it } from "vitest";
import { staffingSection } from "../../src/report/staffing-section.js";
import { handStaffingResult } from "./staffing-fixture.js";

describe("staffingSection(result)", () => {
  const section = staffingSection(handStaffingResult());

  it("says the caseload is the community and which custody figure custody work is counted on: the profile's", () => {
    expect(section.html).toContain(
      "<p>The caseload forecast is of people in the community. Custody work is counted on the force profile&#39;s peopleInCustody, 100 people, " +
        "held in every forecast year and counted once: people in custody are not in the forecast caseload; the caseload history gives no custody figures.</p>",
    );
  });

  it("says so when custody work is counted on the history's latest custody figure instead of the profile's", () => {
    const custody = { from: "history" as const, file: "h.csv", profileValueNotUsed: 251, periodEnding: "2025-03-31", people: 1260, line: 7, source: "ViSOR" };
    expect(staffingSection(handStaffingResult({ custody })).html).toContain(
      "Custody work is counted on 1,260 people in custody at 31 March 2025, the latest custody figure of h.csv (line 7), held in every forecast year " +
        "and counted once: people in custody are not in the forecast caseload; the force profile&#39;s peopleInCustody (251) is not used.</p>",
    );
  });

  it("says whether the one-off work of joining the register and release from custody is counted, beside the activity method", () => {
    const statement = "Work on joining the register and on release from custody (a first ARMS assessment, home visit and risk management plan) is not counted: the caseload is a trend forecast of the yearly history, which gives no joiners or releases (a register projection gives them, where the force profile takes its caseload from the register).";
    expect(staffingSection(handStaffingResult({ joiningAndRelease: { counted: false, statement } })).html).toContain(`<p>${statement}</p>`);
  });

  it("places its three charts: need against in post, caseload per offender manager, capacity", () => {
    expect(section.charts.map((chart) => chart.id)).toEqual(["staffing-offender-managers", "staffing-caseload-per-offender-manager", "staffing-capacity"]);
    for (const chart of section.charts) expect(section.html).toContain(`<div data-chart="${chart.id}"></div>`);
  });

  it("draws the 110% excessive line on the capacity chart and the target on the caseload chart", () => {
    const [, caseload, capacity] = section.charts;
    expect(capacity.figure.data.find((trace) => String(trace.name).startsWith("Excessive"))?.y).toEqual([110, 110]);
    expect(caseload.figure.data.find((trace) => trace.name === "Target")?.y).toEqual([50, 50]);
  });

  it("shows capacity % by year: 29,860 h ÷ (16 × 1,461 h) × 100 = 128 at the point forecast", () => {
    expect(section.html).toMatch(/<td class="nowrap">31 March 2024<\/td><td class="number">1,000<\/td>.*<td class="number">128<\/td>/);
  });

  it("splits need and gap into tables of at most seven columns, at the point forecast and the upper 80% bound", () => {
    const headings = [...section.html.matchAll(/<h3>([^<]+)<\/h3>/g)].map((match) => match[1]);
    expect(headings.slice(0, 4)).toEqual([
      "Need, at the point forecast",
      "Gap to the staff in post and its cost, at the point forecast",
      "Need, at the upper 80% bound of the caseload",
      "Gap to the staff in post and its cost, at the upper 80% bound",
    ]);
    const tables = section.html.split("<table").slice(1, 5);
    for (const table of tables) expect(table.split("</thead>")[0].match(/<th[ >]/g)!.length).toBeLessThanOrEqual(7);
    expect(tables[1]).toContain("Cost of the FTE gap a year");
  });

  it("says home visits are in pairs only when the standards put two on each", () => {
    expect(section.html).toContain("home visits (in pairs, as APP asks)");
    const one = staffingSection(handStaffingResult({ staffPerVisit: 1 })).html;
    expect(one).toContain("home visits (1 staff on each, where APP asks for two)");
    expect(one).not.toContain("in pairs");
  });

  it("credits the span of control to APP only when it is APP's ten, otherwise to the force's target", () => {
    expect(section.html).toContain("offender managers ÷ 10 (APP's span of control)");
    const six = staffingSection(handStaffingResult({ targets: { ...handStaffingResult().targets, maxOffenderManagersPerSupervisor: 6 } })).html;
    expect(six).toContain("offender managers ÷ 6 (the force's target)");
    expect(six).not.toContain("APP's span");
  });

  it("costs the posts to fund whole, and labels the FTE gap's cost as such", () => {
    // hand rules: 1,000 people, 16 offender managers and 2 supervisors in post; gap 4.438056 and 0.5895505 FTE
    // posts 5 + 1: 5 × £60,000 + 1 × £70,000 = £370,000; FTE gap: 4.438056 × £60,000 + 0.5895505 × £70,000 = £307,552
    const gap = section.html.split("<table")[2];
    expect(gap).toContain("Cost of the posts a year (£)</th>");
    expect(gap).toMatch(/<td>5 \+ 1<\/td><td class="number">370,000<\/td><td class="number">307,552<\/td>/);
  });

  it("lists the model values in one table a file, headed by its name, a JSON path breaking only after a dot", () => {
    const modelValues = [
      { file: "standards.json", path: "homeVisit.staffPerVisit", value: 2, source: "APP", assumption: false, reason: "" },
      { file: "force <1>.json", path: "riskMix.high", value: 0.2, source: "NPCC", assumption: false, reason: "" },
      { file: "standards.json", path: "homeVisit.hoursPerVisit", value: 3, source: "us", assumption: true, reason: "a guess" },
    ];
    const html = staffingSection(handStaffingResult({ modelValues })).html;
    const values = html.slice(html.indexOf("values and sources"));
    expect([...values.matchAll(/<h4><code>([^<]+)<\/code><\/h4>/g)].map((match) => match[1])).toEqual(["standards.json", "force &lt;1&gt;.json"]);
    const [, standardsTable, forceTable] = values.split("<h4>");
    expect(standardsTable.match(/<tr>/g)?.length).toBe(3); // heading and two rows
    expect(forceTable.match(/<tr>/g)?.length).toBe(2);
    expect(standardsTable).toContain('<code class="json-path">homeVisit.<wbr>hoursPerVisit</code>');
    expect(standardsTable).not.toContain("standards.json</td>");
  });

  it("marks assumptions with their reason, and escapes text from the model files", () => {
    expect(section.html).toContain("<strong>assumption</strong>: a &lt;guess&gt;");
    expect(section.html).toContain("<td>published</td>");
    expect(section.html).toContain("Test &lt;force&gt;: Made up &amp; small");
    expect(section.html).not.toContain("<guess>");
  });

  it("labels an illustrative force as illustrative, and a force's own profile not", () => {
    expect(section.html).toContain("<strong>Illustrative.</strong>");
    const own = staffingSection(handStaffingResult({ force: { name: "Own", description: "ours", illustrative: false } }));
    expect(own.html).not.toContain("Illustrative.");
  });
});
