import type { LeastCostPlan } from "../scenarios/least-cost-plan.js";
import { formatCsv } from "./csv-export.js";
import { escapeHtml } from "./escape-html.js";
import { htmlTable } from "./html-table.js";
import { readableDate } from "./readable-date.js";
import { readableNumber } from "./readable-number.js";
import type { ReportSection } from "./report-section.js";

/** What the plan started from and planned for, in words, such as `the scenario "Status quo"`. */
export interface PlanDescription {
  from: string;
  /** `the point forecast` or `the upper bound of the 80% prediction interval`. */
  planningFor: string;
  /** The name of a compared scenario with the same caseload, staff and costs every year, such as a plan file made earlier. */
  sameAs?: string;
}

/** The columns of plan.csv, one row per forecast year. */
export const planColumns = [
  "period_ending",
  "offender_managers_hired",
  "supervisors_hired",
  "trained_offender_managers",
  "supervisors_in_post",
  "caseload_per_offender_manager",
  "offender_managers_per_supervisor",
  "cost",
] as const;

/** plan.csv: the hires at the start of each year and the plan's year-end staff, ratios and pay bill (pounds over the year). */
export function planCsv(plan: LeastCostPlan): string {
  const rows = plan.hires.map((hire, index) => {
    const year = plan.projection.years[index];
    return [
      hire.periodEnding,
      hire.offenderManagers,
      hire.supervisors,
      year.workforce.trainedOffenderManagers,
      year.workforce.supervisorsInPost,
      year.caseloadPerOffenderManager,
      year.offenderManagersPerSupervisor,
      year.cost,
    ];
  });
  return formatCsv(planColumns, rows);
}

/**
 * The report's plan section: one sentence on what the plan is, a table of the whole offender managers
 * and supervisors it hires at the start of each year with the year's pay bill, and its total cost. The
 * plan's lines are also among the compared scenarios.
 */
export function planSection(plan: LeastCostPlan, description: PlanDescription): ReportSection {
  const total = sum(plan.projection.years.map((year) => year.cost));
  const rows = plan.hires.map((hire, index) => {
    const year = plan.projection.years[index];
    return [readableDate(hire.periodEnding), hire.offenderManagers, hire.supervisors, year.workforce.trainedOffenderManagers, year.workforce.supervisorsInPost, year.cost];
  });
  const beyondReach =
    plan.yearsBeyondReach.length === 0
      ? ""
      : ` No hire can meet the caseload target in the year${plan.yearsBeyondReach.length === 1 ? "" : "s"} ending ${plan.yearsBeyondReach.map(readableDate).join(", ")}: a new offender manager is still training then.`;
  const same = description.sameAs === undefined ? "" : ` It hires as the compared scenario "${description.sameAs}" does, so that scenario is still the cheapest plan.`;
  const html = [
    `<p>The cheapest whole hires at the start of each year that keep caseload per trained offender manager and offender managers per supervisor within the targets at every year end, found from ${escapeHtml(description.from)} and planning for ${escapeHtml(description.planningFor)}. It costs £${readableNumber(total)} over the ${plan.hires.length} years.${escapeHtml(beyondReach + same)}</p>`,
    htmlTable(
      [
        { label: "Year ending", noWrap: true },
        { label: "Offender managers hired", align: "right" },
        { label: "Supervisors hired", align: "right" },
        { label: "Trained offender managers at the year end (FTE)", align: "right", decimals: 1 },
        { label: "Supervisors at the year end (FTE)", align: "right", decimals: 1 },
        { label: "Cost (£)", align: "right" },
      ],
      [...rows, ["Total", sum(plan.hires.map((hire) => hire.offenderManagers)), sum(plan.hires.map((hire) => hire.supervisors)), null, null, total]],
      { caption: "Hires at the start of each year, and the pay bill of the year" },
    ),
  ].join("\n");
  return { id: "least-cost-plan", title: "Least-cost hiring plan", html, charts: [] };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
