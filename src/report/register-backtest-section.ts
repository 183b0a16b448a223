import { type CalendarDay, isoDate } from "../math/calendar-day.js";
import { type BacktestSummaryEntry, backtestSummary, type RegisterBacktestRow } from "../register/register-backtest.js";
import { chartLayout, scenarioLineStyles } from "./chart-layout.js";
import { formatCsv } from "./csv-export.js";
import { escapeHtml } from "./escape-html.js";
import { htmlTable } from "./html-table.js";
import { readableNumber } from "./readable-number.js";
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
  const verdict = backtestVerdict(summary);
  const evidence = registerEvidence(rows);
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
    "<p>The register projection was run on the extract as it stood at each earlier year end (only people registered by then, leaving and releases after it unknown; the release that came standing for the one expected, and for someone in custody then who later left the register still in custody, the median end of the longer custody spells known then), and the trend methods on the reconstructed yearly community counts up to the same date. The latest risk level stands for the one held then.</p>",
    `<div data-chart="${chart.id}"></div>`,
    htmlTable(
      [
        { label: "Method" },
        { label: "Forecasts scored", align: "right" },
        { label: "Mean absolute percentage error (%)", align: "right", decimals: 1 },
        { label: "Register projection on the same forecasts (%)", align: "right", decimals: 1 },
      ],
      summary.map((entry) => [entry.label, entry.forecasts, entry.meanAbsolutePercentageError, entry.method === "register" ? null : entry.registerOnSameForecasts]),
      { caption: "Backtest of the community caseload, lowest error first; a method that needs more years of history is scored on fewer, nearer forecasts, so compare it with the register projection on the same ones" },
    ),
    ...(evidence.sentences.length === 0 ? [] : [`<p>${escapeHtml(evidence.sentences.join(" "))}</p>`, evidence.table]),
  ].join("\n");
  return { html, chart };
}

/**
 * Which approach the force should trust: the register projection against the best trend method over the
 * same forecasts. The trend methods scored on every forecast the register projection was decide it
 * (the one with the lowest error of them); without any, the one scored on the most. Trend methods that
 * need more years of history, scored on fewer forecasts, are set beside the register projection on
 * those forecasts in a further sentence.
 */
export function backtestVerdict(summary: readonly BacktestSummaryEntry[]): string {
  const register = summary.find((entry) => entry.method === "register");
  const trends = summary.filter((entry) => entry.method !== "register" && entry.registerOnSameForecasts !== null);
  const covering = trends.filter((entry) => entry.coversRegister);
  const best = covering[0] ?? [...trends].sort((a, b) => b.forecasts - a.forecasts)[0];
  if (register === undefined || best === undefined || best.registerOnSameForecasts === null) return "Only one approach could be backtested.";
  const percent = (value: number) => `${value.toFixed(1)}%`;
  const same = `over the same ${best.forecasts} forecast${best.forecasts === 1 ? "" : "s"}`;
  const first =
    best.registerOnSameForecasts <= best.meanAbsolutePercentageError
      ? `Trust the register projection: ${same} its mean error was ${percent(best.registerOnSameForecasts)}, against ${percent(best.meanAbsolutePercentageError)} for the best trend method scored on them (${best.label}).`
      : `Trust the trend method here: ${same} ${best.label} had a mean error of ${percent(best.meanAbsolutePercentageError)}, the register projection ${percent(best.registerOnSameForecasts)}.`;
  const fewer = trends
    .filter((entry) => !entry.coversRegister && entry !== best)
    .map((entry) => `${entry.label} ${percent(entry.meanAbsolutePercentageError)} against the register projection's ${percent(entry.registerOnSameForecasts!)} over its ${entry.forecasts} forecast${entry.forecasts === 1 ? "" : "s"}`);
  return fewer.length === 0
    ? first
    : `${first} Methods that need more years of history were scored on fewer, nearer forecasts: ${fewer.join("; ")}.`;
}

/**
 * Where the register projection went wrong: from each origin, at the furthest year scored, its error
 * and sign, and the joiners and leavers it projected against those the history shows; and a sentence
 * saying whether the joiners or the leavers were further out on average.
 */
export function registerEvidence(rows: readonly RegisterBacktestRow[]): { sentences: string[]; table: string } {
  const furthest = new Map<CalendarDay, RegisterBacktestRow>();
  for (const row of rows) {
    if (row.method !== "register" || row.flows === undefined) continue;
    const held = furthest.get(row.origin);
    if (held === undefined || row.yearsAhead > held.yearsAhead) furthest.set(row.origin, row);
  }
  const chosen = [...furthest.values()].sort((a, b) => a.origin - b.origin);
  if (chosen.length === 0) return { sentences: [], table: "" };
  const signed = (row: RegisterBacktestRow) => ((row.point - row.actual) / row.actual) * 100;
  const high = chosen.filter((row) => signed(row) > 0).length;
  const low = chosen.filter((row) => signed(row) < 0).length;
  const meanGap = (gap: (row: RegisterBacktestRow) => number) => chosen.reduce((sum, row) => sum + Math.abs(gap(row)), 0) / chosen.length;
  const joinerGap = meanGap((row) => row.flows!.joinersProjected - row.flows!.joinersActual);
  const leaverGap = meanGap((row) => row.flows!.leaversProjected - row.flows!.leaversActual);
  const origins = `${chosen.length} origin${chosen.length === 1 ? "" : "s"}`;
  const sentences = [
    `At the furthest year scored from each of its ${origins}, the register projection was too high from ${high} and too low from ${low}; ` +
      `the joiners it projected were ${readableNumber(joinerGap, 0)} away from those who joined, on average, and the leavers ${readableNumber(leaverGap, 0)} away from those who left` +
      (joinerGap > leaverGap
        ? ": its error came more from the joiner forecast, made from the history's yearly joiner counts alone, than from the exits."
        : ": its error came more from the exits than from the joiner forecast."),
  ];
  const table = htmlTable(
    [
      { label: "Origin" },
      { label: "Years ahead", align: "right" },
      { label: "Community counted", align: "right" },
      { label: "Register projection", align: "right" },
      { label: "Error (%)", align: "right", decimals: 1 },
      { label: "Joiners projected", align: "right" },
      { label: "Joiners", align: "right" },
      { label: "Leavers projected", align: "right" },
      { label: "Leavers", align: "right" },
    ],
    chosen.map((row) => [isoDate(row.origin), row.yearsAhead, row.actual, row.point, signed(row), row.flows!.joinersProjected, row.flows!.joinersActual, row.flows!.leaversProjected, row.flows!.leaversActual]),
    { caption: "The register projection from each origin at the furthest year scored: error (above the count when positive) and the flows behind it, projected (mean of the paths) and as the history shows them" },
  );
  return { sentences, table };
}
