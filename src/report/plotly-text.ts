import type { ChartFigure } from "./report-section.js";

/** Keys whose strings are the tool's own Plotly templates (`%{x}`, `<extra></extra>`), never input text. */
const templateKeys = new Set(["hovertemplate", "texttemplate"]);

/**
 * A figure ready for Plotly, whose text it shows as plain text: Plotly reads a subset of HTML in trace
 * names, legends, hover text, titles, annotations and category labels (`<a href>`, `<span style>`, `<b>`,
 * `<br>`), so in every string `&`, `<` and `>` are written as the entities Plotly shows as those
 * characters, and a line break `\n` (the tool's own, in a label) becomes `<br>`. Strings under
 * `hovertemplate` and `texttemplate` are left alone: they are the tool's templates and must quote input
 * text only through `%{…}` or `escapeHtml`.
 */
export function plotlyFigure(figure: ChartFigure): ChartFigure {
  return plotlyValue(figure) as ChartFigure;
}

function plotlyValue(value: unknown): unknown {
  if (typeof value === "string") return plotlyText(value);
  if (Array.isArray(value)) return value.map(plotlyValue);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, templateKeys.has(key) ? item : plotlyValue(item)]));
  }
  return value;
}

/** Plain text as Plotly shows it literally. */
export function plotlyText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\n/g, "<br>");
}
