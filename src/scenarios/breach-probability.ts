import { probabilityAbove, type CaseloadDistribution } from "./caseload-distribution.js";

/**
 * The probability that the caseload per trained offender manager exceeds its target at a year end:
 *
 *   P(C ÷ E > target) = P(C > target × E)
 *
 * with C, the year-end caseload, distributed as the forecast itself says (`caseloadDistribution`:
 * every interval level the forecast was made with, the combination's at every level its calibration
 * learned), and E, the trained offender managers at the year end, taken as known. So where target × E
 * is the upper bound of the forecast's L% interval the probability is exactly (100 − L)/200: 10% at
 * the 80% bound, 2.5% at the 95% bound, however fat the forecast's tails. It is exact arithmetic, not
 * a simulation, so the same inputs always give the same probability.
 *
 * @param distribution the year-end caseload's distribution
 * @param trainedOffenderManagers FTE carrying a caseload
 * @param maxCaseloadPerOffenderManager the target
 */
export function breachProbability(distribution: CaseloadDistribution, trainedOffenderManagers: number, maxCaseloadPerOffenderManager: number): number {
  return probabilityAbove(distribution, maxCaseloadPerOffenderManager * trainedOffenderManagers);
}
