/**
 * Supervisor hours a year to review every ARMS assessment, risk management plan review and home visit,
 * as Recommendation 8 asks (promptly, within one month):
 *
 *   hours = (assessments × minutesPerArmsAssessment
 *            + RMP reviews × minutesPerRiskManagementPlanReview
 *            + visits × minutesPerVisit) ÷ 60
 *
 * A visit is reviewed once, however many staff made it. Intelligence checks and custody work are not
 * reviewed here.
 */
export function supervisorReviewHours(counts, standards) {
    const review = standards.supervisorReview;
    const minutes = counts.armsAssessments * review.minutesPerArmsAssessment +
        counts.riskManagementPlanReviews * review.minutesPerRiskManagementPlanReview +
        counts.visits * review.minutesPerVisit;
    return minutes / 60;
}
