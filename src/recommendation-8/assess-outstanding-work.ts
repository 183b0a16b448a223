import type { OutstandingCell } from "../operations/outstanding-work.js";
import { riskLevels, type RiskLevel } from "../operations/work-item.js";
import type { PartStatus } from "./part-status.js";

/** Overdue work at one risk level on the as-of date. */
export interface OverdueAtRiskLevel {
  riskLevel: RiskLevel;
  /** ARMS assessments, RMPs and visits past their due date and not completed. */
  overdue: number;
  /** Days overdue of the oldest of them; 0 when none is overdue. */
  oldestDaysOverdue: number;
}

export interface OutstandingWorkAssessment {
  status: PartStatus;
  /** By risk level, highest first; empty with no data. */
  byRiskLevel: OverdueAtRiskLevel[];
}

/** The lateness the rule tolerates, in days. */
export interface OutstandingWorkRule {
  mostDaysOverdueAtVeryHighOrHighRisk: number;
  mostDaysOverdueAtMediumOrLowRisk: number;
}

const higherRisk: readonly RiskLevel[] = ["very_high", "high"];

/**
 * Part 3, outstanding ARMS assessments, RMPs and visits, by risk level and how overdue:
 *
 *   not met  an item at very high or high risk is more than `mostDaysOverdueAtVeryHighOrHighRisk` days overdue
 *   at risk  otherwise, an item at very high or high risk is overdue at all, or one at medium or low risk
 *            is more than `mostDaysOverdueAtMediumOrLowRisk` days overdue
 *   met      otherwise
 *   no data  no work items were given, or a count is hidden by small-count suppression
 */
export function assessOutstandingWork(cells: readonly OutstandingCell[], workItemCount: number, rule: OutstandingWorkRule): OutstandingWorkAssessment {
  const overdueCells = cells.filter((cell) => cell.band !== "not_yet_due");
  if (workItemCount === 0 || overdueCells.some((cell) => cell.count === null || (cell.count > 0 && cell.oldestDaysOverdue === null))) {
    return { status: "no_data", byRiskLevel: [] };
  }
  const byRiskLevel = riskLevels.map((riskLevel) => {
    const here = overdueCells.filter((cell) => cell.riskLevel === riskLevel && (cell.count ?? 0) > 0);
    return {
      riskLevel,
      overdue: here.reduce((total, cell) => total + (cell.count ?? 0), 0),
      oldestDaysOverdue: here.reduce((oldest, cell) => Math.max(oldest, cell.oldestDaysOverdue ?? 0), 0),
    };
  });
  const higher = byRiskLevel.filter((level) => higherRisk.includes(level.riskLevel));
  const lower = byRiskLevel.filter((level) => !higherRisk.includes(level.riskLevel));
  const status: PartStatus = higher.some((level) => level.oldestDaysOverdue > rule.mostDaysOverdueAtVeryHighOrHighRisk)
    ? "not_met"
    : higher.some((level) => level.overdue > 0) || lower.some((level) => level.oldestDaysOverdue > rule.mostDaysOverdueAtMediumOrLowRisk)
      ? "at_risk"
      : "met";
  return { status, byRiskLevel };
}
