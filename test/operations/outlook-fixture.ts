import type { StaffingScenario } from "../../src/inputs/staffing-scenario.js";
import { scenarioProjection } from "../../src/scenarios/scenario-projection.js";
import type { ForceValues, WorkloadStandardValues } from "../../src/workload/staffing-rules.js";
import { emptyScenario, handForecast } from "../scenarios/scenario-fixtures.js";

// Standards chosen so that each risk level has one kind of work, and nothing but items takes time:
//   very high  12 visits a year × 2 staff × 1 h      = 24 h a person a year
//   high       12 RMP reviews a year × 1 h           = 12 h
//   medium      4 ARMS assessments a year × 4 h      = 16 h
//   low         3 visits a year × 2 staff × 1 h      =  6 h
export const standards: WorkloadStandardValues = {
  riskLevels: {
    veryHigh: { visitsPerYear: 12, armsAssessmentsPerYear: 0, riskManagementPlanReviewsPerYear: 0, intelligenceChecksPerYear: 0 },
    high: { visitsPerYear: 0, armsAssessmentsPerYear: 0, riskManagementPlanReviewsPerYear: 12, intelligenceChecksPerYear: 0 },
    medium: { visitsPerYear: 0, armsAssessmentsPerYear: 4, riskManagementPlanReviewsPerYear: 0, intelligenceChecksPerYear: 0 },
    low: { visitsPerYear: 3, armsAssessmentsPerYear: 0, riskManagementPlanReviewsPerYear: 0, intelligenceChecksPerYear: 0 },
    lowReactive: { visitsPerYear: 0, armsAssessmentsPerYear: 0, riskManagementPlanReviewsPerYear: 0, intelligenceChecksPerYear: 0 },
  },
  homeVisit: { staffPerVisit: 2, hoursPerVisit: 1 },
  armsAssessment: { hoursEach: 4 },
  riskManagementPlanReview: { hoursEach: 1 },
  intelligenceCheck: { minutesEach: 0 },
  custody: { hoursPerPersonPerYear: 0 },
  responsiveWork: { allowanceShare: 0 },
  supervisorReview: { minutesPerArmsAssessment: 0, minutesPerRiskManagementPlanReview: 0, minutesPerVisit: 0 },
};

// 120 × 7 ÷ 365.25 hours a week, nothing away: 120 productive hours a year, 10 a month, per FTE
export function force(offenderManagers: number): ForceValues {
  return {
    riskMix: { veryHigh: 0.1, high: 0.2, medium: 0.3, low: 0.4 },
    reactiveShareOfLowRisk: 0,
    peopleInCustody: 0,
    offenderManagers: { inPost: offenderManagers, costPerFte: 1 },
    supervisors: { inPost: 1, costPerFte: 1, shareOfTimeForReviews: 0.5 },
    workingTime: { contractedHoursPerWeek: (120 * 7) / 365.25, leaveShare: 0, trainingShare: 0, sicknessShare: 0, abstractionShare: 0 },
    targets: { maxCaseloadPerOffenderManager: 50, maxOffenderManagersPerSupervisor: 10 },
  };
}

// A caseload of 100 in the years ending 31 March 2027 and 2028: 10 very high, 20 high, 30 medium, 40 low.
// Work falling due a month: 10 very-high visits (20 h), 20 high RMP reviews (20 h), 10 medium ARMS
// assessments (40 h), 10 low visits (20 h): 100 h.
export function projection(offenderManagers: number, scenario: StaffingScenario = emptyScenario, point = [100, 100]) {
  return scenarioProjection({ forecast: handForecast({ point, firstYear: 2027 }), standards, force: force(offenderManagers) }, scenario);
}

