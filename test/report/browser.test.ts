import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPlotlyBundle } from "../../src/io/read-plotly-bundle.js";
import { writeOutputDirectory } from "../../src/io/write-output-directory.js";
import { chartPageFiles } from "../../src/report/chart-page.js";
import { forecastSection } from "../../src/report/forecast-section.js";
import type { PageBytes } from "../../src/report/html-document.js";
import { renderHtmlReport } from "../../src/report/html-report.js";
import { checkedPlotlyBundle } from "../../src/report/plotly-bundle.js";
import type { Provenance } from "../../src/report/provenance.js";
import { clean, drawnTraces, launchOptions, openGuarded } from "./guarded-browser.js";
import { sampleForecast, sampleProvenance } from "./sample-forecast.js";

const screenshotFolder = new URL("../../reports/screenshots/", import.meta.url);
const hostileFileName = '<script>alert("file")</script>.csv';
const hostileSource = '"><img src=x onerror=alert("source")>';

let browser: Browser;
let folder: string;

beforeAll(async () => {
  browser = await chromium.launch(launchOptions);
  folder = mkdtempSync(join(tmpdir(), "mosovo-browser-"));
  const plotlyBundle = checkedPlotlyBundle(readPlotlyBundle());
  const sections = [forecastSection(sampleForecast)];
  const reportTitle = "Example force: MOSOVO caseload forecast";
  const hostileProvenance: Provenance = {
    ...sampleProvenance,
    inputs: [{ ...sampleProvenance.inputs[0], file: hostileFileName }],
    assumptions: [{ statement: "Counts at 31 March", source: hostileSource, isAssumption: false }],
  };
  const files = new Map<string, PageBytes>([
    ["report.html", renderHtmlReport({ title: reportTitle, subtitle: "Year ending 31 March 2025", sections, provenance: sampleProvenance, plotlyBundle })],
    ["hostile.html", renderHtmlReport({ title: reportTitle, subtitle: hostileSource, sections, provenance: hostileProvenance, plotlyBundle })],
    ...chartPageFiles(sections, { reportTitle, provenance: sampleProvenance, plotlyBundle }),
  ]);
  writeOutputDirectory(join(folder, "out"), files, { replace: false, command: "report" });
  // two pages that misbehave, to show the checks below can fail
  writeFileSync(join(folder, "fetches.html"), '<!DOCTYPE html><title>t</title><img src="http://127.0.0.1:9/pixel.png" alt="">');
  writeFileSync(
    join(folder, "unhashed.html"),
    "<!DOCTYPE html><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\"><title>t</title><script>document.title = 'ran';</script>",
  );
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
});

describe("the report in Chromium, opened from file://", () => {
  it("makes no network request, logs no error, breaks no CSP rule, and draws every trace of every chart", async () => {
    const { page, misbehaviour } = await openGuarded(browser, join(folder, "out", "report.html"));
    mkdirSync(screenshotFolder, { recursive: true });
    await page.screenshot({ path: new URL("report.png", screenshotFolder).pathname, fullPage: true });
    // hover over the last forecast point, so a hover label and the mode bar are drawn under the policy too
    await page.locator("#plot-caseload-fan-chart .scatterlayer .trace").last().locator(".points path").last().hover({ force: true });
    await page.waitForSelector("#plot-caseload-fan-chart .hoverlayer .hovertext");
    misbehaviour.policyViolations = await page.evaluate<string[]>("window.policyViolations");
    const traces = await drawnTraces(page);
    await page.context().close();

    expect(misbehaviour).toEqual(clean);
    expect(traces.length).toBeGreaterThan(0);
    for (const chart of traces) expect(chart.drawn, chart.id).toBe(chart.expected);
  }, 120_000);

  it("prints to a PDF of more than one A4 page", async () => {
    const { page } = await openGuarded(browser, join(folder, "out", "report.html"));
    const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
    await page.context().close();
    writeFileSync(new URL("report.pdf", screenshotFolder), pdf);

    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.toString("latin1").match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThan(1);
  }, 120_000);

  it("shows <script> and an <img onerror> from a file name or source as text, and runs neither", async () => {
    const { page, misbehaviour } = await openGuarded(browser, join(folder, "out", "hostile.html"));
    const text = await page.evaluate<string>("document.body.innerText");
    const images = await page.evaluate<number>('document.querySelectorAll("img").length');
    await page.context().close();

    expect(misbehaviour).toEqual(clean);
    expect(text).toContain(hostileFileName);
    expect(text).toContain(hostileSource);
    expect(images).toBe(0);
  }, 120_000);

  it("opens each chart page on its own with the same guarantees", async () => {
    const pages = [...chartPageFiles([forecastSection(sampleForecast)], { reportTitle: "t", provenance: sampleProvenance, plotlyBundle: checkedPlotlyBundle(new Uint8Array()) }).keys()];
    expect(pages.length).toBeGreaterThan(0);
    for (const relativePath of pages) {
      const { page, misbehaviour } = await openGuarded(browser, join(folder, "out", relativePath));
      expect(misbehaviour, relativePath).toEqual(clean);
      for (const chart of await drawnTraces(page)) expect(chart.drawn, chart.id).toBe(chart.expected);
      await page.screenshot({ path: new URL(relativePath.replace(/^charts\/(.*)\.html$/, "chart-$1.png"), screenshotFolder).pathname });
      await page.context().close();
    }
  }, 120_000);
});

describe("the browser checks themselves", () => {
  it("notice a request to the network", async () => {
    const { page, misbehaviour } = await openGuarded(browser, join(folder, "fetches.html"));
    await page.context().close();

    expect(misbehaviour.outsideRequests).toEqual(["http://127.0.0.1:9/pixel.png"]);
  }, 60_000);

  it("notice a script the Content-Security-Policy blocks", async () => {
    const { page, misbehaviour } = await openGuarded(browser, join(folder, "unhashed.html"));
    const title = await page.title();
    await page.context().close();

    expect(title).toBe("t");
    expect(misbehaviour.policyViolations).toEqual(["script-src-elem inline"]);
    expect(misbehaviour.consoleErrors.join("\n")).toMatch(/Content Security Policy/);
  }, 60_000);
});

