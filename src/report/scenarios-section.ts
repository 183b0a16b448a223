import type { ScenarioSummary } from "../scenarios/compare-scenarios.js";
import type { ScenarioProjection } from "../scenarios/scenario-projection.js";
import { chartColours, chartLayout, scenarioLineStyles } from "./chart-layout.js";
import { formatCsv } from "./csv-export.js";
import { escapeHtml } from "./escape-html.js";
import { htmlTable, type TableColumn } from "./html-table.js";
import { readableDate, yearOf } from "./readable-date.js";
import type { Chart, ReportSection } from "./report-section.js";

/** The columns of comparison.csv, one row per scenario and year. */
export const comparisonColumns = [
  "scenario",
  "period_ending",
  "registered_sex_offenders",
  "offender_managers_in_post",
  "trained_offender_managers",
  "supervisors_in_post",
  "caseload_per_offender_manager",
  "offender_managers_per_supervisor",
  "capacity_percent",
  "probability_caseload_target_breached",
  "probability_caseload_target_breached_any_year",
  "cost",
  "caseload_target_met",
  "supervision_target_met",
  "months_caseload_target_breached",
  "months_supervision_target_breached",
] as const;

/**
 * comparison.csv: for each scenario and year, the planned caseload, the year-end staff in FTE (trainees
 * in post but carrying no cases), the two ratios, capacity used in per cent, the chance of a caseload
 * breach at the year end from 0 to 1 and, the same on each of a scenario's rows, the chance of one at
 * the end of any year (the highest year's: the years taken as moving together), the pay bill of the year
 * in pounds, whether each target is met at every month end of the year, and how many of the year's 12
 * month ends breach each target.
 */
export function comparisonCsv(projections: readonly ScenarioProjection[]): string {
  const rows = projections.flatMap((projection) => {
    const anyYear = Math.max(...projection.years.map((year) => year.probabilityCaseloadTargetBreached));
    return projection.years.map((year) => [
      projection.name,
      year.periodEnding,
      year.demand.planned,
      year.workforce.offenderManagersInPost,
      year.workforce.trainedOffenderManagers,
      year.workforce.supervisorsInPost,
      year.caseloadPerOffenderManager,
      year.offenderManagersPerSupervisor,
      year.capacityPercent,
      year.probabilityCaseloadTargetBreached,
      anyYear,
      year.cost,
      String(year.caseloadTargetMet),
      String(year.supervisionTargetMet),
      year.monthsCaseloadTargetBreached.length,
      year.monthsSupervisionTargetBreached.length,
    ]);
  });
  return formatCsv(comparisonColumns, rows);
}

/** The probation Workload Measurement Tool counts capacity over 110% as excessive. */
const excessiveCapacityPercent = 110;

/**
 * The report's scenario section: the scenarios' lines on shared axes (caseload per offender manager
 * against its target, capacity %, and cost, year by year) and a table saying whether and when each
 * scenario breaches a target, how likely a caseload breach is at worst, and what it costs over the
 * forecast's years. Scenario names come from the user's files and are escaped.
 *
 * @param projections the scenarios in the order compared; the first is the one costs are measured against
 * @param summaries `compareScenarios(projections)`
 * @param note a sentence to add to the opening paragraph, such as why a plan is not listed twice
 */
export function scenariosSection(projections: readonly ScenarioProjection[], summaries: readonly ScenarioSummary[], note?: string): ReportSection {
  const target = projections[0].rules.force.targets;
  const charts = [
    lineChart(projections, {
      id: "scenario-caseload-per-offender-manager",
      title: "Caseload per offender manager, by scenario",
      yTitle: "People per trained offender manager",
      value: (year) => year.caseloadPerOffenderManager,
      line: { value: target.maxCaseloadPerOffenderManager, name: "Target" },
      caption: `Planned caseload at each year end divided by the offender managers then trained (trainees carry no cases). The grey line is the target of ${target.maxCaseloadPerOffenderManager}; above it is a breach.`,
    }),
    lineChart(projections, {
      id: "scenario-capacity",
      title: "Capacity used, by scenario",
      yTitle: "Capacity used (%)",
      value: (year) => year.capacityPercent,
      line: { value: excessiveCapacityPercent, name: `Excessive (${excessiveCapacityPercent}%)` },
      caption:
        "Workload hours (home visits with the staff on each that the scenario's standards set, ARMS, RMP reviews, checks, responsive work and custody) as a percentage of the hours the trained offender managers have after leave, training, sickness and abstraction. The grey line marks 110%, which the probation Workload Measurement Tool counts as excessive.",
    }),
    lineChart(projections, {
      id: "scenario-cost",
      title: "Pay bill, by scenario",
      yTitle: "Cost a year (£)",
      value: (year) => year.cost,
      caption: "Each year's average offender managers and supervisors in post (trainees included) times the cost a year of one FTE.",
    }),
  ];
  const html = [
    `<p>${projections.length} scenario${projections.length === 1 ? "" : "s"} compared. The targets are at most ${target.maxCaseloadPerOffenderManager} registered sex offenders per trained offender manager and at most ${target.maxOffenderManagersPerSupervisor} offender managers (trainees included) per supervisor, checked at every month end (the caseload between year ends on a straight line from one year end to the next); the charts and figures are at the year ends. Costs are measured against the first scenario.${note === undefined ? "" : ` ${escapeHtml(note)}`}</p>`,
    "<p>The chance of a caseload breach is read from the forecast's own distribution of each year-end caseload (its point and every interval level it states), so at the upper bound of the 80% interval it is 10% and at the 95% bound 2.5%, however fat the forecast's tails. The chance of a breach in any year is the highest year's: the years' caseloads are taken as moving together (a forecast that is too low one year is too low the next), which is the least that chance can be.</p>",
    summaryTable(summaries),
    ...charts.map((chart) => `<div data-chart="${chart.id}"></div>`),
    "<h3>Year by year</h3>",
    yearTable(projections),
  ].join("\n");
  return { id: "scenarios", title: "Staffing scenarios", html, charts };
}

