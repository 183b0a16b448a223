import { chartPageFiles } from "./chart-page.js";
import type { PageBytes } from "./html-document.js";
import { renderHtmlReport, type HtmlReport } from "./html-report.js";
import { provenanceWithoutLocalPaths, withoutLocalPaths } from "./report-path.js";

/**
 * The report's files, keyed by their path in the output folder: `report.html` and, unless `chartPages`
 * is false, for each chart `charts/<id>.html` to attach on its own. Each chart page carries its own copy
 * of Plotly (about 4 MB), so a report of many charts may leave them out. Absolute paths in the subtitle
 * and the provenance are shown as file names (`withoutLocalPaths`).
 */
export function reportFiles(fullReport: HtmlReport, { chartPages = true }: { chartPages?: boolean } = {}): Map<string, PageBytes> {
  const report = { ...fullReport, subtitle: withoutLocalPaths(fullReport.subtitle), provenance: provenanceWithoutLocalPaths(fullReport.provenance) };
  const { title, sections, provenance, plotlyBundle } = report;
  return new Map([
    ["report.html", renderHtmlReport(report)],
    ...(chartPages ? chartPageFiles(sections, { reportTitle: title, provenance, plotlyBundle }) : []),
  ]);
}
