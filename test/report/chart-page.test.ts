import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPlotlyBundle } from "../../src/io/read-plotly-bundle.js";
import { chartPageFiles, renderChartPage } from "../../src/report/chart-page.js";
import { fanChart } from "../../src/report/fan-chart.js";
import { checkedPlotlyBundle } from "../../src/report/plotly-bundle.js";
import type { Chart } from "../../src/report/report-section.js";
import { fakePlotlyBundle, pageText, withBundleAsHash } from "./page-text.js";
import { sampleForecast, sampleProvenance } from "./sample-forecast.js";

const plotlyBundle = checkedPlotlyBundle(readPlotlyBundle());
const smallBundle = fakePlotlyBundle("window.Plotly = {};");
const reportTitle = "Example force: MOSOVO caseload forecast";

function tiny(id: string): Chart {
  return { id, title: id, caption: "c", figure: { data: [], layout: {} } };
}

describe("renderChartPage({ chart, reportTitle, provenance, plotlyBundle })", () => {
  it("matches the golden page of the sample fan chart, byte for byte", () => {
    const page = renderChartPage({ chart: fanChart(sampleForecast), reportTitle, provenance: sampleProvenance, plotlyBundle });
    const actual = withBundleAsHash(page, plotlyBundle);

    // after an intended change: UPDATE_GOLDEN=1 npx vitest run test/report/, then read the difference
    const path = new URL("golden/chart-caseload-fan-chart.html", import.meta.url);
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(path, actual);
    expect(actual).toBe(readFileSync(path, "utf8"));
  });

  it("names the report, tool version and each input's SHA-256, escaped, so the chart can be traced on its own", () => {
    const html = pageText(renderChartPage({
      chart: tiny("a"),
      reportTitle: "<b>R</b>",
      provenance: { ...sampleProvenance, inputs: [{ file: "<script>x</script>.csv", sha256: "ab12", rowsUsed: 3 }] },
      plotlyBundle: smallBundle,
    }));

    expect(html).toContain(
      '<p class="chart-source">From the report “&lt;b&gt;R&lt;/b&gt;”, made by mosovo-workload version 0.1.0 from &lt;script&gt;x&lt;/script&gt;.csv (SHA-256 <code class="hash">ab12</code>).</p>',
    );
  });
});

describe("chartPageFiles(sections, { reportTitle, provenance, plotlyBundle })", () => {
  it("gives one page per chart at charts/<id>.html, in the sections' order", () => {
    const sections = [
      { id: "s", title: "S", html: "", charts: [tiny("b"), tiny("a")] },
      { id: "t", title: "T", html: "", charts: [tiny("c")] },
    ];
    const files = chartPageFiles(sections, { reportTitle, provenance: sampleProvenance, plotlyBundle: smallBundle });

    expect([...files.keys()]).toEqual(["charts/b.html", "charts/a.html", "charts/c.html"]);
    expect(pageText(files.get("charts/c.html")!)).toContain('id="plot-c"');
  });
});
