import { chartFigureHtml } from "./chart-figure.js";
import { escapeHtml } from "./escape-html.js";
import { renderHtmlDocument, type PageBytes } from "./html-document.js";
import type { PlotlyBundle } from "./plotly-bundle.js";
import { provenanceSection, type Provenance } from "./provenance.js";
import type { Chart, ReportSection } from "./report-section.js";

/** Everything a report is made of. */
export interface HtmlReport {
  /** The report's heading and page title, as plain text. */
  title: string;
  /** One line under the title, as plain text, such as the force and the date of the data. */
  subtitle: string;
  /** The sections in reading order; each stage makes its own. */
  sections: readonly ReportSection[];
  /** Shown as the last section, "Inputs, assumptions and method". */
  provenance: Provenance;
  /** plotly.min.js, checked once a run (`checkedPlotlyBundle(readPlotlyBundle())`). */
  plotlyBundle: PlotlyBundle;
}

/** Section ids become element ids and links: lower-case words joined by hyphens. */
const sectionIdPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Where a section's body places a chart: exactly `<div data-chart="ID"></div>`. */
const chartPlaceholder = /<div data-chart="([^"]*)"><\/div>/g;

/**
 * The report as one self-contained HTML page: title, table of contents, each section in the order
 * given, then the provenance section. A chart appears where its section's body has
 * `<div data-chart="ID"></div>`; charts a section does not place follow its body, in the order listed.
 * Section bodies must not use `style` attributes or scripts: the page's Content-Security-Policy
 * blocks both.
 *
 * The page comes as its UTF-8 bytes in pieces (see `renderHtmlDocument`). They depend only on the
 * arguments (no clock), so the same run gives the same file.
 *
 * @throws {Error} for a section or chart id that is malformed or repeated, a placeholder naming no
 *   chart of its section, or a section body with a `style` attribute or a script: mistakes in the code
 *   that builds the sections, not in the user's input
 */
export function renderHtmlReport({ title, subtitle, sections, provenance, plotlyBundle }: HtmlReport): PageBytes {
  const allSections = [...sections, provenanceSection(provenance)];
  checkUniqueIds(allSections.map((section) => section.id), "section", sectionIdPattern);
  checkUniqueIds(allSections.flatMap((section) => section.charts.map((chart) => chart.id)), "chart", /./);

  const contents = allSections.map((section) => `<li><a href="#${section.id}">${escapeHtml(section.title)}</a></li>`);
  const body = [
    "<header>",
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="subtitle">${escapeHtml(subtitle)}</p>`,
    "</header>",
    '<nav class="contents" aria-labelledby="contents-heading">',
    '<h2 id="contents-heading">Contents</h2>',
    `<ol>\n${contents.join("\n")}\n</ol>`,
    "</nav>",
    "<main>",
    ...allSections.map(sectionHtml),
    "</main>",
  ].join("\n");

  return renderHtmlDocument({
    title,
    body,
    charts: allSections.flatMap((section) => section.charts),
    plotlyBundle,
  });
}

/** A `style` attribute or a script in a section body: the page's policy would block either. */
const blockedMarkup = /<[a-z][^>]*\sstyle\s*=|<script/i;

function sectionHtml(section: ReportSection): string {
  if (blockedMarkup.test(section.html)) {
    throw new Error(`section "${section.id}" uses a style attribute or a script, which the report's Content-Security-Policy blocks; use a class`);
  }
  const placed = new Set<string>();
  const html = section.html.replace(chartPlaceholder, (_, id: string) => {
    const chart = section.charts.find((candidate) => candidate.id === id);
    if (chart === undefined) throw new Error(`section "${section.id}" places chart "${id}", which it does not have`);
    if (placed.has(id)) throw new Error(`section "${section.id}" places chart "${id}" twice`);
    placed.add(id);
    return chartFigureHtml(chart);
  });
  const unplaced = section.charts.filter((chart: Chart) => !placed.has(chart.id)).map(chartFigureHtml);
  return [
    `<section id="${section.id}" aria-labelledby="${section.id}-heading">`,
    `<h2 id="${section.id}-heading">${escapeHtml(section.title)}</h2>`,
    html,
    ...unplaced,
    "</section>",
  ].join("\n");
}

function checkUniqueIds(ids: readonly string[], kind: string, pattern: RegExp): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (!pattern.test(id)) throw new Error(`${kind} id "${id}" must be lower-case letters and digits joined by hyphens`);
    if (seen.has(id)) throw new Error(`two ${kind}s have the id "${id}"`);
    seen.add(id);
  }
}
