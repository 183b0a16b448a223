import { abstractionShare } from "../operations/abstraction-share.js";
import { allReasons } from "../operations/abstractions.js";
import type { OperationalMeasures } from "../operations/operational-measures.js";
import { outlookMonths, outlookRules, type ScenarioOutlook } from "../operations/outstanding-outlook.js";
import { latenessBandLabels, latenessBands } from "../operations/outstanding-work.js";
import { type ItemType, type RiskLevel, itemTypeLabels, itemTypes, riskLevelLabels, riskLevels } from "../operations/work-item.js";
import { chartLayout, scenarioLineStyles } from "./chart-layout.js";
import { escapeHtml } from "./escape-html.js";
import { htmlTable, type TableCell, type TableColumn } from "./html-table.js";
import { outstandingHeatMap } from "./outstanding-heat-map.js";
import { readableDate } from "./readable-date.js";
import { readableNumber } from "./readable-number.js";
import type { Chart, ReportSection } from "./report-section.js";

const typeColours: Readonly<Record<ItemType, string>> = {
  arms_assessment: "#08306b",
  risk_management_plan: "#6baed6",
  home_visit: "#000000",
};

/**
 * The report's section on Recommendation 8's operational measures: outstanding work by type, risk
 * level and lateness (heat map and table), work completed on time by month, supervisor reviews within
 * one calendar month, abstractions, and the outlook of outstanding work by risk level under each
 * scenario (or why there is none). Numbers are those of `measures`, hidden counts included: a hidden
 * count shows as `*`, a share that does not apply as a dash.
 */
export function operationsSection(measures: OperationalMeasures): ReportSection {
  const heatMap = outstandingHeatMap(measures.outstanding, { asOf: measures.asOf });
  const onTimeChart = shareChart("on-time-completion", "Work completed on time, by month due", "Month due", "Completed on time (%)",
    measures.onTimeCompletion.map((row) => ({ itemType: row.itemType, month: row.month, share: row.shareCompletedOnTime })),
    "Of the work due in each month, the share done on or before its due date. The as-of month counts only work due so far.");
  const reviewChart = shareChart("supervisor-reviews", "Supervisor reviews within one calendar month", "Month completed", "Reviewed within one month (%)",
    measures.supervisorReviews.map((row) => ({ itemType: row.itemType, month: row.month, share: row.shareReviewedWithinOneMonth })),
    "Of the work completed in each month whose month for review is over, the share a supervisor reviewed within one calendar month.");
  const charts: Chart[] = [heatMap, onTimeChart, reviewChart];
  const abstractionChart = measures.abstractions === null ? null : abstractionHoursChart(measures);
  if (abstractionChart) charts.push(abstractionChart);
  const outlookCharts = measures.outlook === null ? [] : riskLevels.map((riskLevel) => outlookChart(measures.outlook!, riskLevel));
  charts.push(...outlookCharts);

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
    ...outlookParts(measures, outlookCharts),
  ].filter((part) => part !== "").join("\n");
  return { id: "operations", title: "Outstanding work, reviews and abstractions", html, charts };
}

function summary(measures: OperationalMeasures): string {
  const overdue = measures.outstanding.filter((cell) => cell.band !== "not_yet_due");
  const shown = overdue.reduce((sum, cell) => sum + (cell.count ?? 0), 0);
  const some = overdue.some((cell) => cell.count === null) ? "at least " : "";
  const veryHigh = overdue.filter((cell) => cell.riskLevel === "very_high");
  const veryHighShown = veryHigh.reduce((sum, cell) => sum + (cell.count ?? 0), 0);
  const veryHighSome = veryHigh.some((cell) => cell.count === null) ? "at least " : "";
  return (
    `On ${readableDate(measures.asOf)}, ${some}${readableNumber(shown)} of ${readableNumber(measures.workItemCount)} work items in the extract were overdue, ` +
    `${veryHighSome}${readableNumber(veryHighShown)} of them for very-high-risk offenders.`
  );
}

function count(value: number | null): TableCell {
  return value === null ? "*" : value;
}

function percent(share: number | null): number | null {
  return share === null ? null : share * 100;
}

