import type { OneOffWorkValues, WorkloadStandardValues } from "./staffing-rules.js";

/** One year's one-off work on joining the register and on release from custody, in hours by task. */
export interface OneOffWorkHours {
  joiners: number;
  releases: number;
  /** Offender-manager hours for the year's joiners. */
  joining: {
    firstArmsAssessments: number;
    /** Staff-hours: joiners × staff per visit × hours each member of staff spends. */
    firstHomeVisits: number;
    initialRiskManagementPlans: number;
  };
  /** Offender-manager hours for the year's releases. */
  release: {
    /** Staff-hours: releases × staff per visit × hours each member of staff spends. */
    homeVisits: number;
    riskManagementPlanReviews: number;
    armsReviews: number;
  };
  /** Offender-manager hours of all six tasks: what the activity method adds to the year's workload hours. */
  total: number;
  /** Supervisor hours to review one ARMS assessment, one plan and one visit for each joiner and each release. */
  supervisorReviewHours: number;
}

/**
 * The work a year's joiners and releases bring once, on top of the recurring work of the community caseload:
 *
 *   on joining   joiners  × (first ARMS hours + staff per visit × first visit hours each + initial RMP hours)
 *   on release   releases × (staff per visit × visit hours each + RMP review hours + ARMS review hours)
 *   supervisor   (joiners + releases) × (minutesPerArmsAssessment + minutesPerRiskManagementPlanReview
 *                                        + minutesPerVisit) ÷ 60
 *
 * Why this is not counted twice: the recurring rates (`riskLevels`) count tasks per person per year in
 * the community, so a person on the caseload all year at one assessment a year is credited one. A cycle
 * of work starts with a task, though: someone who joins and stays ten years at one assessment a year has
 * eleven (one on joining, one each year after), and someone released has their plan, assessment and
 * first visit at the release address done at once, not a year on. So each start of a spell in the
 * community (joining, release) brings one of each task the yearly rates do not count. People in custody
 * get the custody hours, all in, until their release. No responsive allowance is added: these tasks
 * are scheduled and known from the flows.
 */
export function oneOffWorkHours(
  flows: { joiners: number; releases: number },
  oneOffWork: OneOffWorkValues,
  standards: Pick<WorkloadStandardValues, "homeVisit" | "supervisorReview">,
): OneOffWorkHours {
  const { joiners, releases } = flows;
  const staff = standards.homeVisit.staffPerVisit;
  const onJoining = oneOffWork.onJoiningTheRegister;
  const onRelease = oneOffWork.onReleaseFromCustody;
  const joining = {
    firstArmsAssessments: joiners * onJoining.firstArmsAssessmentHours,
    firstHomeVisits: joiners * staff * onJoining.firstHomeVisitHoursPerStaff,
    initialRiskManagementPlans: joiners * onJoining.initialRiskManagementPlanHours,
  };
  const release = {
    homeVisits: releases * staff * onRelease.homeVisitHoursPerStaff,
    riskManagementPlanReviews: releases * onRelease.riskManagementPlanReviewHours,
    armsReviews: releases * onRelease.armsReviewHours,
  };
  const review = standards.supervisorReview;
  const reviewMinutesEach = review.minutesPerArmsAssessment + review.minutesPerRiskManagementPlanReview + review.minutesPerVisit;
  return {
    joiners,
    releases,
    joining,
    release,
    total:
      joining.firstArmsAssessments + joining.firstHomeVisits + joining.initialRiskManagementPlans + release.homeVisits + release.riskManagementPlanReviews + release.armsReviews,
    supervisorReviewHours: ((joiners + releases) * reviewMinutesEach) / 60,
  };
}
