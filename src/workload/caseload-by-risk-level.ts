import type { ForceValues, ManagementGroup } from "./staffing-rules.js";

/** People in the community in each management group; not rounded, so the totals stay exact. */
export type CaseloadByRiskLevel = Readonly<Record<ManagementGroup, number>>;

/**
 * Splits the community caseload by risk level, and the low-risk part between active and reactive
 * management:
 *
 *   veryHigh, high, medium = caseload × that level's share of the risk mix
 *   low (active)           = caseload × low share × (1 − reactive share of low risk)
 *   lowReactive            = caseload × low share × reactive share of low risk
 *
 * The counts are expected values, not whole people: 1,163 × 2% = 23.26 very high risk.
 *
 * @param registeredSexOffenders people on the register living in the community, 0 or more
 */
export function caseloadByRiskLevel(
  registeredSexOffenders: number,
  { riskMix, reactiveShareOfLowRisk }: Pick<ForceValues, "riskMix" | "reactiveShareOfLowRisk">,
): CaseloadByRiskLevel {
  const lowRisk = registeredSexOffenders * riskMix.low;
  return {
    veryHigh: registeredSexOffenders * riskMix.veryHigh,
    high: registeredSexOffenders * riskMix.high,
    medium: registeredSexOffenders * riskMix.medium,
    low: lowRisk * (1 - reactiveShareOfLowRisk),
    lowReactive: lowRisk * reactiveShareOfLowRisk,
  };
}
