import type { WorkingTimeValues } from "./staffing-rules.js";

/** Weeks in an average calendar year: 365.25 days ÷ 7. */
export const weeksPerYear = 365.25 / 7;

/** The hours one full-time equivalent has in a year, before and after time away from cases. */
export interface AvailableHours {
  /** contractedHoursPerWeek × 365.25 ÷ 7. */
  contracted: number;
  /** Fraction of contracted time lost to leave, training, sickness and abstraction together. */
  shareAway: number;
  /** contracted × (1 − shareAway): the hours left for casework. */
  productive: number;
}

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
export function availableHours(workingTime: WorkingTimeValues): AvailableHours {
  const contracted = workingTime.contractedHoursPerWeek * weeksPerYear;
  const shareAway = workingTime.leaveShare + workingTime.trainingShare + workingTime.sicknessShare + workingTime.abstractionShare;
  return { contracted, shareAway, productive: contracted * (1 - shareAway) };
}
