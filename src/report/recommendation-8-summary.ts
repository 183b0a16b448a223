import type { Recommendation8RuleValues } from "../inputs/recommendation-8-rules.js";
import { riskLevelLabels } from "../operations/work-item.js";
import type { AbstractionAssessment } from "../recommendation-8/assess-abstractions.js";
import type { DemandAssessment, DemandYear, Staff } from "../recommendation-8/assess-demand.js";
import type { OutstandingWorkAssessment } from "../recommendation-8/assess-outstanding-work.js";
import type { SupervisorReviewAssessment } from "../recommendation-8/assess-supervisor-reviews.js";
import { partStatusLabels, type PartStatus } from "../recommendation-8/part-status.js";
import { escapeHtml } from "./escape-html.js";
import { htmlTable, type TableCell } from "./html-table.js";
import { readableDate } from "./readable-date.js";
import { readableNumber } from "./readable-number.js";
import { withoutLocalPaths } from "./report-path.js";
import type { ReportSection } from "./report-section.js";

/** One forecast year of part 1: need, staff in post and the whole posts to fund, with their cost a year. */
export interface DemandYearEvidence extends DemandYear {
  /** Community caseload: point forecast and 80% interval. */
  caseload: { point: number; lower80: number; upper80: number };
  postsToFundAtPoint: Staff;
  postsToFundAtUpper80: Staff;
  /** Whole posts × cost per FTE of each role, pounds a year. */
  costOfPostsAtPoint: number;
  costOfPostsAtUpper80: number;
}

/** One staffing option as the options table shows it. */
export interface StaffingOption {
  name: string;
  /** Staff at the end of the last forecast year, FTE: offender managers (trainees included) and supervisors. */
  lastYearStaff: Staff;
  /** Sum of the years' pay bills, pounds. */
  totalCost: number;
  /** The chance, 0 to 1, that caseload per offender manager is over target in any forecast year. */
  probabilityOfABreachInAnyYear: number;
  /**
   * The same over the years from the first a hire can still change (the years ending after the date no
   * hire is planned before), and that year; null when every forecast year is such a year.
   */
  onceHiresCanStart: { fromPeriodEnding: string; probability: number } | null;
  /** Capacity used in the last forecast year, per cent; null with no offender managers. */
  lastYearCapacityPercent: number | null;
}

/** Everything the Recommendation 8 summary says, already assessed. */
export interface Recommendation8Evidence {
  rulesFile: string;
  rules: Recommendation8RuleValues;
  demand: {
    assessment: DemandAssessment;
    lastRecorded: { periodEnding: string; registeredSexOffenders: number };
    years: DemandYearEvidence[];
    /** The scenarios compared, the first being the one the others are measured against; null without scenarios. */
    options: StaffingOption[] | null;
    /** The option the report recommends (the least-cost plan), by name; null without one. */
    chosenOption: string | null;
  };
  /** Null without operational extracts: parts 2 to 4 then say "no data". */
  operations: {
    asOf: string;
    abstractions: AbstractionAssessment;
    outstanding: OutstandingWorkAssessment;
    reviews: SupervisorReviewAssessment;
  } | null;
}

/** The id of the summary section, for links. */
export const recommendation8SectionId = "recommendation-8";

/**
 * HMICFRS Recommendation 8 on one page: for each of its four parts the status by the rule stated
 * beside it, the finding, the figures behind it and what follows, then the staffing options side by
 * side. It opens `report.html` and is written on its own as `recommendation-8.html`, to print on one or
 * two A4 pages. Every figure is one the report's sections show.
 */
export function recommendation8Section(evidence: Recommendation8Evidence): ReportSection {
  const html = [
    "<p>HMICFRS's spotlight report of April 2026 on online child sexual abuse and the management of registered sex offenders " +
      "asks every force, in Recommendation 8, to predict MOSOVO demand five years ahead and have enough offender managers and supervisors; " +
      "to record and review abstractions; to keep outstanding ARMS assessments, risk management plans and visits manageable by risk level " +
      "and lateness; and to have supervisors review them within one month. Each part below is judged by the rule under it.</p>",
    demandPart(evidence),
    abstractionsPart(evidence),
    outstandingPart(evidence),
    reviewsPart(evidence),
    `<p class="rule-source">Rules for parts 3 and 4 from <code>${escapeHtml(withoutLocalPaths(evidence.rulesFile))}</code>; their numbers are assumptions for the force to confirm.</p>`,
  ].join("\n");
  return { id: recommendation8SectionId, title: "Recommendation 8 summary", html, charts: [] };
}

