/**
 * A Plotly figure as plain data: what `Plotly.newPlot(element, data, layout)` takes. Its strings are
 * plain text (a `\n` breaks a line); `plotlyFigure` escapes them for Plotly when the page is written.
 */
export interface ChartFigure {
  data: Record<string, unknown>[];
  layout: Record<string, unknown>;
}

/** One chart of a report; also written on its own as `charts/<id>.html`. */
export interface Chart {
  /** File-name-safe identifier, unique in the report, such as `caseload-fan-chart`. */
  id: string;
  /** Heading shown above the chart and as the stand-alone file's title. */
  title: string;
  /** One or two sentences under the chart saying how to read it. */
  caption: string;
  figure: ChartFigure;
}

/** One section of the HTML report, made by the stage that owns its numbers. */
export interface ReportSection {
  /** Anchor for the table of contents, such as `forecast`. */
  id: string;
  title: string;
  /**
   * The section's body as HTML. Every piece of text from an input file must already have gone through
   * `escapeHtml`. A `<div data-chart="ID"></div>` places the chart of that id; charts not placed this
   * way follow the body.
   */
  html: string;
  charts: Chart[];
}
