import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPlotlyBundle } from "../../src/io/read-plotly-bundle.js";
import { chartPageFiles, renderChartPage } from "../../src/report/chart-page.js";
import { fanChart } from "../../src/report/fan-chart.js";
import type { Chart } from "../../src/report/report-section.js";
import { sampleForecast, sampleProvenance } from "./sample-forecast.js";

const plotlyBundle = readPlotlyBundle();
const reportTitle = "Example force: MOSOVO caseload forecast";

function tiny(id: string): Chart {
  return { id, title: id, caption: "c", figure: { data: [], layout: {} } };
}

describe("renderChartPage({ chart, reportTitle, provenance, plotlyBundle })", () => {
  it("matches the golden page of the sample fan chart, byte for byte", () => {
    const html = renderChartPage({ chart: fanChart(sampleForecast), reportTitle, provenance: sampleProvenance, plotlyBundle });
    const pieces = html.split(plotlyBundle);
    expect(pieces).toHaveLength(2);
    const actual = pieces.join(`/* plotly.js-dist-min bundle, SHA-256 ${createHash("sha256").update(plotlyBundle).digest("hex")} */`);

    // after an intended change: UPDATE_GOLDEN=1 npx vitest run test/report/, then read the difference
    const path = new URL("golden/chart-caseload-fan-chart.html", import.meta.url);
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(path, actual);
    expect(actual).toBe(readFileSync(path, "utf8"));
  });

  it("names the report, tool version and each input's SHA-256, escaped, so the chart can be traced on its own", () => {
    const html = renderChartPage({
      chart: tiny("a"),
      reportTitle: "<b>R</b>",
      provenance: { ...sampleProvenance, inputs: [{ file: "<script>x</script>.csv", sha256: "ab12", rowsUsed: 3 }] },
      plotlyBundle: "",
    });

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
    const files = chartPageFiles(sections, { reportTitle, provenance: sampleProvenance, plotlyBundle: "" });

    expect([...files.keys()]).toEqual(["charts/b.html", "charts/a.html", "charts/c.html"]);
    expect(files.get("charts/c.html")).toContain('id="plot-c"');
  });
});
