import { chartPageFiles } from "./chart-page.js";
import { renderHtmlReport, type HtmlReport } from "./html-report.js";

/**
 * The report's files, keyed by their path in the output folder: `report.html` and, for each chart,
 * `charts/<id>.html` to attach on its own.
 */
export function reportFiles(report: HtmlReport): Map<string, string> {
  const { title, sections, provenance, plotlyBundle } = report;
  return new Map([
    ["report.html", renderHtmlReport(report)],
    ...chartPageFiles(sections, { reportTitle: title, provenance, plotlyBundle }),
  ]);
}
