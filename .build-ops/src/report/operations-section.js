import { allReasons } from "../operations/abstractions.js";
import { latenessBandLabels, latenessBands } from "../operations/outstanding-work.js";
import { itemTypeLabels, itemTypes, riskLevelLabels, riskLevels } from "../operations/work-item.js";
import { chartLayout } from "./chart-layout.js";
import { escapeHtml } from "./escape-html.js";
import { htmlTable } from "./html-table.js";
import { outstandingHeatMap } from "./outstanding-heat-map.js";
import { readableDate } from "./readable-date.js";
import { readableNumber } from "./readable-number.js";
const typeColours = {
    arms_assessment: "#08306b",
    risk_management_plan: "#6baed6",
    home_visit: "#000000",
};
/**
 * The report's section on Recommendation 8's operational measures: outstanding work by type, risk
 * level and lateness (heat map and table), work completed on time by month, supervisor reviews within
 * one calendar month, and abstractions. Numbers are those of `measures`, hidden counts included: a
 * hidden count shows as `*`, a share that does not apply as a dash.
 */
export function operationsSection(measures) {
    const heatMap = outstandingHeatMap(measures.outstanding, { asOf: measures.asOf });
    const onTimeChart = shareChart("on-time-completion", "Work completed on time, by month due", "Month due", "Completed on time (%)", measures.onTimeCompletion.map((row) => ({ itemType: row.itemType, month: row.month, share: row.shareCompletedOnTime })), "Of the work due in each month, the share done on or before its due date. The as-of month counts only work due so far.");
    const reviewChart = shareChart("supervisor-reviews", "Supervisor reviews within one calendar month", "Month completed", "Reviewed within one month (%)", measures.supervisorReviews.map((row) => ({ itemType: row.itemType, month: row.month, share: row.shareReviewedWithinOneMonth })), "Of the work completed in each month whose month for review is over, the share a supervisor reviewed within one calendar month.");
    const charts = [heatMap, onTimeChart, reviewChart];
    const abstractionChart = measures.abstractions === null ? null : abstractionHoursChart(measures);
    if (abstractionChart)
        charts.push(abstractionChart);
    const hidden = measures.suppressBelow > 1 ? `<p class="note">* a count from 1 to ${measures.suppressBelow - 1}, hidden for publication, with one more cell of its row where the hidden count could otherwise be worked out from the total.</p>` : "";
    const html = [
        `<p class="summary">${escapeHtml(summary(measures))}</p>`,
        hidden,
        "<h3>Outstanding work</h3>",
        "<p>Work not completed by the as-of date, by how many days past its due date it was then: not yet due (due on the as-of date or later); 1–30 days; 31–90 days; over 90 days.</p>",
        `<div data-chart="${heatMap.id}"></div>`,
        outstandingTable(measures),
        "<h3>Work completed on time</h3>",
        `<div data-chart="${onTimeChart.id}"></div>`,
        "<h3>Supervisor reviews</h3>",
        "<p>Work counts as reviewed within one calendar month if the review is dated on or before the same day of the next month, or that month's last day if it is shorter (31 January → 28 February, or 29 February in a leap year), the corresponding-date rule of English law. A month for review is over when that day is before the as-of date; work still within its month is counted apart and left out of the share.</p>",
        `<div data-chart="${reviewChart.id}"></div>`,
        reviewTable(measures),
        ...abstractionParts(measures, abstractionChart),
    ].filter((part) => part !== "").join("\n");
    return { id: "operations", title: "Outstanding work, reviews and abstractions", html, charts };
}
function summary(measures) {
    const overdue = measures.outstanding.filter((cell) => cell.band !== "not_yet_due");
    const shown = overdue.reduce((sum, cell) => sum + (cell.count ?? 0), 0);
    const some = overdue.some((cell) => cell.count === null) ? "at least " : "";
    const veryHigh = overdue.filter((cell) => cell.riskLevel === "very_high");
    const veryHighShown = veryHigh.reduce((sum, cell) => sum + (cell.count ?? 0), 0);
    const veryHighSome = veryHigh.some((cell) => cell.count === null) ? "at least " : "";
    return (`On ${readableDate(measures.asOf)}, ${some}${readableNumber(shown)} of ${readableNumber(measures.workItemCount)} work items in the extract were overdue, ` +
        `${veryHighSome}${readableNumber(veryHighShown)} of them for very-high-risk offenders.`);
}
function count(value) {
    return value === null ? "*" : value;
}
function percent(share) {
    return share === null ? null : share * 100;
}
function outstandingTable(measures) {
    const columns = [
        { label: "Item" },
        { label: "Risk level" },
        ...latenessBands.map((band) => ({ label: latenessBandLabels[band], align: "right" })),
        { label: "Oldest (days overdue)", align: "right" },
    ];
    const rows = itemTypes.flatMap((itemType) => riskLevels.map((riskLevel) => {
        const cells = latenessBands.map((band) => measures.outstanding.find((c) => c.itemType === itemType && c.riskLevel === riskLevel && c.band === band));
        const overdue = cells.filter((cell) => cell.band !== "not_yet_due");
        const oldest = overdue.some((cell) => cell.count === null)
            ? "*"
            : overdue.reduce((most, cell) => (cell.oldestDaysOverdue === null || (most !== null && most >= cell.oldestDaysOverdue) ? most : cell.oldestDaysOverdue), null);
        return [itemTypeLabels[itemType], riskLevelLabels[riskLevel], ...cells.map((cell) => count(cell.count)), oldest];
    }));
    return htmlTable(columns, rows, { caption: `Outstanding work on ${readableDate(measures.asOf)} (items)` });
}
function reviewTable(measures) {
    const columns = [
        { label: "Month completed" },
        ...itemTypes.flatMap((itemType) => [
            { label: `${itemTypeLabels[itemType]}: reviewed within a month (%)`, align: "right" },
            { label: `${itemTypeLabels[itemType]}: unreviewed after a month`, align: "right" },
        ]),
    ];
    const months = [...new Set(measures.supervisorReviews.map((row) => row.month))];
    const rows = months.map((month) => [
        month,
        ...itemTypes.flatMap((itemType) => {
            const row = measures.supervisorReviews.find((r) => r.month === month && r.itemType === itemType);
            return [percent(row.shareReviewedWithinOneMonth), count(row.unreviewedAfterOneMonth)];
        }),
    ]);
    return htmlTable(columns, rows, { caption: "Supervisor reviews by month of completion" });
}
function shareChart(id, title, xTitle, yTitle, points, caption) {
    const base = chartLayout({ xTitle, yTitle });
    const data = itemTypes.map((itemType) => {
        const ofType = points.filter((point) => point.itemType === itemType);
        return {
            type: "scatter",
            mode: "lines+markers",
            name: itemTypeLabels[itemType],
            x: ofType.map((point) => `${point.month}-01`),
            y: ofType.map((point) => percent(point.share)),
            line: { color: typeColours[itemType], width: 2 },
            hovertemplate: `${itemTypeLabels[itemType]}, %{x|%b %Y}: %{y:.1f}%<extra></extra>`,
        };
    });
    const layout = {
        ...base,
        xaxis: { ...base.xaxis, type: "date", tickformat: "%b %Y" },
        yaxis: { ...base.yaxis, tickformat: ",.0f", range: [0, 100], rangemode: "normal" },
    };
    return { id, title, caption, figure: { data, layout } };
}
function abstractionHoursChart(measures) {
    const rows = measures.abstractions.rows.filter((row) => row.reason !== allReasons);
    const reasons = [...new Set(rows.map((row) => row.reason))];
    const greys = ["#08306b", "#6baed6", "#000000", "#c6dbef", "#808080", "#2171b5"];
    const data = reasons.map((reason, index) => {
        const ofReason = rows.filter((row) => row.reason === reason);
        return {
            type: "bar",
            name: reason,
            x: ofReason.map((row) => `${row.month}-01`),
            y: ofReason.map((row) => row.hours),
            marker: { color: greys[index % greys.length] },
            hovertemplate: `${reason}, %{x|%b %Y}: %{y:,.1f} h<extra></extra>`,
        };
    });
    const base = chartLayout({ xTitle: "Month", yTitle: "Hours abstracted" });
    return {
        id: "abstraction-hours",
        title: "Hours abstracted, by month and reason",
        caption: "Hours offender managers spent away from their cases, stacked by reason. Hidden (suppressed) cells are left out. The as-of month is counted only to the as-of date.",
        figure: { data, layout: { ...base, barmode: "stack", xaxis: { ...base.xaxis, type: "date", tickformat: "%b %Y" } } },
    };
}
function abstractionParts(measures, chart) {
    if (measures.abstractions === null || chart === null)
        return ["<h3>Abstractions</h3>", "<p>No abstractions extract was given.</p>"];
    const { rows, regularlyAbstracted } = measures.abstractions;
    const totals = rows.filter((row) => row.reason === allReasons);
    const withShare = measures.availableHoursPerMonth !== null;
    const columns = [
        { label: "Month" },
        { label: "Hours abstracted", align: "right", decimals: 1 },
        ...(withShare ? [{ label: "Share of available hours (%)", align: "right", decimals: 1 }] : []),
        { label: "Staff abstracted", align: "right" },
        { label: "Staff abstracted in this and the two months before", align: "right" },
    ];
    const table = htmlTable(columns, totals.map((row) => [
        row.month,
        row.hours === null ? "*" : row.hours,
        ...(withShare ? [percent(row.shareOfAvailableHours)] : []),
        count(row.staffAbstracted),
        count(row.staffRegularlyAbstracted),
    ]), { caption: "Abstractions, all reasons, by month" });
    const regular = htmlTable([{ label: "Reason" }, { label: "Staff abstracted in three or more consecutive months", align: "right" }], regularlyAbstracted.map((row) => [row.reason, count(row.staff)]), { caption: "Regular abstraction over the whole extract (staff counted, never named)" });
    const available = withShare
        ? `Shares are of ${readableNumber(measures.availableHoursPerMonth, 1)} hours available a month (offender managers in post × contracted hours).`
        : "No establishment figure was given, so shares of available hours are not shown.";
    return [
        "<h3>Abstractions</h3>",
        `<p>Hours staff were taken away from their cases, by month and reason. ${escapeHtml(available)} A member of staff counts as regularly abstracted in a month when they were abstracted in it and in each of the two months before; over all reasons that includes annual leave, so read the regularity of reasons such as other duties in abstractions.csv.</p>`,
        `<div data-chart="${chart.id}"></div>`,
        table,
        regular,
    ];
}
