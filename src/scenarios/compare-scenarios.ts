import type { ScenarioProjection } from "./scenario-projection.js";

/** How one scenario fares over the forecast, for the comparison table. */
export interface ScenarioSummary {
  name: string;
  /** The first year with a month end whose caseload per offender manager is over target, by its period end; null if none. */
  firstCaseloadBreach: string | null;
  /** The first year with a month end whose offender managers per supervisor are over target; null if none. */
  firstSupervisionBreach: string | null;
  /** How many years breach either target at some month end. */
  yearsBreachingATarget: number;
  /**
   * The highest of the years' probabilities that caseload per offender manager is over target at the
   * year end, which is the chance of a breach at the end of any year when the years' caseloads move
   * together (a forecast too low in one year is too low in the next: errors perfectly correlated
   * through the forecast's quantile). Any other dependence makes the chance of a breach in some year
   * larger, so this is the least it can be.
   */
  highestBreachProbability: number;
  /**
   * The same over the years that end after the date hires can start from (the years a hire can still
   * change), with the first of them; null when no date is given or every year ends after it, when
   * `highestBreachProbability` is that figure already, or when no year does.
   */
  breachProbabilityOnceHiresCanStart: { fromPeriodEnding: string; probability: number } | null;
  /** Sum of the years' pay bills, pounds: the five-year cost with a five-year forecast. */
  totalCost: number;
  /** totalCost less that of the first scenario compared, pounds; 0 for the first. */
  costAgainstFirst: number;
}

/**
 * Sums up scenarios side by side: for each, whether and when it first breaches each target, how
 * likely a caseload breach is at worst, and its cost over the forecast's years, against the first
 * scenario named (put the status quo first to read the others as changes from it).
 *
 * @param projections from `scenarioProjection`, all over the same forecast years
 * @param noHireBefore YYYY-MM-DD: where given, the chance of a breach is also taken over the years ending
 *   after it alone, since no hire can change a year that ends before one can start
 * @throws {RangeError} if the scenarios cover different years
 */
export function compareScenarios(projections: readonly ScenarioProjection[], noHireBefore?: string): ScenarioSummary[] {
  const years = projections[0]?.years.map((year) => year.periodEnding).join(",");
  if (projections.some((projection) => projection.years.map((year) => year.periodEnding).join(",") !== years)) {
    throw new RangeError("the scenarios compared cover different forecast years");
  }
  const totals = projections.map((projection) => projection.years.reduce((total, year) => total + year.cost, 0));
  return projections.map((projection, index) => ({
    name: projection.name,
    firstCaseloadBreach: projection.years.find((year) => !year.caseloadTargetMet)?.periodEnding ?? null,
    firstSupervisionBreach: projection.years.find((year) => !year.supervisionTargetMet)?.periodEnding ?? null,
    yearsBreachingATarget: projection.years.filter((year) => !year.caseloadTargetMet || !year.supervisionTargetMet).length,
    highestBreachProbability: Math.max(...projection.years.map((year) => year.probabilityCaseloadTargetBreached)),
    breachProbabilityOnceHiresCanStart: onceHiresCanStart(projection, noHireBefore),
    totalCost: totals[index],
    costAgainstFirst: totals[index] - totals[0],
  }));
}

function onceHiresCanStart(projection: ScenarioProjection, noHireBefore: string | undefined): ScenarioSummary["breachProbabilityOnceHiresCanStart"] {
  if (noHireBefore === undefined) return null;
  // ISO dates compare as text
  const open = projection.years.filter((year) => year.periodEnding > noHireBefore);
  if (open.length === 0 || open.length === projection.years.length) return null;
  return { fromPeriodEnding: open[0].periodEnding, probability: Math.max(...open.map((year) => year.probabilityCaseloadTargetBreached)) };
}
