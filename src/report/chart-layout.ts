/** The font of every chart: the report's own system fonts, so a chart loads nothing. */
export const chartFontFamily = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/**
 * Colours that stay apart when a report is printed in greyscale: each is clearly lighter or darker
 * than the others (grey level in brackets, 0 black to 255 white).
 */
export const chartColours = {
  /** Recorded history (0). */
  history: "#000000",
  /** A forecast line (about 45). */
  forecast: "#08306b",
  /** A vertical marker such as "last recorded year" (128). */
  marker: "#808080",
  /** Interval bands, narrowest first: 80% (about 160), 95% (about 215), then lighter. */
  bands: ["#6baed6", "#c6dbef", "#e3eef8", "#f3f8fc"],
} as const;

/** Line styles that stay apart in greyscale print: each scenario gets a dash pattern as well as a colour. */
export const scenarioLineStyles = [
  { color: "#000000", dash: "solid" },
  { color: "#08306b", dash: "dash" },
  { color: "#6a3d9a", dash: "dot" },
  { color: "#b15928", dash: "dashdot" },
  { color: "#33a02c", dash: "longdash" },
  { color: "#808080", dash: "longdashdot" },
] as const;

/**
 * The layout every chart starts from: white background, axis titles (which must say their units),
 * light grid, thousands separated by commas, legend under the plot so it never covers data.
 */
export function chartLayout({ xTitle, yTitle }: { xTitle: string; yTitle: string }): Record<string, unknown> {
  return {
    font: { family: chartFontFamily, size: 12, color: "#1a1a1a" },
    paper_bgcolor: "#ffffff",
    plot_bgcolor: "#ffffff",
    margin: { l: 70, r: 20, t: 10, b: 60 },
    showlegend: true,
    legend: { orientation: "h", x: 0, xanchor: "left", y: -0.18, yanchor: "top" },
    hovermode: "closest",
    xaxis: axis(xTitle),
    yaxis: { ...axis(yTitle), tickformat: ",d", rangemode: "tozero" },
  };
}

function axis(title: string): Record<string, unknown> {
  return {
    title: { text: title },
    showgrid: true,
    gridcolor: "#e0e0e0",
    zeroline: false,
    showline: true,
    linecolor: "#404040",
    ticks: "outside",
    // room for long tick labels and the title beside them, rather than drawing one over the other
    automargin: true,
  };
}