function part(number: number, title: string, status: PartStatus, finding: string, figures: string, rule: string, next: string): string {
  return [
    `<div class="r8-part">`,
    `<h3>${number}. ${escapeHtml(title)} <span class="status status-${status.replace("_", "-")}">${partStatusLabels[status]}</span></h3>`,
    `<p class="finding">${escapeHtml(finding)}</p>`,
    figures,
    `<p class="next"><strong>What follows:</strong> ${escapeHtml(next)}</p>`,
    `<p class="rule"><strong>Rule:</strong> ${escapeHtml(rule)}</p>`,
    "</div>",
  ].join("\n");
}

function demandPart({ demand }: Recommendation8Evidence): string {
  const { assessment, lastRecorded, years, options, chosenOption } = demand;
  const rule =
    "met when the staff in post cover the need at the upper 80% bound of the caseload in every forecast year; at risk when they cover the point forecast's need but not the upper bound's; not met when they fall short of the point forecast's need in any year.";
  if (years.length === 0) return part(1, "Five-year demand", "no_data", "No forecast years.", "", rule, "Give a caseload history of at least three years.");
  const last = years[years.length - 1];
  const finding =
    `Community caseload ${people(lastRecorded.registeredSexOffenders)} on ${readableDate(lastRecorded.periodEnding)}, forecast ` +
    `${people(last.caseload.point)} by ${readableDate(last.periodEnding)} (80% range ${people(last.caseload.lower80)}–${people(last.caseload.upper80)}). ` +
    `That year needs ${fte(last.needAtPoint.offenderManagers)} offender managers and ${fte(last.needAtPoint.supervisors)} supervisors ` +
    `(${fte(last.needAtUpper80.offenderManagers)} and ${fte(last.needAtUpper80.supervisors)} at the upper bound), against ` +
    `${fte(last.inPost.offenderManagers)} and ${fte(last.inPost.supervisors)} in post (FTE).`;
  const table = htmlTable(
    [
      { label: "Year ending", noWrap: true },
      { label: "Caseload (80% range)", noWrap: true },
      { label: "Offender managers needed", align: "right" },
      { label: "Supervisors needed", align: "right" },
      { label: "Posts to fund", noWrap: true },
      { label: "Cost of those posts a year (£)", align: "right" },
    ],
    years.map((year): TableCell[] => [
      readableDate(year.periodEnding),
      `${people(year.caseload.point)} (${people(year.caseload.lower80)}–${people(year.caseload.upper80)})`,
      `${fte(year.needAtPoint.offenderManagers)} (${fte(year.needAtUpper80.offenderManagers)})`,
      `${fte(year.needAtPoint.supervisors)} (${fte(year.needAtUpper80.supervisors)})`,
      `${posts(year.postsToFundAtPoint)} (${posts(year.postsToFundAtUpper80)})`,
      `${readableNumber(year.costOfPostsAtPoint)} (${readableNumber(year.costOfPostsAtUpper80)})`,
    ]),
    { caption: "Point forecast, with the upper 80% bound in brackets; posts are whole posts above the staff in post, offender managers + supervisors" },
  );
  const upperOnly =
    `No post is needed for the point forecast; fund ${posts(last.postsToFundAtUpper80)} posts (offender managers + supervisors) by ` +
    `${readableDate(last.periodEnding)}, £${readableNumber(last.costOfPostsAtUpper80)} a year as whole posts, to be ready for the upper bound` +
    (chosenOption === null ? "." : `; the options below cost how to get there, "${chosenOption}" the least.`);
  const next =
    assessment.status === "met"
      ? "The staff in post cover the forecast need; review the forecast against each year's recorded caseload."
      : assessment.status === "at_risk" && last.postsToFundAtPoint.offenderManagers === 0 && last.postsToFundAtPoint.supervisors === 0
        ? upperOnly
        : `Fund ${posts(last.postsToFundAtPoint)} posts (offender managers + supervisors) by ${readableDate(last.periodEnding)} for the point forecast, ` +
        `£${readableNumber(last.costOfPostsAtPoint)} a year as whole posts, or ${posts(last.postsToFundAtUpper80)} (£${readableNumber(last.costOfPostsAtUpper80)}) ` +
        `to be ready for the upper bound${chosenOption === null ? "." : `; the options below cost how to get there, "${chosenOption}" the least.`}`;
  return part(1, "Five-year demand", assessment.status, finding, [table, optionsTable(options)].join("\n"), rule, next);
}

