import type { StaffingNeed } from "../workload/staffing-need.js";
import { jsonOutput } from "./json-output.js";
import type { StaffingResult } from "../workload/staffing-result.js";
import { formatCsv, type CsvCell } from "./csv-export.js";
import { withoutLocalPaths } from "./report-path.js";

/** The columns of `staffing.csv` for one caseload level, with the value each takes from a year's need. */
const columns: readonly [string, (need: StaffingNeed) => CsvCell][] = [
  ["registered_sex_offenders", (need) => need.registeredSexOffenders],
  ["offender_managers_needed_by_ratio", (need) => need.offenderManagersNeededByRatio],
  ["offender_managers_needed_by_activity", (need) => need.offenderManagersNeededByActivity],
  ["supervisors_needed", (need) => need.supervisorsNeeded],
  ["offender_managers_in_post", (need) => need.offenderManagersInPost],
  ["supervisors_in_post", (need) => need.supervisorsInPost],
  ["caseload_per_offender_manager", (need) => need.caseloadPerOffenderManager],
  ["offender_managers_per_supervisor", (need) => need.offenderManagersPerSupervisor],
  ["capacity_percent", (need) => need.capacityPercent],
  ["additional_offender_managers_needed", (need) => need.additionalOffenderManagersNeeded],
  ["additional_supervisors_needed", (need) => need.additionalSupervisorsNeeded],
  ["additional_cost", (need) => need.additionalCost],
  ["offender_managers_needed", (need) => need.offenderManagersNeeded],
  ["supervisors_needed_by_span", (need) => need.supervisorsNeededBySpan],
  ["supervisors_needed_by_review_hours", (need) => need.supervisorsNeededByReviewHours],
  ["registered_sex_offenders_per_supervisor", (need) => need.registeredSexOffendersPerSupervisor],
  ["people_in_custody", (need) => need.peopleInCustody],
  ["workload_hours", (need) => need.activityHours.total],
  ["supervisor_review_hours", (need) => need.supervisorReviewHours],
  ["offender_manager_posts_to_fund", (need) => need.offenderManagerPostsToFund],
  ["supervisor_posts_to_fund", (need) => need.supervisorPostsToFund],
  ["posts_to_fund_cost", (need) => need.postsToFundCost],
];

/**
 * `staffing.csv`: one row per forecast year; the planning columns first, then the parts they are
 * made from, each at the point forecast and again at the upper 80% bound with the suffix `_upper_80`.
 * FTE are unrounded (4 decimal places); posts to fund are whole numbers; a per-head figure with no one
 * in post is left blank.
 */
export function staffingCsv(result: StaffingResult): string {
  const header = ["period_ending", ...columns.map(([name]) => name), ...columns.map(([name]) => `${name}_upper_80`)];
  const rows = result.years.map((year) => [
    year.periodEnding,
    ...columns.map(([, value]) => value(year.point)),
    ...columns.map(([, value]) => value(year.upper80)),
  ]);
  return formatCsv(header, rows);
}

/**
 * `staffing.json`: the whole result, every figure unrounded, with the tool's version. The files it
 * names are shown as the report shows them (`withoutLocalPaths`): as given when relative, by file name
 * when absolute.
 */
export function staffingJson(result: StaffingResult, version: string): string {
  const shown: StaffingResult = {
    ...result,
    caseloadCounted: result.caseloadCounted === null ? null : { ...result.caseloadCounted, statement: withoutLocalPaths(result.caseloadCounted.statement) },
    custody: { ...result.custody, file: withoutLocalPaths(result.custody.file) },
    modelValues: result.modelValues.map((row) => ({ ...row, file: withoutLocalPaths(row.file) })),
  };
  return jsonOutput({ tool: { name: "mosovo-workload", version }, ...shown });
}
