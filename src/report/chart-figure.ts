import { escapeHtml } from "./escape-html.js";
import type { Chart } from "./report-section.js";

/** Chart ids become element ids and file names (`charts/<id>.html`): lower-case words joined by hyphens. */
const chartIdPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * A chart's place in a page: its title, the element Plotly draws into (`plot-<id>`) and its caption,
 * as escaped HTML. The figure itself is drawn by the page's script.
 *
 * @throws {Error} if the chart's id could not safely be an element id and a file name
 */
export function chartFigureHtml(chart: Chart): string {
  if (!chartIdPattern.test(chart.id)) {
    throw new Error(`chart id "${chart.id}" must be lower-case letters and digits joined by hyphens`);
  }
  return [
    `<figure class="chart" id="chart-${chart.id}">`,
    `<h3 class="chart-title">${escapeHtml(chart.title)}</h3>`,
    `<div class="plot" id="plot-${chart.id}" role="img" aria-label="${escapeHtml(chart.title)}"></div>`,
    `<figcaption>${escapeHtml(chart.caption)}</figcaption>`,
    "</figure>",
  ].join("\n");
}
