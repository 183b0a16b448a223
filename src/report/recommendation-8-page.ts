import { escapeHtml } from "./escape-html.js";
import { renderHtmlDocument, type PageBytes } from "./html-document.js";
import type { Provenance } from "./provenance.js";
import { provenanceWithoutLocalPaths, withoutLocalPaths } from "./report-path.js";
import type { ReportSection } from "./report-section.js";

/**
 * The Recommendation 8 summary as a page of its own, `recommendation-8.html`, for chief officers: the
 * summary section, then one line saying which tool, version and input files (with the start of their
 * SHA-256) it comes from and that the full report beside it shows how every figure was reached. It has
 * no charts, so it carries no script at all and prints on one or two A4 pages. The page comes as its
 * UTF-8 bytes (in one piece).
 */
export function renderRecommendation8Page({ title, subtitle: fullSubtitle, summary, provenance: fullProvenance }: { title: string; subtitle: string; summary: ReportSection; provenance: Provenance }): PageBytes {
  // absolute paths shown by file name, as in report.html
  const subtitle = withoutLocalPaths(fullSubtitle);
  const provenance = provenanceWithoutLocalPaths(fullProvenance);
  const inputs = provenance.inputs.map((input) => `${escapeHtml(input.file)} (SHA-256 ${escapeHtml(input.sha256.slice(0, 12))}…)`);
  const body = [
    '<header class="r8-header">',
    `<h1>${escapeHtml(summary.title)}: ${escapeHtml(title)}</h1>`,
    `<p class="subtitle">${escapeHtml(subtitle)}</p>`,
    "</header>",
    `<main class="r8-page">`,
    summary.html,
    `<p class="chart-source">Made by ${escapeHtml(provenance.tool.name)} version ${escapeHtml(provenance.tool.version)} (<code>${escapeHtml(provenance.commandLine)}</code>) ` +
      `from ${inputs.join(", ")}. The full report, report.html beside this page, shows how every figure was reached, with the assumptions and their sources.</p>`,
    "</main>",
  ].join("\n");
  return renderHtmlDocument({ title: `${summary.title}: ${title}`, body, charts: [] });
}
