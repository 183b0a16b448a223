import type { StaffingNeed } from "../workload/staffing-need.js";
import type { StaffingResult } from "../workload/staffing-result.js";
import { chartColours, chartLayout } from "./chart-layout.js";
import { registerCaseloadStatement } from "./register-caseload-statement.js";
import { custodyStatement } from "./custody-statement.js";
import { escapeHtml } from "./escape-html.js";
import { htmlTable, type TableCell } from "./html-table.js";
import { readableDate, yearOf } from "./readable-date.js";
import { readableNumber } from "./readable-number.js";
import { withoutLocalPaths } from "./report-path.js";
import type { Chart, ReportSection } from "./report-section.js";

/** The probation Workload Measurement Tool counts capacity over 110% (for four weeks) as excessive. */
const excessiveCapacityPercent = 110;

/**
 * The report's staffing section: need by ratio and by activity against staff in post, year by year, at
 * the point forecast and at the upper 80% bound; caseload per offender manager against the target;
 * capacity % against the 110% line; and every value of the model files with its source, assumptions
 * marked.
 */
export function staffingSection(result: StaffingResult, { modelValuesInAppendix = false }: { modelValuesInAppendix?: boolean } = {}): ReportSection {
  const { force, targets } = result;
  const html = [
    force.illustrative
      ? `<p class="warning"><strong>Illustrative.</strong> ${escapeHtml(force.name)}: ${escapeHtml(force.description)}</p>`
      : `<p>${escapeHtml(force.name)}: ${escapeHtml(force.description)}</p>`,
    `<p>Staffing need is reckoned two ways. <strong>By ratio</strong>: registered sex offenders in the community ÷ ` +
      `${readableNumber(targets.maxCaseloadPerOffenderManager, 0)} per offender manager. <strong>By activity</strong>: the hours a year that home visits (${escapeHtml(visitStaff(result.staffPerVisit))}), ` +
      `ARMS assessments, risk management plan reviews, intelligence checks, responsive work and custody work take, ÷ ` +
      `${readableNumber(result.productiveHoursPerFte, 0)} hours each full-time offender manager has after leave, training, sickness and abstraction. ` +
      `The planning figure is the larger. Supervisors needed are the larger of offender managers ÷ ${readableNumber(targets.maxOffenderManagersPerSupervisor, 0)} ` +
      `(${spanOfControlSource(targets.maxOffenderManagersPerSupervisor)}) and the hours of supervisor review ÷ the supervisor time for reviews. The caseload is the ` +
      `${escapeHtml(result.forecastMethod)} forecast from ${readableNumber(result.lastRecorded.registeredSexOffenders, 0)} at ` +
      `${escapeHtml(readableDate(result.lastRecorded.periodEnding))}, and its upper 80% bound: a caseload to be ready for.</p>`,
    `<p>${[result.caseloadCounted?.statement ?? "", result.caseloadFrom.source === "register" ? registerCaseloadStatement(result.caseloadFrom) : "", custodyStatement(result.custody)].filter((text) => text !== "").map((text) => escapeHtml(withoutLocalPaths(text))).join(" ")}</p>`,
    `<p>${escapeHtml(result.joiningAndRelease.statement)}</p>`,
    `<p>${escapeHtml(result.postsToFundRule)}</p>`,
    "<h3>Need, at the point forecast</h3>",
    needTable(result, "point"),
    "<h3>Gap to the staff in post and its cost, at the point forecast</h3>",
    gapTable(result, "point"),
    "<h3>Need, at the upper 80% bound of the caseload</h3>",
    needTable(result, "upper80"),
    "<h3>Gap to the staff in post and its cost, at the upper 80% bound</h3>",
    gapTable(result, "upper80"),
    '<div data-chart="staffing-offender-managers"></div>',
    '<div data-chart="staffing-caseload-per-offender-manager"></div>',
    '<div data-chart="staffing-capacity"></div>',
    ...(modelValuesInAppendix
      ? [`<p>Every value of the workload standards and the force profile, with its source, is in the <a href="#${modelValuesAppendixId}">appendix</a>.</p>`]
      : ["<h3>Workload standards and force profile: values and sources</h3>", modelValuesHtml(result)]),
  ].join("\n");
  return {
    id: "staffing",
    title: "Offender managers and supervisors needed",
    html,
    charts: [offenderManagersChart(result), caseloadChart(result), capacityChart(result)],
  };
}