function optionsTable(options: StaffingOption[] | null): string {
  if (options === null || options.length === 0) return "";
  return htmlTable(
    [
      { label: "Option" },
      { label: "Staff in the last year (offender managers + supervisors, FTE)" },
      { label: "Cost over the forecast (£)", align: "right" },
      { label: "Against the first (£)", align: "right" },
      {
        label:
          options[0].onceHiresCanStart === null
            ? "Chance of a caseload breach in any year (at least)"
            : `Chance of a caseload breach in any year from the year ending ${readableDate(options[0].onceHiresCanStart.fromPeriodEnding)}, the first a hire can still change (at least)`,
        align: "right",
      },
      { label: "Capacity used in the last year", align: "right" },
    ],
    options.map((option): TableCell[] => [
      option.name,
      `${fte(option.lastYearStaff.offenderManagers)} + ${fte(option.lastYearStaff.supervisors)}`,
      option.totalCost,
      signed(option.totalCost - options[0].totalCost),
      `${readableNumber((option.onceHiresCanStart?.probability ?? option.probabilityOfABreachInAnyYear) * 100)}%`,
      option.lastYearCapacityPercent === null ? null : `${readableNumber(option.lastYearCapacityPercent)}%`,
    ]),
    { caption: "The options side by side" },
  );
}

function abstractionsPart({ operations }: Recommendation8Evidence): string {
  const rule =
    "not met when abstractions other than leave and sickness (training and other duties) take a larger share of the hours available over the last " +
    "twelve complete months than the profile assumes for training and abstraction together; at risk when within it but a member of staff was " +
    "abstracted for other duties (neither leave, sickness nor training) in three or more consecutive months; met otherwise.";
  const assessment = operations?.abstractions;
  if (
    assessment === undefined ||
    assessment.status === "no_data" ||
    assessment.shareAllReasons === null ||
    assessment.shareWithoutLeaveAndSickness === null ||
    assessment.assumedShareWithoutLeaveAndSickness === null
  ) {
    return part(2, "Abstractions", "no_data", "No abstractions to measure.", "", rule, "Give an abstractions extract (date, staff_ref, hours, reason) in the profile's operationalExtracts, and the offender managers in post.");
  }
  const months = `the ${assessment.months.length} complete months to ${monthAndYear(assessment.months[assessment.months.length - 1])}`;
  const finding =
    `Over ${months}, abstractions took ${percent(assessment.shareAllReasons)} of the hours available with leave and sickness and ` +
    `${percent(assessment.shareWithoutLeaveAndSickness)} without them, against the ${percent(assessment.assumedShareWithoutLeaveAndSickness)} ` +
    "the profile assumes for training and other duties. " +
    (assessment.regularOtherDuties.length === 0
      ? "Nobody was abstracted for other duties three months running."
      : `Abstracted for other duties three or more months running, by reason: ${assessment.regularOtherDuties.map((row) => `${row.reason} ${row.staff}`).join(", ")} staff.`);
  const next =
    assessment.status === "not_met"
      ? "Training and other duties take more time than the staffing figures allow for: reduce them, or plan on the recorded share (the activity method's need rises with it)."
      : assessment.status === "at_risk"
        ? "Review the regular abstractions to other duties with the staff concerned and their managers; they should not recur."
        : "Keep recording abstractions with their reason and review them monthly.";
  return part(2, "Abstractions", assessment.status, finding, "", rule, next);
}

