import { chartPageFiles } from "./chart-page.js";
import { renderHtmlReport, type HtmlReport } from "./html-report.js";

/**
 * The report's files, keyed by their path in the output folder: `report.html` and, unless `chartPages`
 * is false, for each chart `charts/<id>.html` to attach on its own. Each chart page carries its own copy
 * of Plotly (about 4 MB), so a report of many charts may leave them out.
 */
export function reportFiles(report: HtmlReport, { chartPages = true }: { chartPages?: boolean } = {}): Map<string, string> {
  const { title, sections, provenance, plotlyBundle } = report;
  return new Map([
    ["report.html", renderHtmlReport(report)],
    ...(chartPages ? chartPageFiles(sections, { reportTitle: title, provenance, plotlyBundle }) : []),
  ]);
}
