import { normalDistribution } from "../math/normal-distribution.js";

/**
 * The probability that the caseload per trained offender manager exceeds its target in a year:
 *
 *   P(C ÷ E > target) = P(C > target × E) = 1 − Φ((target × E − expected) ÷ sd)
 *
 * with C, the year-end caseload, taken as normal with the scenario's expected caseload and the standard
 * deviation implied by the upper half of the method's 80% interval (`scenarioDemand`), and E the
 * trained offender managers at the year end, taken as known. This is an approximation, stated so:
 * it ignores that a caseload cannot fall below 0, and for a method whose intervals are not symmetric
 * (the log-linear trend) it reads the spread from the upper side, the side that matters for a breach.
 * It is exact arithmetic, not a simulation, so the same inputs always give the same probability.
 *
 * With no spread the answer is 1 or 0.
 *
 * @param expected expected caseload, people
 * @param standardDeviation its standard deviation, 0 or more
 * @param trainedOffenderManagers FTE carrying a caseload
 * @param maxCaseloadPerOffenderManager the target
 */
export function breachProbability(
  expected: number,
  standardDeviation: number,
  trainedOffenderManagers: number,
  maxCaseloadPerOffenderManager: number,
): number {
  const threshold = maxCaseloadPerOffenderManager * trainedOffenderManagers;
  if (standardDeviation === 0) return expected > threshold ? 1 : 0;
  const z = (threshold - expected) / standardDeviation;
  return Math.min(1, Math.max(0, normalDistribution(-z)));
}
