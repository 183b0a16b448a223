/** Weeks in an average calendar year: 365.25 days ÷ 7. */
export const weeksPerYear = 365.25 / 7;
/**
 * The hours a year one full-time offender manager or supervisor has for casework: contracted hours less
 * leave, training, sickness and abstraction, each given as a fraction of contracted time, as the
 * probation Workload Measurement Tool subtracts non-case time from contracted hours.
 *
 *   contracted = hours a week × 365.25 ÷ 7
 *   productive = contracted × (1 − leave − training − sickness − abstraction)
 *
 * The shares are added, not compounded: each is a fraction of the same contracted time. The profile
 * check refuses shares that add up to 1 or more.
 */
export function availableHours(workingTime) {
    const contracted = workingTime.contractedHoursPerWeek * weeksPerYear;
    const shareAway = workingTime.leaveShare + workingTime.trainingShare + workingTime.sicknessShare + workingTime.abstractionShare;
    return { contracted, shareAway, productive: contracted * (1 - shareAway) };
}
