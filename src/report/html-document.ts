import { createHash } from "node:crypto";
import { escapeHtml } from "./escape-html.js";
import { plotlyFigure } from "./plotly-text.js";
import type { Chart } from "./report-section.js";
import { reportStylesheet } from "./report-stylesheet.js";

/** What goes in one self-contained page: the report, or one chart on its own. */
export interface HtmlDocument {
  /** The page's title, as plain text. */
  title: string;
  /** The page's content as HTML; every piece of input text already escaped. */
  body: string;
  /** The charts placed in `body` (by `chartFigureHtml`), drawn in this order. */
  charts: readonly Chart[];
  /** The text of plotly.min.js, inlined so the page needs no network. */
  plotlyBundle: string;
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
 * The bytes depend only on the arguments: same inputs, same page.
 *
 * @throws {Error} if the bundle holds text that would end its `<script>` element early
 */
export function renderHtmlDocument({ title, body, charts, plotlyBundle }: HtmlDocument): string {
  const bundle = checkedBundle(plotlyBundle);
  const scriptSources = charts.length === 0 ? "'none'" : [(bundle.hash ??= hashSource(plotlyBundle)), hashSource(drawingScript)].join(" ");
  const policy = [
    "default-src 'none'",
    `script-src ${scriptSources}`,
    `style-src ${hashSource(reportStylesheet)} ${hashSource("")}`,
    "img-src data: blob:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const placeholderStyles = charts.length === 0 ? [] : (bundle.styleElementIds ??= plotlyStyleElementIds(plotlyBundle)).map((id) => `<style id="${id}"></style>`);
  return [
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
    ...(charts.length === 0
      ? []
      : [
          `<script type="application/json" id="chart-figures">${scriptSafeJson(charts.map(({ id, figure }) => ({ id, figure: plotlyFigure(figure) })))}</script>`,
          `<script>${plotlyBundle}</script>`,
          `<script>${drawingScript}</script>`,
        ]),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** What a page needs of the Plotly bundle, each found when first needed. */
interface BundleFacts {
  text: string;
  hash?: string;
  styleElementIds?: string[];
}

/**
 * The bundle checked, with what has been found of it: the report and each chart page of a run inline
 * the same 4.8 MB bundle, which is checked, hashed and searched once, not once a page.
 */
function checkedBundle(plotlyBundle: string): BundleFacts {
  if (lastBundle?.text === plotlyBundle) return lastBundle;
  if (/<\/script|<!--|<script/i.test(plotlyBundle)) {
    throw new Error("the Plotly bundle holds </script, <script or <!--, so it cannot be inlined as it is");
  }
  lastBundle = { text: plotlyBundle };
  return lastBundle;
}

let lastBundle: BundleFacts | undefined;

/** A CSP source allowing exactly one inline script or style: `'sha256-<base64 of its SHA-256>'`. */
export function hashSource(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** Ids of the `<style>` elements the bundle adds by itself on loading, found by the test it makes first. */
function plotlyStyleElementIds(plotlyBundle: string): string[] {
  const ids = [...plotlyBundle.matchAll(/document\.getElementById\("([0-9a-f]{64})"\)/g)].map((match) => match[1]);
  return [...new Set(ids)];
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