function outstandingTable(measures: OperationalMeasures): string {
  const columns: TableColumn[] = [
    { label: "Item" },
    { label: "Risk level" },
    ...latenessBands.map((band): TableColumn => ({ label: latenessBandLabels[band], align: "right" })),
    { label: "Oldest (days overdue)", align: "right" },
  ];
  const rows = itemTypes.flatMap((itemType) =>
    riskLevels.map((riskLevel) => {
      const cells = latenessBands.map((band) => measures.outstanding.find((c) => c.itemType === itemType && c.riskLevel === riskLevel && c.band === band)!);
      const overdue = cells.filter((cell) => cell.band !== "not_yet_due");
      const oldest: TableCell = overdue.some((cell) => cell.count === null)
        ? "*"
        : overdue.reduce<number | null>((most, cell) => (cell.oldestDaysOverdue === null || (most !== null && most >= cell.oldestDaysOverdue) ? most : cell.oldestDaysOverdue), null);
      return [itemTypeLabels[itemType], riskLevelLabels[riskLevel], ...cells.map((cell) => count(cell.count)), oldest];
    }),
  );
  return htmlTable(columns, rows, { caption: `Outstanding work on ${readableDate(measures.asOf)} (items)` });
}

function reviewTable(measures: OperationalMeasures): string {
  const columns: TableColumn[] = [
    { label: "Month completed" },
    ...itemTypes.flatMap((itemType): TableColumn[] => [
      { label: `${itemTypeLabels[itemType]}: reviewed within a month (%)`, align: "right" },
      { label: `${itemTypeLabels[itemType]}: unreviewed after a month`, align: "right" },
    ]),
  ];
  const months = [...new Set(measures.supervisorReviews.map((row) => row.month))];
  const rows = months.map((month) => [
    month,
    ...itemTypes.flatMap((itemType) => {
      const row = measures.supervisorReviews.find((r) => r.month === month && r.itemType === itemType)!;
      return [percent(row.shareReviewedWithinOneMonth), count(row.unreviewedAfterOneMonth)];
    }),
  ]);
  return htmlTable(columns, rows, { caption: "Supervisor reviews by month of completion" });
}

function shareChart(
  id: string,
  title: string,
  xTitle: string,
  yTitle: string,
  points: readonly { itemType: ItemType; month: string; share: number | null }[],
  caption: string,
): Chart {
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
    xaxis: { ...(base.xaxis as object), type: "date", tickformat: "%b %Y" },
    yaxis: { ...(base.yaxis as object), tickformat: ",.0f", range: [0, 100], rangemode: "normal" },
  };
  return { id, title, caption, figure: { data, layout } };
}

function abstractionHoursChart(measures: OperationalMeasures): Chart {
  const rows = measures.abstractions!.rows.filter((row) => row.reason !== allReasons);
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
      hovertemplate: `${escapeHtml(reason)}, %{x|%b %Y}: %{y:,.1f} h<extra></extra>`,
    };
  });
  const base = chartLayout({ xTitle: "Month", yTitle: "Hours abstracted" });
  return {
    id: "abstraction-hours",
    title: "Hours abstracted, by month and reason",
    caption: "Hours offender managers spent away from their cases, stacked by reason. Hidden (suppressed) cells are left out. The as-of month is counted only to the as-of date.",
    figure: { data, layout: { ...base, barmode: "stack", xaxis: { ...(base.xaxis as object), type: "date", tickformat: "%b %Y" } } },
  };
}

function abstractionParts(measures: OperationalMeasures, chart: Chart | null): string[] {
  if (measures.abstractions === null || chart === null) return ["<h3>Abstractions</h3>", "<p>No abstractions extract was given.</p>"];
  const { rows, regularlyAbstracted } = measures.abstractions;
  const totals = rows.filter((row) => row.reason === allReasons);
  const withShare = measures.availableHoursPerMonth !== null;
  const columns: TableColumn[] = [
    { label: "Month" },
    { label: "Hours abstracted", align: "right", decimals: 1 },
    ...(withShare ? [{ label: "Share of available hours (%)", align: "right", decimals: 1 } as TableColumn] : []),
    { label: "Staff abstracted", align: "right" },
    { label: "Staff abstracted in this and the two months before", align: "right" },
  ];
  const table = htmlTable(
    columns,
    totals.map((row) => [
      row.month,
      row.hours === null ? "*" : row.hours,
      ...(withShare ? [percent(row.shareOfAvailableHours)] : []),
      count(row.staffAbstracted),
      count(row.staffRegularlyAbstracted),
    ]),
    { caption: "Abstractions, all reasons, by month" },
  );
  const regular = htmlTable(
    [{ label: "Reason" }, { label: "Staff abstracted in three or more consecutive months", align: "right" }],
    regularlyAbstracted.map((row) => [row.reason, count(row.staff)]),
    { caption: "Regular abstraction over the whole extract (staff counted, never named)" },
  );
  const available = withShare
    ? `Shares are of ${readableNumber(measures.availableHoursPerMonth!, 1)} hours available a month (offender managers in post × contracted hours).`
    : "No establishment figure was given, so shares of available hours are not shown.";
  return [
    "<h3>Abstractions</h3>",
    `<p>Hours staff were taken away from their cases, by month and reason. ${escapeHtml(available)} A member of staff counts as regularly abstracted in a month when they were abstracted in it and in each of the two months before; over all reasons that includes annual leave, so read the regularity of reasons such as other duties in abstractions.csv.</p>`,
    `<div data-chart="${chart.id}"></div>`,
    ...shareTable(measures),
    table,
    regular,
  ];
}