function outstandingPart({ operations, rules }: Recommendation8Evidence): string {
  const { mostDaysOverdueAtVeryHighOrHighRisk: higher, mostDaysOverdueAtMediumOrLowRisk: lower } = rules.outstandingWork;
  const rule =
    `not met when an ARMS assessment, RMP or visit at very high or high risk is more than ${higher} days overdue; ` +
    `at risk when one at those levels is overdue at all, or one at medium or low risk more than ${lower} days; met otherwise.`;
  const assessment = operations?.outstanding;
  if (operations === null || assessment === undefined || assessment.status === "no_data") {
    return part(3, "Outstanding ARMS assessments, RMPs and visits", "no_data", "No work items to measure.", "", rule, "Give a work-items extract (item_id, item_type, risk_level, due_date, completed_date, reviewed_date) in the profile's operationalExtracts.");
  }
  const total = assessment.byRiskLevel.reduce((sum, level) => sum + level.overdue, 0);
  const finding =
    total === 0
      ? `On ${readableDate(operations.asOf)} nothing was overdue.`
      : `On ${readableDate(operations.asOf)}, ${people(total)} items were overdue: ` +
        assessment.byRiskLevel
          .map((level) => `${riskLevelLabels[level.riskLevel].toLowerCase()} ${people(level.overdue)}${level.overdue > 0 ? ` (oldest ${people(level.oldestDaysOverdue)} days)` : ""}`)
          .join(", ") +
        ".";
  const next =
    assessment.status === "met"
      ? "Keep the weekly check of overdue work by risk level."
      : assessment.status === "not_met"
        ? `Clear the very high and high risk items more than ${higher} days overdue first; the operational section shows them by type.`
        : "Plan the overdue items into the next month's work, highest risk first.";
  return part(3, "Outstanding ARMS assessments, RMPs and visits", assessment.status, finding, "", rule, next);
}

function reviewsPart({ operations, rules }: Recommendation8Evidence): string {
  const { shareWithinOneMonthMet: met, shareWithinOneMonthAtRisk: atRisk } = rules.supervisorReviews;
  const rule =
    `of the work completed in the last twelve complete months whose month for review is over, met when at least ${percent(met)} was reviewed ` +
    `by a supervisor within one calendar month; at risk from ${percent(atRisk)}; not met below.`;
  const assessment = operations?.reviews;
  if (assessment === undefined || assessment.status === "no_data" || assessment.share === null) {
    return part(4, "Supervisor review within one month", "no_data", "No completed work due for review to measure.", "", rule, "Give a work-items extract with completed_date and reviewed_date in the profile's operationalExtracts.");
  }
  const finding =
    `Of ${people(assessment.due)} items completed from ${monthAndYear(assessment.fromMonth)} to ${monthAndYear(assessment.toMonth)} whose month for review is over, ` +
    `${people(assessment.reviewedInTime)} (${percent(assessment.share)}) were reviewed within one calendar month.`;
  const next =
    assessment.status === "met"
      ? "Keep supervisors' review time protected; the staffing figures allow for it."
      : "Give supervisors the time for reviews (the staffing section's supervisors needed by review hours) and clear the unreviewed items.";
  return part(4, "Supervisor review within one month", assessment.status, finding, "", rule, next);
}

const people = (value: number) => readableNumber(value);
const fte = (value: number) => readableNumber(value, 1);
const percent = (share: number) => `${readableNumber(share * 100, 1)}%`;
const posts = (staff: Staff) => `${staff.offenderManagers} + ${staff.supervisors}`;
const signed = (value: number) => (value > 0 ? `+${readableNumber(value)}` : readableNumber(value));
const list = (items: readonly string[]) => (items.length === 0 ? "none" : items.join(", "));

/** `2026-02` as `February 2026`. */
function monthAndYear(month: string): string {
  return readableDate(`${month}-01`).replace(/^1 /, "");
}
