import { chartColours, chartLayout } from "./chart-layout.js";
import { dayAndMonth, yearOf } from "./readable-date.js";
import { readableNumber } from "./readable-number.js";
/**
 * The fan chart of a caseload forecast: the recorded counts as a black line, the chosen method's
 * point forecast as a dashed line, and one shaded band per interval level, widest and lightest
 * underneath. The forecast and its bands start from the last recorded count, so the fan opens from
 * where the history ends. Years the input had no figure for are marked with open diamonds.
 */
export function fanChart(result) {
    const { history, chosen, futurePeriodEnding, levels } = result;
    const historyYears = history.periodEnding.map(yearOf);
    const futureYears = futurePeriodEnding.map(yearOf);
    const lastYear = historyYears[historyYears.length - 1];
    const lastValue = history.values[history.values.length - 1];
    const intervalsWidestFirst = [...chosen.forecast.intervals].sort((a, b) => b.level - a.level);
    const filledYears = historyYears.filter((_, i) => history.filled[i]);
    const bands = intervalsWidestFirst.map((interval, rank) => ({
        type: "scatter",
        mode: "lines",
        name: `${interval.level}% range`,
        x: [lastYear, ...futureYears, ...[...futureYears].reverse(), lastYear],
        y: [lastValue, ...interval.upper, ...[...interval.lower].reverse(), lastValue],
        fill: "toself",
        fillcolor: chartColours.bands[Math.min(intervalsWidestFirst.length - 1 - rank, chartColours.bands.length - 1)],
        line: { width: 0 },
        hoverinfo: "skip",
    }));
    const recorded = {
        type: "scatter",
        mode: "lines+markers",
        name: "Recorded count",
        x: historyYears,
        y: history.values,
        line: { color: chartColours.history, width: 2 },
        marker: { color: chartColours.history, size: history.filled.map((filled) => (filled ? 0 : 6)) },
        hovertemplate: "%{x}: %{y:,.0f}<extra></extra>",
    };
    const filledIn = {
        type: "scatter",
        mode: "markers",
        name: "Filled in: no figure in the input",
        x: filledYears,
        y: history.values.filter((_, i) => history.filled[i]),
        marker: { symbol: "diamond-open", size: 10, color: chartColours.history, line: { width: 2 } },
        hovertemplate: "%{x}: %{y:,.0f} (filled in)<extra></extra>",
    };
    const forecast = {
        type: "scatter",
        mode: "lines+markers",
        name: `Forecast: ${chosen.label}`,
        x: [lastYear, ...futureYears],
        y: [lastValue, ...chosen.forecast.point],
        line: { color: chartColours.forecast, width: 2, dash: "dash" },
        marker: { color: chartColours.forecast, size: 5 },
        hoverinfo: "text",
        text: [
            `${lastYear}: ${readableNumber(lastValue)} (last recorded)`,
            ...futureYears.map((year, step) => {
                const ranges = chosen.forecast.intervals.map((interval) => `${interval.level}%: ${readableNumber(interval.lower[step])}–${readableNumber(interval.upper[step])}`);
                return `${year}: ${readableNumber(chosen.forecast.point[step])} (${ranges.join("; ")})`;
            }),
        ],
    };
    const layout = chartLayout({
        xTitle: `Year ending ${dayAndMonth(history.periodEnding[history.periodEnding.length - 1])}`,
        yTitle: "Registered sex offenders (people)",
    });
    layout.xaxis.tickformat = "d";
    layout.shapes = [
        { type: "line", xref: "x", yref: "paper", x0: lastYear, x1: lastYear, y0: 0, y1: 1, line: { color: chartColours.marker, width: 1, dash: "dot" } },
    ];
    layout.annotations = [
        { xref: "x", yref: "paper", x: lastYear, y: 1, xanchor: "right", yanchor: "top", showarrow: false, text: "last recorded ", font: { size: 11, color: "#404040" } },
    ];
    const levelsText = listOf(levels.map(String));
    const caption = [
        "The solid black line is the recorded count",
        filledYears.length > 0 ? `; open diamonds mark ${listOf(filledYears.map(String))}, which had no figure in the input and ${filledYears.length === 1 ? "was" : "were"} filled in` : "",
        `. The dashed line is the forecast (${chosen.label}); the shaded bands are its ${levelsText}% prediction intervals, `,
        `the ranges the count is expected to fall in ${levelsText} times out of 100 if the method's assumptions hold.`,
    ].join("");
    return {
        id: "caseload-fan-chart",
        title: `Registered sex offenders: recorded, and forecast ${result.horizon} years ahead`,
        caption,
        figure: { data: [...bands, recorded, ...(filledYears.length > 0 ? [filledIn] : []), forecast], layout },
    };
}
/** `a`, `a and b`, `a, b and c`. */
function listOf(items) {
    return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
