import type { LeastCostPlan } from "../scenarios/least-cost-plan.js";
import { formatCsv } from "./csv-export.js";
import { escapeHtml } from "./escape-html.js";
import { hireMonthCode, hireMonthLabel, hireMonthLabels } from "./hire-month-label.js";
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
  /** The date no hire is planned before (YYYY-MM-DD) and why, as the end of a sentence such as `the inputs are known to 31 March 2026 (…)`. */
  noHireBefore: { date: string; reason: string };
}

/** The columns of plan.csv, one row per forecast year. */
export const planColumns = [
  "period_ending",
  "offender_managers_hired",
  "supervisors_hired",
  "offender_manager_hire_months",
  "supervisor_hire_months",
  "trained_offender_managers",
  "supervisors_in_post",
  "caseload_per_offender_manager",
  "offender_managers_per_supervisor",
  "cost",
  "months_caseload_target_breached",
  "months_supervision_target_breached",
  "months_before_first_hire",
] as const;

/**
 * plan.csv: the hires of each year, with the months they arrive in (`YYYY-MM:count`, separated by `;`,
 * such as `2026-04:3;2026-10:1`), the plan's year-end staff, ratios and pay bill (pounds over the year),
 * how many of the year's 12 month ends breach each target (as in comparison.csv), and how many of them
 * end before the first hire can start (the month ends no hire can change).
 */
export function planCsv(plan: LeastCostPlan): string {
  const rows = plan.hires.map((hire, index) => {
    const year = plan.projection.years[index];
    const months = (role: "offenderManagers" | "supervisors") =>
      hire.months.filter((month) => month[role] > 0).map((month) => `${hireMonthCode(hire.periodEnding, month.month)}:${month[role]}`).join(";");
    return [
      hire.periodEnding,
      hire.offenderManagers,
      hire.supervisors,
      months("offenderManagers"),
      months("supervisors"),
      year.workforce.trainedOffenderManagers,
      year.workforce.supervisorsInPost,
      year.caseloadPerOffenderManager,
      year.offenderManagersPerSupervisor,
      year.cost,
      year.monthsCaseloadTargetBreached.length,
      year.monthsSupervisionTargetBreached.length,
      Math.min(12, Math.max(0, plan.monthEndsBeforeFirstHire - 12 * index)),
    ];
  });
  return formatCsv(planColumns, rows);
}

/**
 * The report's plan section: what the plan guarantees, a table of the whole offender managers and
 * supervisors it hires each year with the months they arrive in and the year's pay bill, and its total
 * cost. The plan's lines are also among the compared scenarios.
 */
export function planSection(plan: LeastCostPlan, description: PlanDescription): ReportSection {
  const total = sum(plan.projection.years.map((year) => year.cost));
  const rows = plan.hires.map((hire, index) => {
    const year = plan.projection.years[index];
    const months = hire.months
      .map((month) => `${hireMonthLabel(hire.periodEnding, month.month)}: ${[month.offenderManagers > 0 ? `${month.offenderManagers} OM` : "", month.supervisors > 0 ? `${month.supervisors} supervisor${month.supervisors === 1 ? "" : "s"}` : ""].filter(Boolean).join(", ")}`)
      .join("; ");
    return [readableDate(hire.periodEnding), hire.offenderManagers, hire.supervisors, months === "" ? "none" : months, year.workforce.trainedOffenderManagers, year.workforce.supervisorsInPost, year.cost];
  });
  const firstHire = hireMonthLabel(plan.firstHireMonth.periodEnding, plan.firstHireMonth.month);
  const labels = <Year extends { periodEnding: string }>(years: readonly Year[], months: (year: Year) => readonly number[]) =>
    years.filter((year) => months(year).length > 0).map((year) => hireMonthLabels(year.periodEnding, months(year))).join(", ");
  const caseloadBefore = labels(plan.breachesBeforeFirstHire, (year) => year.caseloadMonths);
  const supervisionBefore = labels(plan.breachesBeforeFirstHire, (year) => year.supervisionMonths);
  const breachedBefore = [
    ...(caseloadBefore === "" ? [] : [`the caseload target at the end of ${caseloadBefore}`]),
    ...(supervisionBefore === "" ? [] : [`the supervision target at the end of ${supervisionBefore}`]),
  ];
  const noHireBefore =
    ` No hire is planned before ${readableDate(description.noHireBefore.date)}: ${description.noHireBefore.reason}. The first hire can start in ${firstHire}.` +
    (breachedBefore.length === 0
      ? ""
      : ` Before then ${breachedBefore.join(" and ")} ${breachedBefore.length === 1 ? "is" : "are"} breached, and no hire can change that: those month ends are listed here, not planned for.`);
  const beyondReach =
    plan.monthsBeyondReach.length === 0
      ? ""
      : ` No hire can meet the caseload target at the end of ${labels(plan.monthsBeyondReach, (year) => year.months)}: a new offender manager hired in ${firstHire}, the first month a hire can start, is still training then.`;
  const cap = plan.stoppedAtCap
    ? ` The search stopped at its limit of work before proving this the cheapest plan: it meets every target, and no plan costs more than £${readableNumber(Math.ceil(plan.possibleSaving))} less.`
    : "";
  const same = description.sameAs === undefined ? "" : ` It hires as the compared scenario "${description.sameAs}" does, so that scenario is still the cheapest plan.`;
  const html = [
    `<p>Whole offender managers and supervisors to hire, month by month, found from ${escapeHtml(description.from)} and planning for ${escapeHtml(description.planningFor)}. It costs £${readableNumber(total)} over the ${plan.hires.length} years.${escapeHtml(noHireBefore + beyondReach + cap + same)}</p>`,
    "<p><strong>What the plan guarantees.</strong> At every month end a hire can reach (every one after the first hire can start, but those while its first recruits are still training), caseload per trained offender manager and offender managers per supervisor (trainees included) are within the targets, at the caseload planned for: the year-end figures, on a straight line between one year end and the next. A new offender manager counts towards the caseload only once trained. No plan that hires whole offender managers and supervisors at the start of any month from the first a hire can start is cheaper, with offender managers leaving or not (leavers counted month by month as the expected share of those in post), unless the search stopped at its limit, when the most a cheaper plan could save is given above. A caseload above the one planned for can still breach the targets: the chance of that is in the scenario table.</p>",
    htmlTable(
      [
        { label: "Year ending", noWrap: true },
        { label: "Offender managers hired", align: "right" },
        { label: "Supervisors hired", align: "right" },
        { label: "Arriving (OM: offender managers)" },
        { label: "Trained offender managers at the year end (FTE)", align: "right", decimals: 1 },
        { label: "Supervisors at the year end (FTE)", align: "right", decimals: 1 },
        { label: "Cost (£)", align: "right" },
      ],
      [...rows, ["Total", sum(plan.hires.map((hire) => hire.offenderManagers)), sum(plan.hires.map((hire) => hire.supervisors)), "", null, null, total]],
      { caption: "Hires by the month they arrive in (at its start), and the pay bill of the year" },
    ),
  ].join("\n");
  return { id: "least-cost-plan", title: "Least-cost hiring plan", html, charts: [] };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
