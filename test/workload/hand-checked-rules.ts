import type { ForceValues, OneOffWorkValues, WorkloadStandardValues } from "../../src/workload/staffing-rules.js";

/**
 * Round-number standards and force values for hand calculations in the workload tests. With a
 * community caseload of 1,000 the tests work out every figure by hand from these.
 */
export const handStandards: WorkloadStandardValues = Object.freeze({
  riskLevels: {
    veryHigh: { visitsPerYear: 12, armsAssessmentsPerYear: 2, riskManagementPlanReviewsPerYear: 4, intelligenceChecksPerYear: 12 },
    high: { visitsPerYear: 4, armsAssessmentsPerYear: 1, riskManagementPlanReviewsPerYear: 2, intelligenceChecksPerYear: 4 },
    medium: { visitsPerYear: 2, armsAssessmentsPerYear: 1, riskManagementPlanReviewsPerYear: 1, intelligenceChecksPerYear: 2 },
    low: { visitsPerYear: 1, armsAssessmentsPerYear: 1, riskManagementPlanReviewsPerYear: 1, intelligenceChecksPerYear: 1 },
    lowReactive: { visitsPerYear: 0, armsAssessmentsPerYear: 0, riskManagementPlanReviewsPerYear: 1, intelligenceChecksPerYear: 1 },
  },
  homeVisit: { staffPerVisit: 2, hoursPerVisit: 3 },
  armsAssessment: { hoursEach: 5 },
  riskManagementPlanReview: { hoursEach: 1.5 },
  intelligenceCheck: { minutesEach: 20 },
  custody: { hoursPerPersonPerYear: 4 },
  responsiveWork: { allowanceShare: 0.2 },
  supervisorReview: { minutesPerArmsAssessment: 45, minutesPerRiskManagementPlanReview: 30, minutesPerVisit: 10 },
});

export const handForce: ForceValues = Object.freeze({
  riskMix: { veryHigh: 0.1, high: 0.2, medium: 0.3, low: 0.4 },
  reactiveShareOfLowRisk: 0.5,
  peopleInCustody: 100,
  offenderManagers: { inPost: 16, costPerFte: 60_000 },
  supervisors: { inPost: 2, costPerFte: 70_000, shareOfTimeForReviews: 0.5 },
  workingTime: { contractedHoursPerWeek: 35, leaveShare: 0.1, trainingShare: 0.05, sicknessShare: 0.03, abstractionShare: 0.02 },
  targets: { maxCaseloadPerOffenderManager: 50, maxOffenderManagersPerSupervisor: 10 },
});

/** Round one-off hours for the hand counts; home visits take 2 staff and supervisor reviews 45, 30 and 10 minutes (handStandards). */
export const handOneOffWork: OneOffWorkValues = Object.freeze({
  onJoiningTheRegister: { firstArmsAssessmentHours: 3, firstHomeVisitHoursPerStaff: 2, initialRiskManagementPlanHours: 2 },
  onReleaseFromCustody: { homeVisitHoursPerStaff: 3, riskManagementPlanReviewHours: 1.5, armsReviewHours: 5 },
});
