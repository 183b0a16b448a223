import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPlotlyBundle } from "../../src/io/read-plotly-bundle.js";
import { renderChartPage } from "../../src/report/chart-page.js";
import { checkedPlotlyBundle } from "../../src/report/plotly-bundle.js";
import { plotlyFigure, plotlyText } from "../../src/report/plotly-text.js";
import type { Chart } from "../../src/report/report-section.js";
import { clean, launchOptions, openGuarded } from "./guarded-browser.js";
import { sampleProvenance } from "./sample-forecast.js";

const markup = fc.constantFrom("<a href=\"https://evil.example\">x</a>", "<span style=\"color:red\">y</span>", "<br>", "<b>", "&amp;", "&lt;", "<", ">", "&");
const hostileText = fc.array(fc.oneof(fc.string({ maxLength: 5 }), markup), { maxLength: 8 }).map((parts) => parts.join(""));

/** What Plotly shows for its pseudo-HTML entities. */
const shownBy = (text: string) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

describe("plotlyText(text)", () => {
  it("leaves no tag Plotly would read, and shows exactly the text", () => {
    fc.assert(
      fc.property(hostileText.filter((text) => !text.includes("\n")), (text) => {
        const written = plotlyText(text);
        expect(written).not.toMatch(/[<>]/);
        expect(shownBy(written)).toBe(text);
      }),
    );
  });
});

describe("plotlyFigure(figure)", () => {
  it("escapes every string of the data and the layout, but not the tool's own templates", () => {
    const figure = plotlyFigure({
      data: [{ name: "<b>x</b>", x: ["a<b"], hovertemplate: "%{x}<extra></extra>", customdata: [["<i>"]] }],
      layout: { title: { text: "A & B" }, annotations: [{ text: "<a href='x'>l</a>" }] },
    });
    expect(figure).toEqual({
      data: [{ name: "&lt;b&gt;x&lt;/b&gt;", x: ["a&lt;b"], hovertemplate: "%{x}<extra></extra>", customdata: [["&lt;i&gt;"]] }],
      layout: { title: { text: "A &amp; B" }, annotations: [{ text: "&lt;a href='x'&gt;l&lt;/a&gt;" }] },
    });
  });
});

describe("a chart whose trace names hold markup, in Chromium", () => {
  let browser: Browser;
  const folder = mkdtempSync(join(tmpdir(), "mosovo-plotly-text-"));
  const hostileName = '<a href="https://evil.example/">click</a> <span style="color:red">red</span><br><b>bold</b> & more';

  beforeAll(async () => {
    browser = await chromium.launch(launchOptions);
    const chart: Chart = {
      id: "hostile-names",
      title: "Hostile names",
      caption: "Trace names from an input file.",
      figure: {
        data: [{ type: "scatter", mode: "lines", name: hostileName, x: [2024, 2025], y: [1, 2], hovertemplate: "%{fullData.name}<extra></extra>" }],
        layout: { showlegend: true, title: { text: hostileName }, xaxis: { title: { text: hostileName } } },
      },
    };
    writeFileSync(join(folder, "chart.html"), Buffer.concat(renderChartPage({ chart, reportTitle: "t", provenance: sampleProvenance, plotlyBundle: checkedPlotlyBundle(readPlotlyBundle()) })));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("shows the name as text in the legend and titles: no link, no style, no CSP violation", async () => {
    const { page, misbehaviour } = await openGuarded(browser, join(folder, "chart.html"));
    const legend = await page.evaluate<string>(`document.querySelector("#plot-hostile-names .legend .legendtext").textContent`);
    const links = await page.evaluate<number>(`document.querySelectorAll("#plot-hostile-names a").length`);
    const styled = await page.evaluate<number>(`[...document.querySelectorAll("#plot-hostile-names [style]")].filter((element) => /color:\\s*red/.test(element.getAttribute("style"))).length`);
    const svgText = await page.evaluate<string>(`document.querySelector("#plot-hostile-names .main-svg").parentElement.textContent`);
    await page.context().close();

    expect(legend).toBe(hostileName);
    expect(links).toBe(0);
    expect(styled).toBe(0);
    expect(svgText).toContain(hostileName);
    expect(misbehaviour).toEqual(clean);
  }, 120_000);
});
