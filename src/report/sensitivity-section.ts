import type { SensitivityAnalysis } from "../sensitivity/sensitivity-analysis.js";
import type { OneOffWorkHours } from "../workload/one-off-work.js";
import type { StaffingNeed } from "../workload/staffing-need.js";
import { managementGroups, type ManagementGroup, type WorkloadStandardValues } from "../workload/staffing-rules.js";
import { workloadBreakdown } from "../workload/workload-breakdown.js";
import { chartColours, chartLayout } from "./chart-layout.js";
import { type CsvCell, formatCsv } from "./csv-export.js";
import { htmlTable, type TableCell } from "./html-table.js";
import { readableDate } from "./readable-date.js";
import { readableNumber } from "./readable-number.js";
import type { Chart, ReportSection } from "./report-section.js";

const groupLabels: Record<ManagementGroup, string> = {
  veryHigh: "Very high",
  high: "High",
  medium: "Medium",
  low: "Low, active",
  lowReactive: "Low, reactive",
};

/** What the section is made from. */
export interface SensitivityReport {
  analysis: SensitivityAnalysis;
  /** The staffing need of the last forecast year at the point forecast. */
  lastYear: StaffingNeed;
  standards: WorkloadStandardValues;
  maxCaseloadPerOffenderManager: number;
}

/**
 * "What moves the answer": the one-at-a-time sensitivity analysis as a tornado chart and a table, and
 * the last forecast year's workload hours by risk level and kind of work beside the caseload ratio, so
 * that a reader sees which rule (ratio or activity) sets the need, and why.
 *
 */
export function sensitivitySection({ analysis, lastYear, standards, maxCaseloadPerOffenderManager }: SensitivityReport): ReportSection {
  const year = `the year ending ${readableDate(analysis.periodEnding)}`;
  const deciding = lastYear.offenderManagersNeededByRatio >= lastYear.offenderManagersNeededByActivity ? "ratio" : "activity";
  const html = [
    `<p>Each assumption below is moved to the low and then the high end of the range shown, every other value held as the model has it, ` +
      `and the need in ${year} (point forecast) and the pay bill of staffing every forecast year to its need in whole posts are worked out again. ` +
      `The longest bars are the assumptions the business case most depends on; a short bar means the answer does not hang on that figure.</p>`,
    `<p>With the model's own values: ${readableNumber(analysis.baseline.offenderManagersNeeded, 1)} offender managers and ` +
      `${readableNumber(analysis.baseline.supervisorsNeeded, 1)} supervisors needed in ${year}; staffing every year to its need costs ` +
      `£${readableNumber(analysis.baseline.costOfStaffingToNeed)} over the forecast.</p>`,
    '<div data-chart="sensitivity-tornado"></div>',
    sensitivityTable(analysis),
    "<h3>Why ratio and activity differ</h3>",
    `<p>In ${year} the ratio method needs ${readableNumber(lastYear.offenderManagersNeededByRatio, 1)} offender managers ` +
      `(${readableNumber(lastYear.registeredSexOffenders)} people ÷ ${readableNumber(maxCaseloadPerOffenderManager)} each) and the activity method ` +
      `${readableNumber(lastYear.offenderManagersNeededByActivity, 1)} (${readableNumber(lastYear.activityHours.total)} hours ÷ ` +
      `${readableNumber(lastYear.productiveHoursPerFte)} productive hours each), so the <strong>${deciding}</strong> method sets the need. ` +
      `The chart shows where the activity method's hours go.</p>`,
    '<div data-chart="workload-by-risk-level"></div>',
  ].join("\n");
  return {
    id: "sensitivity",
    title: "What moves the answer",
    html,
    charts: [tornadoChart(analysis), workloadChart(workloadBreakdown(lastYear.caseloadByRiskLevel, standards), lastYear.activityHours.custody, lastYear.oneOffWork)],
  };
}

function sensitivityTable(analysis: SensitivityAnalysis): string {
  const columns = [
    { label: "Assumption" },
    { label: "Model's value" },
    { label: "Range (low – high)" },
    { label: "Offender managers needed", align: "right" as const },
    { label: "Supervisors needed", align: "right" as const },
    { label: "Cost of staffing to need (£)", align: "right" as const },
  ];
  const span = (low: number, high: number, decimals: number) => `${readableNumber(low, decimals)} – ${readableNumber(high, decimals)}`;
  const rows = analysis.rows.map((row): TableCell[] => [
    row.assumption,
    row.baselineValue,
    `${row.lowValue} – ${row.highValue} (${row.range})`,
    span(row.low.offenderManagersNeeded, row.high.offenderManagersNeeded, 1),
    span(row.low.supervisorsNeeded, row.high.supervisorsNeeded, 1),
    span(row.low.costOfStaffingToNeed, row.high.costOfStaffingToNeed, 0),
  ]);
  return htmlTable(columns, rows, { caption: "Need at the low and high end of each assumption's range" });
}

