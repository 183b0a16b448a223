import type { ActivityCounts } from "./activity-counts.js";
import type { WorkloadStandardValues } from "./staffing-rules.js";

/** Offender-manager hours a year, by kind of work. */
export interface ActivityHours {
  /** Staff-hours of home visits: visits × staff per visit × hours per visit. */
  visits: number;
  armsAssessments: number;
  riskManagementPlanReviews: number;
  intelligenceChecks: number;
  /** The four above: the scheduled work of the community caseload. */
  scheduled: number;
  /** The allowance for unscheduled, responsive work: scheduled × allowance share. */
  responsive: number;
  /** The lighter work for people in custody: people × hours per person a year. */
  custody: number;
  /**
   * The one-off work of the year's joiners and releases (`oneOffWorkHours`), present only when a register
   * projection gives the flows and the standards give the hours.
   */
  oneOffWork?: number;
  /** Everything: scheduled + responsive + custody, + one-off work where counted. */
  total: number;
}

/**
 * The offender-manager hours a year that the caseload's work takes, counted as the probation Workload
 * Measurement Tool counts workload (time per task × tasks), with home visits made in pairs as APP
 * requires, so that a visit takes the time of every member of staff on it:
 *
 *   visits              = visits × staffPerVisit × hoursPerVisit
 *   ARMS assessments    = assessments × hours each
 *   RMP reviews         = reviews × hours each
 *   intelligence checks = checks × minutes each ÷ 60
 *   scheduled           = the four above
 *   responsive          = scheduled × allowanceShare (WMT's 2022 refresh allows up to 30% for this)
 *   custody             = people in custody × hoursPerPersonPerYear
 *   total               = scheduled + responsive + custody
 *
 * The responsive allowance is added to the community work only: the custody figure is all-in.
 */
export function activityHours(counts: ActivityCounts, peopleInCustody: number, standards: WorkloadStandardValues): ActivityHours {
  const visits = counts.visits * standards.homeVisit.staffPerVisit * standards.homeVisit.hoursPerVisit;
  const armsAssessments = counts.armsAssessments * standards.armsAssessment.hoursEach;
  const riskManagementPlanReviews = counts.riskManagementPlanReviews * standards.riskManagementPlanReview.hoursEach;
  const intelligenceChecks = (counts.intelligenceChecks * standards.intelligenceCheck.minutesEach) / 60;
  const scheduled = visits + armsAssessments + riskManagementPlanReviews + intelligenceChecks;
  const responsive = scheduled * standards.responsiveWork.allowanceShare;
  const custody = peopleInCustody * standards.custody.hoursPerPersonPerYear;
  return { visits, armsAssessments, riskManagementPlanReviews, intelligenceChecks, scheduled, responsive, custody, total: scheduled + responsive + custody };
}
