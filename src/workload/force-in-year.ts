import type { ForceValues, RiskLevel } from "./staffing-rules.js";

/** A forecast year's own risk mix and people in custody, as the register projection gives them. */
export interface YearlyCaseloadMix {
  riskMix: Readonly<Record<RiskLevel, number>>;
  peopleInCustody: number;
}

/**
 * The force values for one forecast year: with the register's figures for the year, its risk mix and
 * people in custody in place of the profile's risk mix and the single custody figure; without, the
 * values as they are.
 */
export function forceInYear(force: ForceValues, year: YearlyCaseloadMix | undefined): ForceValues {
  return year === undefined ? force : { ...force, riskMix: year.riskMix, peopleInCustody: year.peopleInCustody };
}