/** The id of the appendix that holds the model values. */
export const modelValuesAppendixId = "appendix-model-values";

/** Every value of the model files with its source, as an appendix after the findings (`mosovo report`). */
export function modelValuesAppendixSection(result: StaffingResult): ReportSection {
  return { id: modelValuesAppendixId, title: "Appendix: workload standards and force profile, values and sources", html: modelValuesHtml(result), charts: [] };
}

function modelValuesHtml(result: StaffingResult): string {
  return [
    "<p>Every number the staffing model uses. Values marked <strong>assumption</strong> are not given by any publication: " +
      "check them against the force's own records before using the figures in a business case.</p>",
    assumptionsTable(result),
  ].join("\n");
}

/** How many go on each home visit, in words: APP's pairs named as such, any other number as it is. */
function visitStaff(staffPerVisit: number): string {
  return staffPerVisit === 2 ? "in pairs, as APP asks" : `${readableNumber(staffPerVisit, staffPerVisit % 1 === 0 ? 0 : 1)} staff on each, where APP asks for two`;
}

/** College of Policing APP: one supervisor to at most ten public protection officers. */
const appSpanOfControl = 10;

/** Who the span of control is credited to: APP only when the profile's value is APP's ten. */
function spanOfControlSource(maxOffenderManagersPerSupervisor: number): string {
  return maxOffenderManagersPerSupervisor === appSpanOfControl ? "APP's span of control" : "the force's target";
}

// Need and gap are two tables of a few columns each, rather than one of twelve, so that both read on a
// printed A4 page without scrolling.
function needTable(result: StaffingResult, level: "point" | "upper80"): string {
  const columns = [
    { label: "Year ending", noWrap: true },
    { label: "Registered sex offenders in the community", align: "right" as const },
    { label: "Offender managers by ratio", align: "right" as const, decimals: 1 },
    { label: "Offender managers by activity", align: "right" as const, decimals: 1 },
    { label: "Supervisors needed", align: "right" as const, decimals: 1 },
    { label: "Capacity % of the staff in post", align: "right" as const },
  ];
  const rows = result.years.map((year): TableCell[] => {
    const need: StaffingNeed = year[level];
    return [
      readableDate(year.periodEnding),
      need.registeredSexOffenders,
      need.offenderManagersNeededByRatio,
      need.offenderManagersNeededByActivity,
      need.supervisorsNeeded,
      need.capacityPercent,
    ];
  });
  return htmlTable(columns, rows);
}

function gapTable(result: StaffingResult, level: "point" | "upper80"): string {
  const columns = [
    { label: "Year ending", noWrap: true },
    { label: "In post, FTE (offender managers + supervisors)" },
    { label: "Additional offender managers (FTE)", align: "right" as const, decimals: 1 },
    { label: "Additional supervisors (FTE)", align: "right" as const, decimals: 1 },
    { label: "Posts to fund (offender managers + supervisors)" },
    { label: "Cost of the posts a year (£)", align: "right" as const },
    { label: "Cost of the FTE gap a year (£)", align: "right" as const },
  ];
  const rows = result.years.map((year): TableCell[] => {
    const need: StaffingNeed = year[level];
    return [
      readableDate(year.periodEnding),
      `${readableNumber(need.offenderManagersInPost, 1)} + ${readableNumber(need.supervisorsInPost, 1)}`,
      need.additionalOffenderManagersNeeded,
      need.additionalSupervisorsNeeded,
      `${need.offenderManagerPostsToFund} + ${need.supervisorPostsToFund}`,
      need.postsToFundCost,
      need.additionalCost,
    ];
  });
  return htmlTable(columns, rows);
}

// One table a model file, its name as the heading, so that the JSON path has the width to read, breaking
// only after a dot.
function assumptionsTable(result: StaffingResult): string {
  const files = [...new Set(result.modelValues.map((row) => row.file))];
  return files
    .map((file) =>
      [
        `<h4><code>${escapeHtml(withoutLocalPaths(file))}</code></h4>`,
        htmlTable(
          [{ label: "Value (JSON path)" }, { label: "Value", align: "right", decimals: 2 }, { label: "Source" }, { label: "Kind" }],
          result.modelValues
            .filter((row) => row.file === file)
            .map((row) => [
              { html: `<code class="json-path">${row.path.split(".").map(escapeHtml).join(".<wbr>")}</code>` },
              row.value,
              row.source,
              row.assumption ? { html: `<strong>assumption</strong>: ${escapeHtml(row.reason)}` } : "published",
            ]),
        ),
      ].join("\n"),
    )
    .join("\n");
}

