import { activityCounts } from "./activity-counts.js";
import { activityHours } from "./activity-hours.js";
import type { CaseloadByRiskLevel } from "./caseload-by-risk-level.js";
import { managementGroups, type ManagementGroup, type WorkloadStandardValues } from "./staffing-rules.js";

/** Offender-manager hours a year of one management group's work, by kind of work. */
export interface GroupWorkloadHours {
  group: ManagementGroup;
  visits: number;
  armsAssessments: number;
  riskManagementPlanReviews: number;
  intelligenceChecks: number;
  /** The responsive allowance on this group's scheduled work. */
  responsive: number;
}

/**
 * The community caseload's workload hours split by management group (risk level, and low risk under
 * reactive management) and kind of work, so a reader can see which work drives the activity method's
 * need. Each group's hours are `activityHours` of that group's people alone; custody work, which belongs
 * to no risk level, is left to the caller. The groups' hours add up to `activityHours` of the whole
 * caseload less its custody hours.
 */
export function workloadBreakdown(caseload: CaseloadByRiskLevel, standards: WorkloadStandardValues): GroupWorkloadHours[] {
  return managementGroups.map((group) => {
    const alone = Object.fromEntries(managementGroups.map((other) => [other, other === group ? caseload[group] : 0])) as Record<ManagementGroup, number>;
    const hours = activityHours(activityCounts(alone, standards), 0, standards);
    return {
      group,
      visits: hours.visits,
      armsAssessments: hours.armsAssessments,
      riskManagementPlanReviews: hours.riskManagementPlanReviews,
      intelligenceChecks: hours.intelligenceChecks,
      responsive: hours.responsive,
    };
  });
}
