import type { CaseloadByRiskLevel } from "./caseload-by-risk-level.js";
import { managementGroups, type WorkloadStandardValues } from "./staffing-rules.js";

/** How many of each piece of work the community caseload needs in a year. */
export interface ActivityCounts {
  /** Home visits (each made by a pair of staff under APP; staff-hours are counted in `activityHours`). */
  visits: number;
  armsAssessments: number;
  riskManagementPlanReviews: number;
  intelligenceChecks: number;
}

/**
 * The yearly work of the community caseload: for each kind of work, the sum over management groups of
 * people in the group × times a year for one person, as the workload standards set them.
 *
 *   visits = Σ people(group) × visitsPerYear(group), and likewise for the others
 */
export function activityCounts(caseload: CaseloadByRiskLevel, standards: Pick<WorkloadStandardValues, "riskLevels">): ActivityCounts {
  const total = (perPerson: (group: (typeof managementGroups)[number]) => number) =>
    managementGroups.reduce((sum, group) => sum + caseload[group] * perPerson(group), 0);
  return {
    visits: total((group) => standards.riskLevels[group].visitsPerYear),
    armsAssessments: total((group) => standards.riskLevels[group].armsAssessmentsPerYear),
    riskManagementPlanReviews: total((group) => standards.riskLevels[group].riskManagementPlanReviewsPerYear),
    intelligenceChecks: total((group) => standards.riskLevels[group].intelligenceChecksPerYear),
  };
}