const years = (result: StaffingResult) => result.years.map((year) => yearOf(year.periodEnding));

function line(name: string, x: number[], y: (number | null)[], colour: string, dash = "solid"): Record<string, unknown> {
  return {
    type: "scatter",
    mode: "lines+markers",
    name,
    x,
    y,
    line: { color: colour, width: 2, dash },
    marker: { color: colour, size: 6 },
    hovertemplate: `${name}, %{x}: %{y:,.1f}<extra></extra>`,
  };
}

function offenderManagersChart(result: StaffingResult): Chart {
  const x = years(result);
  return {
    id: "staffing-offender-managers",
    title: "Offender managers needed against offender managers in post",
    caption:
      "Full-time equivalents needed each year by ratio and by activity, at the point forecast (solid) and the upper 80% bound of the caseload (dashed), against those in post (grey).",
    figure: {
      data: [
        line("By ratio, point forecast", x, result.years.map((year) => year.point.offenderManagersNeededByRatio), chartColours.forecast),
        line("By ratio, upper 80%", x, result.years.map((year) => year.upper80.offenderManagersNeededByRatio), chartColours.forecast, "dash"),
        line("By activity, point forecast", x, result.years.map((year) => year.point.offenderManagersNeededByActivity), chartColours.bands[0]),
        line("By activity, upper 80%", x, result.years.map((year) => year.upper80.offenderManagersNeededByActivity), chartColours.bands[0], "dash"),
        line("In post", x, result.years.map((year) => year.point.offenderManagersInPost), chartColours.marker, "dot"),
      ],
      layout: { ...chartLayout({ xTitle: "Year ending", yTitle: "Offender managers (FTE)" }), yaxis: yAxis("Offender managers (FTE)") },
    },
  };
}

function caseloadChart(result: StaffingResult): Chart {
  const x = years(result);
  return {
    id: "staffing-caseload-per-offender-manager",
    title: "Caseload per offender manager in post against the target",
    caption: `Registered sex offenders in the community per offender manager in post, at the point forecast (solid) and the upper 80% bound (dashed); the grey line is the target of ${readableNumber(result.targets.maxCaseloadPerOffenderManager, 0)}.`,
    figure: {
      data: [
        line("Point forecast", x, result.years.map((year) => year.point.caseloadPerOffenderManager), chartColours.forecast),
        line("Upper 80%", x, result.years.map((year) => year.upper80.caseloadPerOffenderManager), chartColours.forecast, "dash"),
        line("Target", x, x.map(() => result.targets.maxCaseloadPerOffenderManager), chartColours.marker, "dot"),
      ],
      layout: { ...chartLayout({ xTitle: "Year ending", yTitle: "People per offender manager" }), yaxis: yAxis("People per offender manager") },
    },
  };
}

function capacityChart(result: StaffingResult): Chart {
  const x = years(result);
  return {
    id: "staffing-capacity",
    title: "Capacity: workload hours as a percentage of the hours available",
    caption:
      `Workload hours ÷ hours available from the offender managers in post × 100, as the probation Workload Measurement Tool reports it. ` +
      `Above 100% the work does not fit; above ${excessiveCapacityPercent}% (grey line) the probation tool counts it as excessive.`,
    figure: {
      data: [
        line("Point forecast", x, result.years.map((year) => year.point.capacityPercent), chartColours.forecast),
        line("Upper 80%", x, result.years.map((year) => year.upper80.capacityPercent), chartColours.forecast, "dash"),
        line(`Excessive (${excessiveCapacityPercent}%)`, x, x.map(() => excessiveCapacityPercent), chartColours.marker, "dot"),
      ],
      layout: { ...chartLayout({ xTitle: "Year ending", yTitle: "Capacity (%)" }), yaxis: yAxis("Capacity (%)") },
    },
  };
}

/** The shared layout's y axis counts whole people; these charts show fractions of FTE and per cents. */
function yAxis(title: string): Record<string, unknown> {
  return { ...(chartLayout({ xTitle: "", yTitle: title }).yaxis as Record<string, unknown>), tickformat: ",.0f" };
}