// The extract records leave and sickness as well as other duties, so its share is set against the profile's
// four shares together, and without leave and sickness against training and other duties.
function shareTable(measures: OperationalMeasures): string[] {
  const share = abstractionShare(measures.abstractions!, { asOf: measures.asOf, availableHoursPerMonth: measures.availableHoursPerMonth, assumed: measures.assumedTimeAway ?? null });
  if (share === null) return [];
  const last = share.months[share.months.length - 1];
  const columns: TableColumn[] = [
    { label: "Reasons" },
    { label: "Share of available hours (%)", align: "right", decimals: 1 },
    ...(share.assumed === null ? [] : [{ label: "The profile assumes (%)", align: "right", decimals: 1 } as TableColumn, { label: "The profile's shares" } as TableColumn]),
  ];
  const row = (label: string, measured: number | null, assumed: number | undefined, shares: string): TableCell[] => [
    label,
    measured === null ? "*" : measured * 100,
    ...(share.assumed === null ? [] : [assumed! * 100, shares]),
  ];
  return [
    htmlTable(
      columns,
      [
        row("Every reason in the extract", share.allReasons, share.assumed?.allReasons, "leave + training + sickness + abstraction (other duties)"),
        row("Every reason but annual leave and sickness", share.withoutLeaveAndSickness, share.assumed?.withoutLeaveAndSickness, "training + abstraction (other duties)"),
      ],
      {
        caption: `Abstraction share over ${share.months.length === 1 ? `the complete month ${last}` : `the ${share.months.length} complete months ${share.months[0]} to ${last}`}, with and without leave and sickness`,
      },
    ),
  ];
}

function outlookParts(measures: OperationalMeasures, charts: readonly Chart[]): string[] {
  if (measures.outlook === null && measures.suppressBelow > 0) {
    return [
      "<h3>Outlook</h3>",
      "<p>Left out because small counts are suppressed for publication (<code>--suppress-below</code>): the outlook starts from the outstanding items by risk level, which would show counts the tables above hide.</p>",
    ];
  }
  if (measures.outlook === null) {
    return [
      "<h3>Outlook</h3>",
      "<p>No force profile was given (<code>--force</code>), so there is no outlook: projecting outstanding work needs the staffing model's workload and the team's hours.</p>",
    ];
  }
  const outlooks = measures.outlook;
  return [
    "<h3>Outlook</h3>",
    `<p class="summary">${escapeHtml(outlookSummary(outlooks))}</p>`,
    `<p>Outstanding ARMS assessments, risk management plans and visits by risk level over the ${outlookMonths} months after ${escapeHtml(readableDate(measures.asOf))}, for each scenario, with the staffing model's work and hours. These are expected numbers of items from a model, not counts. The rules:</p>`,
    `<ul>\n${outlookRules.map((rule) => `<li>${escapeHtml(rule)}</li>`).join("\n")}\n</ul>`,
    clearTable(outlooks),
    ...charts.map((chart) => `<div data-chart="${chart.id}"></div>`),
    ...outlooks.map(monthTable),
  ];
}

