import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPlotlyBundle } from "../../src/io/read-plotly-bundle.js";
import { forecastSection } from "../../src/report/forecast-section.js";
import { renderHtmlReport, type HtmlReport } from "../../src/report/html-report.js";
import { checkedPlotlyBundle } from "../../src/report/plotly-bundle.js";
import type { Chart, ReportSection } from "../../src/report/report-section.js";
import { pageBytes, pageText, withBundleAsHash } from "./page-text.js";
import { sampleForecast, sampleProvenance } from "./sample-forecast.js";

const plotlyBundle = checkedPlotlyBundle(readPlotlyBundle());
const plotlyText = pageText([plotlyBundle.bytes]);

/** The report's text, without the 4.8 MB bundle. */
function reportText(report: HtmlReport): string {
  return pageText(renderHtmlReport(report)).split(plotlyText).join("");
}

/**
 * Compares with a golden file. After an intended change to the report, rewrite the files with
 * `UPDATE_GOLDEN=1 npx vitest run test/report/` and read the difference before committing it.
 */
function expectGolden(actual: string, name: string): void {
  const path = new URL(`golden/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

const sampleReport: HtmlReport = {
  title: "Example force: MOSOVO caseload forecast",
  subtitle: "Registered sex offenders to the year ending 31 March 2025",
  sections: [forecastSection(sampleForecast)],
  provenance: sampleProvenance,
  plotlyBundle,
};

function chart(id: string): Chart {
  return { id, title: `Chart ${id}`, caption: "c", figure: { data: [], layout: {} } };
}

function section(id: string, html: string, charts: Chart[] = []): ReportSection {
  return { id, title: `Section ${id}`, html, charts };
}

describe("renderHtmlReport({ title, subtitle, sections, provenance, plotlyBundle })", () => {
  it("matches the golden report built from the sample forecast, byte for byte", () => {
    expectGolden(withBundleAsHash(renderHtmlReport(sampleReport), plotlyBundle), "report.html");
  });

  it("gives the same bytes twice", () => {
    expect(pageBytes(renderHtmlReport(sampleReport)).equals(pageBytes(renderHtmlReport(sampleReport)))).toBe(true);
  });

  it("shows <script> and an <img onerror> from file names, sources and warnings as text", () => {
    const attack = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';
    const html = reportText({
      ...sampleReport,
      title: attack,
      subtitle: attack,
      provenance: {
        ...sampleProvenance,
        commandLine: `mosovo forecast --history '${attack}'`,
        inputs: [{ file: attack, sha256: attack, rowsUsed: 1 }],
        options: [{ name: "--history", value: attack }],
        methodReferences: [{ method: attack, reference: attack }],
        assumptions: [{ statement: attack, source: attack, isAssumption: true }],
        warnings: [attack],
      },
    });

    expect(html).not.toContain("<img");
    expect(html.match(/<script/g)).toHaveLength(3); // the figures' JSON, Plotly, the drawing script
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;");
  });

  it("accepts the word style= in escaped text, which is no attribute", () => {
    expect(() => renderHtmlReport({ ...sampleReport, sections: [section("s", "<p>set style=bold in the file</p>")] })).not.toThrow();
  });

  it("lists every section in the contents in order, with the provenance last", () => {
    const html = reportText({ ...sampleReport, sections: [section("first", ""), section("second", "")] });
    const links = [...html.matchAll(/<li><a href="#([^"]+)">/g)].map((match) => match[1]);

    expect(links).toEqual(["first", "second", "provenance"]);
    expect(html).toContain('<section id="second" aria-labelledby="second-heading">');
  });

  it("puts a chart where its placeholder is, and a chart with no placeholder after the body", () => {
    const html = reportText({
      ...sampleReport,
      sections: [section("s", '<p>text before</p>\n<div data-chart="placed"></div>\n<p>text after</p>', [chart("unplaced"), chart("placed")])],
    });
    const order = ["text before", 'id="plot-placed"', "text after", 'id="plot-unplaced"', '<section id="provenance"'].map((text) => html.indexOf(text));

    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).not.toContain("data-chart=");
  });

  it.each([
    ["a placeholder naming no chart of its section", [section("s", '<div data-chart="missing"></div>')], /places chart "missing", which it does not have/],
    ["a chart placed twice", [section("s", '<div data-chart="a"></div><div data-chart="a"></div>', [chart("a")])], /places chart "a" twice/],
    ["two sections with one id", [section("s", ""), section("s", "")], /two sections have the id "s"/],
    ["a section that takes the provenance's id", [section("provenance", "")], /two sections have the id "provenance"/],
    ["two charts with one id", [section("s", "", [chart("a")]), section("t", "", [chart("a")])], /two charts have the id "a"/],
    ["a section id that is no safe anchor", [section('x" onclick="y', "")], /section id/],
    ["a style attribute, which the policy would block", [section("s", '<p class="a" style="color: red">x</p>')], /style attribute or a script/],
    ["a script in a section body", [section("s", "<SCRIPT>x()</SCRIPT>")], /style attribute or a script/],
  ])("refuses %s", (_, sections, message) => {
    expect(() => renderHtmlReport({ ...sampleReport, sections })).toThrow(message);
  });
});