function summaryTable(summaries: readonly ScenarioSummary[]): string {
  const from = summaries.find((summary) => summary.breachProbabilityOnceHiresCanStart !== null)?.breachProbabilityOnceHiresCanStart?.fromPeriodEnding;
  const columns: TableColumn[] = [
    { label: "Scenario" },
    { label: "Caseload target first breached" },
    { label: "Supervision target first breached" },
    { label: "Years breaching a target", align: "right" },
    { label: "Chance of a caseload breach in any year, at least (%)", align: "right" },
    // where the first years end before any hire can start, the chance over the years a hire can still change
    ...(from === undefined ? [] : [{ label: `The same from the year ending ${readableDate(from)}, the first a hire can still change (%)`, align: "right" as const }]),
    { label: "Cost over the forecast (£)", align: "right" },
    { label: "Against the first (£)", align: "right" },
  ];
  const rows = summaries.map((summary) => [
    summary.name,
    summary.firstCaseloadBreach === null ? "never" : readableDate(summary.firstCaseloadBreach),
    summary.firstSupervisionBreach === null ? "never" : readableDate(summary.firstSupervisionBreach),
    summary.yearsBreachingATarget,
    summary.highestBreachProbability * 100,
    ...(from === undefined ? [] : [(summary.breachProbabilityOnceHiresCanStart?.probability ?? summary.highestBreachProbability) * 100]),
    summary.totalCost,
    summary.costAgainstFirst,
  ]);
  return htmlTable(columns, rows, { caption: "Whether and when each scenario breaches a target, and what it costs" });
}

function yearTable(projections: readonly ScenarioProjection[]): string {
  const columns: TableColumn[] = [
    { label: "Scenario" },
    { label: "Year ending", noWrap: true },
    { label: "Planned caseload", align: "right" },
    { label: "Offender managers in post (FTE)", align: "right", decimals: 1 },
    { label: "Of them trained (FTE)", align: "right", decimals: 1 },
    { label: "Supervisors (FTE)", align: "right", decimals: 1 },
    { label: "Caseload per offender manager", align: "right", decimals: 1 },
    { label: "Offender managers per supervisor", align: "right", decimals: 1 },
    { label: "Capacity used (%)", align: "right" },
    { label: "Chance of a caseload breach (%)", align: "right" },
    { label: "Month ends over the caseload target", align: "right" },
    { label: "Month ends over the supervision target", align: "right" },
    { label: "Cost (£)", align: "right" },
  ];
  const rows = projections.flatMap((projection) =>
    projection.years.map((year) => [
      projection.name,
      readableDate(year.periodEnding),
      year.demand.planned,
      year.workforce.offenderManagersInPost,
      year.workforce.trainedOffenderManagers,
      year.workforce.supervisorsInPost,
      year.caseloadPerOffenderManager,
      year.offenderManagersPerSupervisor,
      year.capacityPercent,
      year.probabilityCaseloadTargetBreached * 100,
      year.monthsCaseloadTargetBreached.length,
      year.monthsSupervisionTargetBreached.length,
      year.cost,
    ]),
  );
  return htmlTable(columns, rows, { caption: "Each scenario year by year, at the year end (costs over the year)" });
}

interface LineChartSpec {
  id: string;
  title: string;
  yTitle: string;
  caption: string;
  value: (year: ScenarioProjection["years"][number]) => number | null;
  /** A grey horizontal line and its legend name: a target, or a threshold such as the excessive workload line. */
  line?: { value: number; name: string };
}

function lineChart(projections: readonly ScenarioProjection[], spec: LineChartSpec): Chart {
  const years = projections[0].years.map((year) => yearOf(year.periodEnding));
  const data: Record<string, unknown>[] = projections.map((projection, index) => {
    const style = scenarioLineStyles[index % scenarioLineStyles.length];
    return {
      type: "scatter",
      mode: "lines+markers",
      name: projection.name,
      x: years,
      y: projection.years.map(spec.value),
      line: { color: style.color, dash: style.dash, width: 2 },
      marker: { color: style.color, size: 6 },
      hovertemplate: `${escapeHtml(projection.name)}, %{x}: %{y:,.1f}<extra></extra>`,
    };
  });
  if (spec.line !== undefined) {
    data.push({
      type: "scatter",
      mode: "lines",
      name: spec.line.name,
      x: [years[0], years[years.length - 1]],
      y: [spec.line.value, spec.line.value],
      line: { color: chartColours.marker, width: 2 },
      hoverinfo: "skip",
    });
  }
  const layout = chartLayout({ xTitle: `Year ending ${readableDate(projections[0].years[0].periodEnding).replace(/ \d+$/, "")}`, yTitle: spec.yTitle });
  (layout.xaxis as Record<string, unknown>).tickformat = "d";
  (layout.xaxis as Record<string, unknown>).dtick = 1;
  return { id: spec.id, title: spec.title, caption: spec.caption, figure: { data, layout } };
}
