import { isoDate } from "../math/calendar-day.js";
import { backtestSummary, type RegisterBacktestRow } from "../register/register-backtest.js";
import { chartLayout, scenarioLineStyles } from "./chart-layout.js";
import { formatCsv } from "./csv-export.js";
import { escapeHtml } from "./escape-html.js";
import { htmlTable } from "./html-table.js";
import type { Chart } from "./report-section.js";

/** register-backtest.csv: one row per forecast scored, the register projection's and each trend method's. */
export function registerBacktestCsv(rows: readonly RegisterBacktestRow[], levels: readonly number[]): string {
  return formatCsv(
    ["origin", "years_ahead", "period_ending", "actual", "method", "point", ...levels.flatMap((level) => [`lower_${level}`, `upper_${level}`]), "absolute_percentage_error"],
    rows.map((row) => [isoDate(row.origin), row.yearsAhead, isoDate(row.periodEnding), row.actual, row.method, row.point, ...row.intervals.flatMap((interval) => [interval.lower, interval.upper]), row.absolutePercentageError]),
    2,
  );
}

/**
 * The backtest's part of the register section: which approach the force should trust and the
 * evidence (mean absolute percentage error of each over the same forecasts), and a chart of the error
 * by years ahead.
 */
export function registerBacktestParts(rows: readonly RegisterBacktestRow[]): { html: string; chart: Chart | null } {
  if (rows.length === 0) {
    return { html: "<h3>Backtest</h3><p>The history is too short to backtest: each origin needs a year end with at least twelve whole months of history before it and a year end after it.</p>", chart: null };
  }
  const summary = backtestSummary(rows);
  const register = summary.find((entry) => entry.method === "register");
  const bestTrend = summary.find((entry) => entry.method !== "register");
  const verdict =
    register === undefined || bestTrend === undefined
      ? "Only one approach could be backtested."
      : register.meanAbsolutePercentageError <= bestTrend.meanAbsolutePercentageError
        ? `Trust the register projection: over ${register.forecasts} forecasts its mean error was ${register.meanAbsolutePercentageError.toFixed(1)}%, against ${bestTrend.meanAbsolutePercentageError.toFixed(1)}% for the best trend method (${bestTrend.label}).`
        : `On this history the best trend method (${bestTrend.label}, mean error ${bestTrend.meanAbsolutePercentageError.toFixed(1)}%) did better than the register projection (${register.meanAbsolutePercentageError.toFixed(1)}%): check the extract's completeness date and joiners before relying on the projection.`;
  const yearsAhead = [...new Set(rows.map((row) => row.yearsAhead))].sort((a, b) => a - b);
  const chart: Chart = {
    id: "register-backtest",
    title: "Backtest: error of the community forecast by years ahead",
    caption: "Mean absolute percentage error of forecasts made from the extract as it stood one to five years before, against the reconstructed community count; lower is better.",
    figure: {
      data: summary.map((entry, index) => {
        const style = scenarioLineStyles[index % scenarioLineStyles.length];
        return {
          type: "scatter",
          mode: "lines+markers",
          name: entry.label,
          x: yearsAhead,
          y: yearsAhead.map((step) => {
            const errors = rows.filter((row) => row.method === entry.method && row.yearsAhead === step).map((row) => row.absolutePercentageError);
            return errors.length === 0 ? null : errors.reduce((sum, error) => sum + error, 0) / errors.length;
          }),
          line: { color: style.color, dash: style.dash, width: entry.method === "register" ? 3 : 1.5 },
        };
      }),
      layout: { ...chartLayout({ xTitle: "Years ahead", yTitle: "Mean absolute percentage error (%)" }), yaxis: { ...(chartLayout({ xTitle: "", yTitle: "Mean absolute percentage error (%)" }).yaxis as object), tickformat: ".1f" } },
    },
  };
  const html = [
    "<h3>Backtest on the force's own register</h3>",
    `<p class="summary">${escapeHtml(verdict)}</p>`,
    "<p>The register projection was run on the extract as it stood at each earlier year end (only people registered by then, leaving and releases after it unknown; the release that came standing for the one expected), and the trend methods on the reconstructed yearly community counts up to the same date. The latest risk level stands for the one held then.</p>",
    `<div data-chart="${chart.id}"></div>`,
    htmlTable(
      [{ label: "Method" }, { label: "Forecasts scored", align: "right" }, { label: "Mean absolute percentage error (%)", align: "right", decimals: 1 }],
      summary.map((entry) => [entry.label, entry.forecasts, entry.meanAbsolutePercentageError]),
      { caption: "Backtest of the community caseload, best first" },
    ),
  ].join("\n");
  return { html, chart };
}
