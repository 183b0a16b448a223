import { managementGroups } from "./staffing-rules.js";
/**
 * The yearly work of the community caseload: for each kind of work, the sum over management groups of
 * people in the group × times a year for one person, as the workload standards set them.
 *
 *   visits = Σ people(group) × visitsPerYear(group), and likewise for the others
 */
export function activityCounts(caseload, standards) {
    const total = (perPerson) => managementGroups.reduce((sum, group) => sum + caseload[group] * perPerson(group), 0);
    return {
        visits: total((group) => standards.riskLevels[group].visitsPerYear),
        armsAssessments: total((group) => standards.riskLevels[group].armsAssessmentsPerYear),
        riskManagementPlanReviews: total((group) => standards.riskLevels[group].riskManagementPlanReviewsPerYear),
        intelligenceChecks: total((group) => standards.riskLevels[group].intelligenceChecksPerYear),
    };
}
