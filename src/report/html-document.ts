import { escapeHtml } from "./escape-html.js";
import { hashSource } from "./hash-source.js";
import type { PlotlyBundle } from "./plotly-bundle.js";
import { plotlyFigure } from "./plotly-text.js";
import type { Chart } from "./report-section.js";
import { reportStylesheet } from "./report-stylesheet.js";

/**
 * A page's UTF-8 bytes in pieces, in order: written one after another they are the page. The Plotly
 * bundle is one piece, shared by every page that inlines it, never copied into another buffer.
 */
export type PageBytes = readonly Uint8Array[];

/** What goes in one self-contained page: the report, or one chart on its own. */
export interface HtmlDocument {
  /** The page's title, as plain text. */
  title: string;
  /** The page's content as HTML; every piece of input text already escaped. */
  body: string;
  /** The charts placed in `body` (by `chartFigureHtml`), drawn in this order. */
  charts: readonly Chart[];
  /** plotly.min.js, inlined so the page needs no network; needed only when there are charts. */
  plotlyBundle?: PlotlyBundle;
}

/**
 * Draws every chart whose figure is in the page's `chart-figures` data block. It is fixed text, so
 * its hash in the Content-Security-Policy never changes; the figures travel as JSON data, which the
 * browser does not run.
 */
const drawingScript = `(function () {
  "use strict";
  var charts = JSON.parse(document.getElementById("chart-figures").textContent);
  charts.forEach(function (chart) {
    Plotly.newPlot(document.getElementById("plot-" + chart.id), chart.figure.data, chart.figure.layout, {
      displaylogo: false,
      modeBarButtonsToRemove: ["select2d", "lasso2d"],
      toImageButtonOptions: { filename: chart.id, scale: 2 }
    });
  });
})();`;

/**
 * One self-contained HTML page: Plotly inlined, and a Content-Security-Policy that lets the page load
 * nothing from anywhere and run only its own two scripts, named by their SHA-256 hashes.
 *
 * The policy allows three styles: the report's stylesheet, and an empty `<style>` element, which
 * Plotly creates and fills through the CSS object model (allowed) instead of as text; and it allows
 * `data:` and `blob:` images, which Plotly's "download as PNG" button makes in the page itself. Plotly's
 * bundle also carries map styles that it would add as a `<style>` element of fixed id on loading; the
 * page holds an empty element of that id instead, so the bundle adds nothing (the report draws no maps).
 *
 * The page comes as its UTF-8 bytes in three pieces: the text before the bundle, the bundle's own bytes,
 * and the text after. The 4.8 MB bundle is never made into a string, so it is not decoded, copied into
 * the page's text and encoded again, nor copied into one buffer with the page, once for the report and
 * once for each chart page.
 *
 * The bytes depend only on the arguments: same inputs, same page.
 *
 * @throws {Error} if there are charts but no bundle to draw them
 */
export function renderHtmlDocument({ title, body, charts, plotlyBundle }: HtmlDocument): PageBytes {
  if (charts.length > 0 && plotlyBundle === undefined) throw new Error("a page with charts needs the Plotly bundle to draw them");
  const bundle = charts.length === 0 ? undefined : plotlyBundle;
  const scriptSources = bundle === undefined ? "'none'" : [bundle.hashSource, hashSource(drawingScript)].join(" ");
  const policy = [
    "default-src 'none'",
    `script-src ${scriptSources}`,
    `style-src ${hashSource(reportStylesheet)} ${hashSource("")}`,
    "img-src data: blob:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const placeholderStyles = (bundle?.styleElementIds ?? []).map((id) => `<style id="${id}"></style>`);
  const pageStart = [
    "<!DOCTYPE html>",
    '<html lang="en-GB">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${reportStylesheet}</style>`,
    ...placeholderStyles,
    "</head>",
    "<body>",
    '<div class="page">',
    body,
    "</div>",
  ].join("\n");
  const pageEnd = "</body>\n</html>\n";
  if (bundle === undefined) return [Buffer.from(`${pageStart}\n${pageEnd}`, "utf8")];
  const figures = scriptSafeJson(charts.map(({ id, figure }) => ({ id, figure: plotlyFigure(figure) })));
  // the figures, Plotly and the drawing script, each a script element on a line of its own
  return [
    Buffer.from(`${pageStart}\n<script type="application/json" id="chart-figures">${figures}</script>\n<script>`, "utf8"),
    bundle.bytes,
    Buffer.from(`</script>\n<script>${drawingScript}</script>\n${pageEnd}`, "utf8"),
  ];
}

/** JSON that cannot end its `<script>` element: `<`, `>` and `&` written as escapes JSON.parse reads back. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
