import { planCostSwing, type PlanOutcome, type SensitivityAnalysis, type SensitivityOutcome, type SensitivityRow } from "../sensitivity/sensitivity-analysis.js";
import type { OneOffWorkHours } from "../workload/one-off-work.js";
import type { StaffingNeed } from "../workload/staffing-need.js";
import { managementGroups, type ManagementGroup, type WorkloadStandardValues } from "../workload/staffing-rules.js";
import { workloadBreakdown } from "../workload/workload-breakdown.js";
import { chartColours, chartLayout } from "./chart-layout.js";
import { type CsvCell, formatCsv } from "./csv-export.js";
import { escapeHtml } from "./escape-html.js";
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
 * "What moves the answer": the one-at-a-time sensitivity analysis as tornado charts (offender managers
 * needed, and the chosen option's cost) and a table, and the last forecast year's workload hours by risk
 * level and kind of work beside the caseload ratio, so that a reader sees which rule (ratio or activity)
 * sets the need, and why.
 */
export function sensitivitySection({ analysis, lastYear, standards, maxCaseloadPerOffenderManager }: SensitivityReport): ReportSection {
  const year = `the year ending ${readableDate(analysis.periodEnding)}`;
  const deciding = lastYear.offenderManagersNeededByRatio >= lastYear.offenderManagersNeededByActivity ? "ratio" : "activity";
  const basePlan = analysis.baseline.plan;
  const html = [
    `<p>Each assumption below is moved to the low and then the high end of the range shown, every other value held as the model has it, ` +
      `and the need in ${year} (point forecast) is worked out again` +
      (basePlan === null
        ? `, with the pay bill of staffing every forecast year to its need in whole posts. The profile lists no scenarios, so the report chooses no plan and there is no chosen option to cost.`
        : `; the chosen option, the least-cost hiring plan, is found again wherever the assumption changes what the plan reads (from the same ` +
          `starting scenario, for the same caseload: the upper bound of the 80% interval, moved with the whole forecast when the growth is moved; ` +
          `elsewhere it is the report's own plan) and its cost over ${analysis.planYears} years is given beside the pay bill of staffing every ` +
          `forecast year to its need in whole posts.`) +
      ` The longest bars are the assumptions the business case most depends on; a short bar means the answer does not hang on that figure.</p>`,
    `<p>With the model's own values: ${readableNumber(analysis.baseline.offenderManagersNeeded, 1)} offender managers and ` +
      `${readableNumber(analysis.baseline.supervisorsNeeded, 1)} supervisors needed in ${year}; ` +
      (basePlan === null ? "" : `the least-cost plan costs ${planCostText(basePlan)} over ${analysis.planYears} years; `) +
      `staffing every forecast year to its need in whole posts costs £${readableNumber(analysis.baseline.costOfStaffingToNeed)}.</p>`,
    ...whatMovesTheCost(analysis),
    '<div data-chart="sensitivity-tornado"></div>',
    ...(basePlan === null ? [] : ['<div data-chart="sensitivity-cost-tornado"></div>']),
    sensitivityTable(analysis),
    ...noPlanNotes(analysis),
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
    charts: [
      tornadoChart(analysis),
      ...(basePlan === null ? [] : [costTornadoChart(analysis)]),
      workloadChart(workloadBreakdown(lastYear.caseloadByRiskLevel, standards), lastYear.activityHours.custody, lastYear.oneOffWork),
    ],
  };
}

/**
 * The sentences that say which assumptions move the chosen option's cost and which do not, read from the
 * plans found: the assumptions the plan reads in order of how far its cost moves, and those it does not read.
 */
function whatMovesTheCost(analysis: SensitivityAnalysis): string[] {
  if (analysis.baseline.plan === null) return [];
  const ranked = analysis.rows
    .filter((row) => row.planReadsAssumption)
    .map((row) => ({ row, swing: planCostSwing(row) }))
    .filter((entry): entry is { row: SensitivityRow; swing: number } => entry.swing !== null)
    .sort((a, b) => b.swing - a.swing);
  const moving = ranked.filter((entry) => entry.swing > 0);
  const same = ranked.filter((entry) => entry.swing === 0);
  const unread = analysis.rows.filter((row) => !row.planReadsAssumption);
  const range = ({ row }: { row: SensitivityRow }) =>
    `${lowerFirst(row.assumption)}: from ${planCostText(row.low.plan!)} at ${escapeHtml(row.lowValue)} to ${planCostText(row.high.plan!)} at ${escapeHtml(row.highValue)}`;
  const sentences: string[] = [];
  if (moving.length > 0) sentences.push(`The chosen option's cost moves most with ${range(moving[0])}.`);
  if (moving.length > 1) sentences.push(`Next comes ${range(moving[1])}.`);
  if (moving.length > 2) sentences.push(`Then, less far, ${listed(moving.slice(2).map((entry) => lowerFirst(entry.row.assumption)))}.`);
  if (same.length > 0) sentences.push(`It costs the same at both ends of the range of ${listed(same.map((entry) => lowerFirst(entry.row.assumption)))}.`);
  if (unread.length > 0) {
    sentences.push(
      `It does not move with ${listed(unread.map((row) => lowerFirst(row.assumption)))}: ` +
        `the plan hires to keep caseload per trained offender manager and offender managers per supervisor within their targets at every month end, ` +
        `not to cover the hours of work, and these assumptions change only the hours, so under them the plan is the report's own (marked †), ` +
        `though they can move the need.`,
    );
  }
  return sentences.length === 0 ? [] : [`<p>${sentences.join(" ")}</p>`];
}

/** A paragraph for each end of a range under which no plan can be found, saying why. */
function noPlanNotes(analysis: SensitivityAnalysis): string[] {
  return analysis.rows.flatMap((row) =>
    (["low", "high"] as const).flatMap((end) => {
      const plan = row[end].plan;
      if (plan === null || plan.found) return [];
      return [`<p>No least-cost plan can be found with ${lowerFirst(row.assumption)} at ${escapeHtml(end === "low" ? row.lowValue : row.highValue)}: ${escapeHtml(plan.reason)}.</p>`];
    }),
  );
}

function sensitivityTable(analysis: SensitivityAnalysis): string {
  const withPlan = analysis.baseline.plan !== null;
  const columns = [
    { label: "Assumption" },
    { label: "Model's value" },
    { label: "Range (low – high)" },
    { label: "Offender managers needed", align: "right" as const },
    { label: "Supervisors needed", align: "right" as const },
    ...(withPlan
      ? [
          { label: `Least-cost plan: cost over ${analysis.planYears} years (£)`, align: "right" as const },
          { label: "Least-cost plan: month ends it cannot meet (training)", align: "right" as const },
        ]
      : []),
    { label: "Pay bill of staffing each year to need in whole posts (£)", align: "right" as const },
  ];
  const span = (low: number, high: number, decimals: number) => `${readableNumber(low, decimals)} – ${readableNumber(high, decimals)}`;
  const planCells = (row: SensitivityRow): TableCell[] => {
    const ends = [row.low.plan!, row.high.plan!];
    return [
      ends.map((plan) => (plan.found ? readableNumber(plan.totalCost) + (plan.stoppedAtCap ? "*" : "") : "no plan")).join(" – ") + (row.planReadsAssumption ? "" : " †"),
      ends.map((plan) => (plan.found ? readableNumber(plan.monthEndsBeyondReach) : "no plan")).join(" – "),
    ];
  };
  const rows = analysis.rows.map((row): TableCell[] => [
    row.assumption,
    row.baselineValue,
    `${row.lowValue} – ${row.highValue} (${row.range})`,
    span(row.low.offenderManagersNeeded, row.high.offenderManagersNeeded, 1),
    span(row.low.supervisorsNeeded, row.high.supervisorsNeeded, 1),
    ...(withPlan ? planCells(row) : []),
    span(row.low.costOfStaffingToNeed, row.high.costOfStaffingToNeed, 0),
  ]);
  const cap = analysis.rows.some((row) => [row.low.plan, row.high.plan].some((plan) => plan !== null && plan.found && plan.stoppedAtCap));
  const unread = withPlan && analysis.rows.some((row) => !row.planReadsAssumption);
  return (
    htmlTable(columns, rows, { caption: `Need in the last forecast year and cost at the low and high end of each assumption's range` }) +
    (unread ? "\n<p>† The plan does not read this assumption: at both ends it is the report's own plan.</p>" : "") +
    (cap ? "\n<p>* The search for a cheaper plan stopped at its limit of moves: the plan meets every target, but a slightly cheaper one may exist.</p>" : "")
  );
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

/** The chosen option's cost at each end of each range, longest bar first; an end with no plan has no bar and says so in its label. */
function costTornadoChart(analysis: SensitivityAnalysis): Chart {
  const base = (analysis.baseline.plan as Extract<PlanOutcome, { found: true }>).totalCost;
  const swingOf = (row: SensitivityRow) => planCostSwing(row) ?? Number.POSITIVE_INFINITY;
  const rows = [...analysis.rows].sort((a, b) => swingOf(b) - swingOf(a) || a.key.localeCompare(b.key)).reverse();
  const label = (row: SensitivityRow) => {
    const missing = (["low", "high"] as const).filter((end) => row[end].plan?.found === false);
    return missing.length === 0 ? row.assumption : `${row.assumption} (no plan at the ${missing.join(" or ")} end)`;
  };
  const bar = (name: string, colour: string, end: "low" | "high") => ({
    type: "bar",
    orientation: "h",
    name,
    y: rows.map(label),
    x: rows.map((row) => {
      const plan = row[end].plan;
      return plan !== null && plan.found ? plan.totalCost - base : null;
    }),
    base: rows.map(() => base),
    marker: { color: colour },
    hovertemplate: `${name}: £%{base:,.0f} → %{x:+,.0f}<extra></extra>`,
  });
  const xTitle = `Least-cost plan's cost over ${analysis.planYears} years (£)`;
  return {
    id: "sensitivity-cost-tornado",
    title: "What moves the cost: the chosen option, the least-cost plan, found again",
    caption:
      `The least-cost plan's cost over ${analysis.planYears} years with each assumption at the low (dark) and high (light) end of its range, the others held, ` +
      `the plan found again wherever the assumption changes what it reads; the bars start from the report's plan, £${readableNumber(base)}. Longest bar first; an assumption with no bar leaves the cost as it is.`,
    figure: {
      data: [bar("Low end of the range", chartColours.forecast, "low"), bar("High end of the range", chartColours.bands[0], "high")],
      layout: {
        ...chartLayout({ xTitle, yTitle: "" }),
        barmode: "overlay",
        xaxis: { ...(chartLayout({ xTitle, yTitle: "" }).xaxis as Record<string, unknown>), tickformat: ",.0f", tickprefix: "£" },
        yaxis: { automargin: true, showgrid: false },
      },
    },
  };
}

function planCostText(plan: PlanOutcome): string {
  return plan.found ? `£${readableNumber(plan.totalCost)}` : "no plan";
}

function lowerFirst(text: string): string {
  return escapeHtml(text.charAt(0).toLowerCase() + text.slice(1));
}

/** Items in a sentence, apart by semicolons, as some hold commas of their own. */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join("; ")} and ${items[items.length - 1]}`;
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

/**
 * `sensitivity.csv`: one row for the model's own values, then one per assumption, as the table orders them.
 * The least-cost plan's columns are empty when the report chooses no plan; its cost is empty at an end
 * with no plan, and `least_cost_plan_found` says which. `least_cost_plan_reads_assumption` is `no` for an
 * assumption the plan does not read, whose plan at both ends is the report's own.
 */
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
    "least_cost_plan_reads_assumption",
    "least_cost_plan_found_low",
    "least_cost_plan_found_high",
    "least_cost_plan_cost_low",
    "least_cost_plan_cost_high",
    "least_cost_plan_month_ends_beyond_reach_low",
    "least_cost_plan_month_ends_beyond_reach_high",
    "cost_of_staffing_to_need_low",
    "cost_of_staffing_to_need_high",
  ];
  const { baseline } = analysis;
  const found = (plan: PlanOutcome | null): CsvCell => (plan === null ? null : plan.found ? "yes" : "no");
  const cost = (plan: PlanOutcome | null): CsvCell => (plan !== null && plan.found ? plan.totalCost : null);
  const beyondReach = (plan: PlanOutcome | null): CsvCell => (plan !== null && plan.found ? plan.monthEndsBeyondReach : null);
  const cells = (low: SensitivityOutcome, high: SensitivityOutcome, readsAssumption: boolean | null): CsvCell[] => [
    low.offenderManagersNeeded,
    high.offenderManagersNeeded,
    low.supervisorsNeeded,
    high.supervisorsNeeded,
    low.plan === null || readsAssumption === null ? null : readsAssumption ? "yes" : "no",
    found(low.plan),
    found(high.plan),
    cost(low.plan),
    cost(high.plan),
    beyondReach(low.plan),
    beyondReach(high.plan),
    low.costOfStaffingToNeed,
    high.costOfStaffingToNeed,
  ];
  const rows: CsvCell[][] = [
    ["(model's values)", null, null, null, null, ...cells(baseline, baseline, null)],
    ...analysis.rows.map((row): CsvCell[] => [row.key, row.range, row.baselineValue, row.lowValue, row.highValue, ...cells(row.low, row.high, row.planReadsAssumption)]),
  ];
  return formatCsv(header, rows);
}
