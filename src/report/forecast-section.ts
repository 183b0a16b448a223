import type { CaseloadForecast } from "../forecast/caseload-forecast.js";
import { escapeHtml } from "./escape-html.js";
import { fanChart } from "./fan-chart.js";
import { forecastSummary } from "./forecast-summary.js";
import { htmlTable, type TableColumn } from "./html-table.js";
import { readableDate, yearOf } from "./readable-date.js";
import type { ReportSection } from "./report-section.js";
import { withoutLocalPaths } from "./report-path.js";

/**
 * The report's forecast section: the summary sentence, what the caseload counts (where the history
 * says), how the method was chosen, notes on the data,
 * the fan chart, the chosen forecast with its intervals, the backtest (how wrong each method would
 * have been in past years) and every method's forecast. Counts are shown to whole people; every
 * table's row order is the order the forecast stage gives.
 */
export function forecastSection(result: CaseloadForecast, { backtestInAppendix = false }: { backtestInAppendix?: boolean } = {}): ReportSection {
  const chart = fanChart(result);
  const html = [
    `<p class="summary">${escapeHtml(forecastSummary(result))}</p>`,
    // what the figures count: the community, from which column of the history
    ...(result.history.counted === undefined ? [] : [`<p>${escapeHtml(withoutLocalPaths(result.history.counted.statement))}</p>`]),
    `<p>Method: <strong>${escapeHtml(result.chosen.label)}</strong>. ${escapeHtml(result.choice.rule)} ${escapeHtml(result.choice.reason)}</p>`,
    ...notesHtml(result.warnings),
    `<div data-chart="${chart.id}"></div>`,
    "<h3>The forecast</h3>",
    chosenForecastTable(result),
    ...(backtestInAppendix ? [`<p>How wrong each method would have been, and every method's forecast, are in the <a href="#${forecastAppendixId}">appendix</a>.</p>`] : backtestHtml(result)),
  ].join("\n");
  return { id: "forecast", title: "Caseload forecast", html, charts: [chart] };
}

/** The id of the appendix that holds the forecast's reference tables. */
export const forecastAppendixId = "appendix-forecast";

/** The backtest and every method's forecast, as an appendix after the findings (`mosovo report`). */
export function forecastAppendixSection(result: CaseloadForecast): ReportSection {
  return { id: forecastAppendixId, title: "Appendix: the backtest and every method's forecast", html: backtestHtml(result).join("\n"), charts: [] };
}

function backtestHtml(result: CaseloadForecast): string[] {
  return [
    "<h3>How wrong each method would have been</h3>",
    "<p>Each method was fitted to the history up to a past year and its forecasts compared with what was then recorded, " +
      "moving that year forward one at a time (a rolling-origin backtest). MAPE is the mean absolute percentage error; " +
      "MASE divides the mean absolute error by that of a forecast of no change one year ahead, so below 1 beats it. " +
      "Coverage is the share of recorded values that fell inside each interval: close to its level when the intervals are honest.</p>",
    backtestTable(result),
    "<h3>Every method's forecast</h3>",
    methodsTable(result),
  ];
}

function notesHtml(warnings: readonly string[]): string[] {
  if (warnings.length === 0) return [];
  return ["<h3>Notes on the data</h3>", `<ul class="warnings">\n${warnings.map((warning) => `<li>${escapeHtml(withoutLocalPaths(warning))}</li>`).join("\n")}\n</ul>`];
}

function chosenForecastTable({ chosen, futurePeriodEnding }: CaseloadForecast): string {
  const columns: TableColumn[] = [
    { label: "Year ending", noWrap: true },
    { label: "Forecast", align: "right" },
    ...chosen.forecast.intervals.flatMap((interval): TableColumn[] => [
      { label: `${interval.level}% low`, align: "right" },
      { label: `${interval.level}% high`, align: "right" },
    ]),
  ];
  const rows = futurePeriodEnding.map((periodEnding, step) => [
    readableDate(periodEnding),
    chosen.forecast.point[step],
    ...chosen.forecast.intervals.flatMap((interval) => [interval.lower[step], interval.upper[step]]),
  ]);
  return htmlTable(columns, rows, { caption: `Registered sex offenders forecast by ${chosen.label} (people)` });
}

function backtestTable({ backtest, levels, methods, chosen }: CaseloadForecast): string {
  const columns: TableColumn[] = [
    { label: "Method" },
    { label: "Years ahead", align: "right" },
    { label: "Forecasts scored", align: "right" },
    { label: "MAPE (%)", align: "right", decimals: 1 },
    { label: "MASE", align: "right", decimals: 2 },
    ...levels.map((level): TableColumn => ({ label: `Inside ${level}% range (%)`, align: "right" })),
  ];
  const rows = backtest.map((score) => [
    methodLabel(score.method, methods, chosen.method),
    score.horizon,
    score.forecasts,
    score.mape,
    score.mase,
    ...levels.map((level) => {
      const share = score.coverage.find((entry) => entry.level === level)?.share;
      return share === undefined ? null : share * 100;
    }),
  ]);
  return htmlTable(columns, rows, { caption: "Rolling-origin backtest, by method and years ahead" });
}

function methodsTable({ methods, futurePeriodEnding, chosen }: CaseloadForecast): string {
  const columns: TableColumn[] = [
    { label: "Method" },
    ...futurePeriodEnding.map((periodEnding): TableColumn => ({ label: String(yearOf(periodEnding)), align: "right" })),
  ];
  const rows = methods.map((method) => [methodLabel(method.method, methods, chosen.method), ...method.forecast.point]);
  return htmlTable(columns, rows, { caption: "Point forecast of every method fitted (people, year ending as above)" });
}

function methodLabel(name: string, methods: CaseloadForecast["methods"], chosenName: string): string {
  const label = methods.find((method) => method.method === name)?.label ?? name;
  return name === chosenName ? `${label} (chosen)` : label;
}
