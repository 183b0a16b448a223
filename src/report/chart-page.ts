import { chartFigureHtml } from "./chart-figure.js";
import { escapeHtml } from "./escape-html.js";
import { renderHtmlDocument, type PageBytes } from "./html-document.js";
import type { PlotlyBundle } from "./plotly-bundle.js";
import type { Provenance } from "./provenance.js";
import type { Chart, ReportSection } from "./report-section.js";

/** One chart to be written as a page of its own. */
export interface ChartPage {
  chart: Chart;
  /** Title of the report the chart belongs to, as plain text. */
  reportTitle: string;
  provenance: Provenance;
  /** plotly.min.js, checked once a run (`checkedPlotlyBundle(readPlotlyBundle())`). */
  plotlyBundle: PlotlyBundle;
}

/**
 * One chart as a self-contained HTML page, to attach to a business case on its own: the chart, its
 * caption, and a line saying which report, tool version and input files (with SHA-256) it comes from,
 * so that it can be traced back when separated from the report. The page comes as its UTF-8 bytes in
 * pieces (see `renderHtmlDocument`).
 */
export function renderChartPage({ chart, reportTitle, provenance, plotlyBundle }: ChartPage): PageBytes {
  const inputs = provenance.inputs.map((input) => `${escapeHtml(input.file)} (SHA-256 <code class="hash">${escapeHtml(input.sha256)}</code>)`);
  const source = [
    `From the report “${escapeHtml(reportTitle)}”, made by ${escapeHtml(provenance.tool.name)} version ${escapeHtml(provenance.tool.version)}`,
    inputs.length === 0 ? "." : ` from ${inputs.join(", ")}.`,
  ].join("");
  const body = ["<main>", chartFigureHtml(chart), `<p class="chart-source">${source}</p>`, "</main>"].join("\n");
  return renderHtmlDocument({ title: chart.title, body, charts: [chart], plotlyBundle });
}

/**
 * A page for every chart of the sections, keyed by the path to write it under in the output folder:
 * `charts/<chart id>.html`, in the sections' order.
 */
export function chartPageFiles(
  sections: readonly ReportSection[],
  { reportTitle, provenance, plotlyBundle }: Omit<ChartPage, "chart">,
): Map<string, PageBytes> {
  const pages = new Map<string, PageBytes>();
  for (const chart of sections.flatMap((section) => section.charts)) {
    pages.set(`charts/${chart.id}.html`, renderChartPage({ chart, reportTitle, provenance, plotlyBundle }));
  }
  return pages;
}