function outlookSummary(outlooks: readonly ScenarioOutlook[]): string {
  return outlooks
    .map((outlook) => {
      const months = outlook.monthsToClearAllOverdue;
      const cleared = months === null ? `not cleared within ${outlookMonths} months` : months === 0 ? "none to clear" : `cleared in ${months} month${months === 1 ? "" : "s"}`;
      const atStart = outlook.start.reduce((sum, row) => sum + row.overdue, 0);
      const end = outlook.months[outlook.months.length - 1].byRiskLevel;
      const atEnd = end.reduce((sum, row) => sum + row.overdue, 0);
      const outstandingAtEnd = end.reduce((sum, row) => sum + row.outstanding, 0);
      return `${outlook.scenario}: ${readableNumber(atStart)} items overdue at the start, ${cleared}; ${readableNumber(outstandingAtEnd)} outstanding, ${readableNumber(atEnd)} of them overdue, after ${outlookMonths} months.`;
    })
    .join(" ");
}

function monthsToClear(months: number | null, grows: boolean): TableCell {
  if (months === null) return `not within ${outlookMonths} months${grows ? "; growing" : ""}`;
  return months === 0 ? "none outstanding" : months;
}

function clearTable(outlooks: readonly ScenarioOutlook[]): string {
  const columns: TableColumn[] = [
    { label: "Scenario" },
    ...riskLevels.map((riskLevel): TableColumn => ({ label: riskLevelLabels[riskLevel], align: "right" })),
    { label: "All risk levels", align: "right" },
  ];
  const rows = outlooks.map((outlook) => [
    outlook.scenario,
    ...riskLevels.map((riskLevel) => monthsToClear(outlook.monthsToClearOverdue[riskLevel], outlook.backlogGrows[riskLevel])),
    monthsToClear(outlook.monthsToClearAllOverdue, riskLevels.some((riskLevel) => outlook.backlogGrows[riskLevel])),
  ]);
  return htmlTable(columns, rows, {
    caption: "Months to clear the backlog: the first month from whose end on nothing is left undone, overdue or due that month",
  });
}

function monthTable(outlook: ScenarioOutlook): string {
  const columns: TableColumn[] = [
    { label: "Month ending" },
    { label: "Hours for items", align: "right" },
    ...riskLevels.flatMap((riskLevel): TableColumn[] => [
      { label: `${riskLevelLabels[riskLevel]}: outstanding`, align: "right", decimals: 1 },
      { label: `${riskLevelLabels[riskLevel]}: overdue`, align: "right", decimals: 1 },
    ]),
  ];
  const start = [readableDate(outlook.asOf), null, ...outlook.start.flatMap((row) => [row.outstanding, row.overdue])];
  const rows = outlook.months.map((month) => [
    readableDate(month.monthEnding),
    month.hoursForItems,
    ...month.byRiskLevel.flatMap((row) => [row.outstanding, row.overdue]),
  ]);
  return htmlTable(columns, [start, ...rows], { caption: `${outlook.scenario}: outstanding and overdue items at each month end (the first row is the as-of date)` });
}

function outlookChart(outlooks: readonly ScenarioOutlook[], riskLevel: RiskLevel): Chart {
  const level = riskLevelLabels[riskLevel].toLowerCase().replace(" ", "-");
  const data = outlooks.map((outlook, index) => {
    const style = scenarioLineStyles[index % scenarioLineStyles.length];
    const start = outlook.start.find((row) => row.riskLevel === riskLevel)!;
    const rows = outlook.months.map((month) => month.byRiskLevel.find((row) => row.riskLevel === riskLevel)!);
    return {
      type: "scatter",
      mode: "lines+markers",
      name: outlook.scenario,
      x: [outlook.asOf, ...outlook.months.map((month) => month.monthEnding)],
      y: [start.outstanding, ...rows.map((row) => row.outstanding)],
      line: { color: style.color, dash: style.dash, width: 2 },
      marker: { color: style.color, size: 5 },
      hovertemplate: `${escapeHtml(outlook.scenario)}, %{x|%d %b %Y}: %{y:,.1f} items<extra></extra>`,
    };
  });
  const base = chartLayout({ xTitle: "Month ending", yTitle: "Outstanding items" });
  return {
    id: `outlook-${riskLevel.replace("_", "-")}`,
    title: `Outlook: outstanding ${level}-risk work, by scenario`,
    caption: `Expected ${level}-risk ARMS assessments, RMPs and visits due and not done at each month end, from the as-of date, with the highest risk levels done first.`,
    figure: { data, layout: { ...base, xaxis: { ...(base.xaxis as object), type: "date", tickformat: "%b %Y" } } },
  };
}