function tornadoChart(analysis: SensitivityAnalysis): Chart {
  const rows = [...analysis.rows].reverse(); // Plotly draws the first category at the bottom
  const base = analysis.baseline.offenderManagersNeeded;
  const bar = (name: string, colour: string, pick: (row: (typeof rows)[number]) => number) => ({
    type: "bar",
    orientation: "h",
    name,
    y: rows.map((row) => row.assumption),
    x: rows.map((row) => pick(row) - base),
    base: rows.map(() => base),
    marker: { color: colour },
    hovertemplate: `${name}: %{base:,.1f} → %{x:+,.1f} FTE<extra></extra>`,
  });
  return {
    id: "sensitivity-tornado",
    title: "What moves the answer: offender managers needed in the last forecast year",
    caption:
      `Offender managers needed (FTE) with each assumption at the low (dark) and high (light) end of its range, the others held; ` +
      `the bars start from the model's figure of ${readableNumber(base, 1)}. Longest bar first.`,
    figure: {
      data: [bar("Low end of the range", chartColours.forecast, (row) => row.low.offenderManagersNeeded), bar("High end of the range", chartColours.bands[0], (row) => row.high.offenderManagersNeeded)],
      layout: {
        ...chartLayout({ xTitle: "Offender managers needed (FTE)", yTitle: "" }),
        barmode: "overlay",
        xaxis: { ...(chartLayout({ xTitle: "Offender managers needed (FTE)", yTitle: "" }).xaxis as Record<string, unknown>), tickformat: ",.0f" },
        yaxis: { automargin: true, showgrid: false },
      },
    },
  };
}

// The one-off work of joining and release, where counted, stands as two bars after custody, stacked by the
// same kinds of work; the plans written on joining go with the plan reviews.
function workloadChart(groups: ReturnType<typeof workloadBreakdown>, custodyHours: number, oneOff?: OneOffWorkHours): Chart {
  const oneOffLabels = oneOff ? ["Joining the register", "Release from custody"] : [];
  const x = [...managementGroups.map((group) => groupLabels[group]), "Custody", ...oneOffLabels];
  const oneOffBars = (joining: (work: OneOffWorkHours) => number, release: (work: OneOffWorkHours) => number) => (oneOff ? [joining(oneOff), release(oneOff)] : []);
  const tasks = [
    { name: "Home visits", pick: (group: (typeof groups)[number]) => group.visits, colour: chartColours.forecast, oneOff: oneOffBars((work) => work.joining.firstHomeVisits, (work) => work.release.homeVisits) },
    { name: "ARMS assessments", pick: (group: (typeof groups)[number]) => group.armsAssessments, colour: "#6a3d9a", oneOff: oneOffBars((work) => work.joining.firstArmsAssessments, (work) => work.release.armsReviews) },
    {
      name: oneOff ? "Risk management plans and reviews" : "Risk management plan reviews",
      pick: (group: (typeof groups)[number]) => group.riskManagementPlanReviews,
      colour: chartColours.bands[0],
      oneOff: oneOffBars((work) => work.joining.initialRiskManagementPlans, (work) => work.release.riskManagementPlanReviews),
    },
    { name: "Intelligence checks", pick: (group: (typeof groups)[number]) => group.intelligenceChecks, colour: "#b15928", oneOff: oneOffBars(() => 0, () => 0) },
    { name: "Responsive work", pick: (group: (typeof groups)[number]) => group.responsive, colour: chartColours.bands[1], oneOff: oneOffBars(() => 0, () => 0) },
  ];
  return {
    id: "workload-by-risk-level",
    title: "Workload hours in the last forecast year, by risk level and kind of work",
    caption:
      "Offender-manager hours a year at the point forecast: each bar is one management group, stacked by kind of work; custody work is all-in." +
      (oneOff ? " The last two bars are the work done once for each person joining the register and each release from custody." : ""),
    figure: {
      data: [
        ...tasks.map((task) => ({
          type: "bar",
          name: task.name,
          x,
          y: [...groups.map(task.pick), 0, ...task.oneOff],
          marker: { color: task.colour },
          hovertemplate: `${task.name}, %{x}: %{y:,.0f} h<extra></extra>`,
        })),
        { type: "bar", name: "Custody work", x, y: [...groups.map(() => 0), custodyHours, ...oneOffLabels.map(() => 0)], marker: { color: chartColours.marker }, hovertemplate: "Custody work: %{y:,.0f} h<extra></extra>" },
      ],
      layout: { ...chartLayout({ xTitle: "Management group", yTitle: "Hours a year" }), barmode: "stack" },
    },
  };
}

/** `sensitivity.csv`: one row for the model's own values, then one per assumption, as the table orders them. */
export function sensitivityCsv(analysis: SensitivityAnalysis): string {
  const header = [
    "assumption",
    "range",
    "model_value",
    "low_value",
    "high_value",
    "offender_managers_needed_low",
    "offender_managers_needed_high",
    "supervisors_needed_low",
    "supervisors_needed_high",
    "cost_of_staffing_to_need_low",
    "cost_of_staffing_to_need_high",
  ];
  const { baseline } = analysis;
  const rows: CsvCell[][] = [
    ["(model's values)", null, null, null, null, baseline.offenderManagersNeeded, baseline.offenderManagersNeeded, baseline.supervisorsNeeded, baseline.supervisorsNeeded, baseline.costOfStaffingToNeed, baseline.costOfStaffingToNeed],
    ...analysis.rows.map((row): CsvCell[] => [
      row.key,
      row.range,
      row.baselineValue,
      row.lowValue,
      row.highValue,
      row.low.offenderManagersNeeded,
      row.high.offenderManagersNeeded,
      row.low.supervisorsNeeded,
      row.high.supervisorsNeeded,
      row.low.costOfStaffingToNeed,
      row.high.costOfStaffingToNeed,
    ]),
  ];
  return formatCsv(header, rows);
}
