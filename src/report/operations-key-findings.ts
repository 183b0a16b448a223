import { abstractionShare } from "../operations/abstraction-share.js";
import { allReasons } from "../operations/abstractions.js";
import type { OperationalMeasures } from "../operations/operational-measures.js";
import { outlookMonths, type ScenarioOutlook } from "../operations/outstanding-outlook.js";
import { riskLevelLabels, riskLevels } from "../operations/work-item.js";
import type { KeyFinding } from "./key-findings-section.js";
import { readableDate } from "./readable-date.js";
import { readableNumber } from "./readable-number.js";

/**
 * The operational measures for "At a glance", each as Recommendation 8 puts it:
 *
 * 1. overdue work on the as-of date: items past their due date and not completed, in all and by risk
 *    level, and how overdue the oldest is;
 * 2. supervisor reviews: of the completed items whose month for review is over, the share reviewed
 *    within one calendar month of completion, and how many are still unreviewed;
 * 3. abstractions: the share of available hours lost over the last twelve complete months (the as-of
 *    month counts only when the as-of date is its last day), for every reason and without annual leave
 *    and sickness, each against the profile's assumed share where there is a profile
 *    (`abstractionShare`), and the staff abstracted for the same reason in three or more consecutive
 *    months, by reason;
 * 4. the outlook, one sentence a scenario: every risk level whose backlog is not cleared within the
 *    outlook's months, naming those that grow and what is outstanding at the end, or the month by which
 *    every level is cleared: what the outlook table and charts show.
 *
 * A finding whose counts include one hidden for publication (`--suppress-below`) is left out rather than
 * given from the counts that are shown; so is the share without an establishment figure.
 */
export function operationsKeyFindings(measures: OperationalMeasures): KeyFinding[] {
  const findings: KeyFinding[] = [];
  const asOf = readableDate(measures.asOf);

  const overdue = measures.outstanding.filter((cell) => cell.band !== "not_yet_due");
  if (overdue.every((cell) => cell.count !== null)) {
    const total = sum(overdue.map((cell) => cell.count ?? 0));
    const byRiskLevel = riskLevels.map(
      (riskLevel) => `${riskLevelLabels[riskLevel].toLowerCase()} ${readableNumber(sum(overdue.filter((cell) => cell.riskLevel === riskLevel).map((cell) => cell.count ?? 0)))}`,
    );
    const oldest = Math.max(0, ...overdue.map((cell) => cell.oldestDaysOverdue ?? 0));
    findings.push({
      text:
        total === 0
          ? `On ${asOf} no ARMS assessment, risk management plan or home visit was overdue.`
          : `On ${asOf}, ${readableNumber(total)} ARMS assessments, risk management plans and home visits were overdue, by risk level: ` +
            `${byRiskLevel.join(", ")}; the oldest by ${readableNumber(oldest)} days.`,
      sectionId: "operations",
    });
  }

  const reviews = measures.supervisorReviews;
  if (reviews.every((row) => row.completed !== null && row.reviewedWithinOneMonth !== null && row.unreviewedAfterOneMonth !== null && row.reviewMonthNotOver !== null)) {
    const due = sum(reviews.map((row) => (row.completed ?? 0) - (row.reviewMonthNotOver ?? 0)));
    const inTime = sum(reviews.map((row) => row.reviewedWithinOneMonth ?? 0));
    const unreviewed = sum(reviews.map((row) => row.unreviewedAfterOneMonth ?? 0));
    if (due > 0) {
      findings.push({
        text:
          `Of ${readableNumber(due)} items completed whose month for review is over, ${readableNumber((inTime / due) * 100)}% were reviewed by a supervisor ` +
          `within one calendar month of completion; ${readableNumber(unreviewed)} ${unreviewed === 1 ? "is" : "are"} still unreviewed after a month.`,
        sectionId: "operations",
      });
    }
  }

  const abstractions = measures.abstractions;
  if (abstractions !== null) {
    const share = abstractionShare(abstractions, { asOf: measures.asOf, availableHoursPerMonth: measures.availableHoursPerMonth, assumed: measures.assumedTimeAway ?? null });
    if (share !== null && measures.availableHoursPerMonth !== null) {
      const months = `the ${share.months.length} complete month${share.months.length === 1 ? "" : "s"} to ${monthAndYear(share.months[share.months.length - 1])}`;
      const assumedAll = share.assumed === null ? "" : ` (the profile assumes ${percent(share.assumed.allReasons)} for leave, training, sickness and other duties)`;
      const without =
        share.withoutLeaveAndSickness === null
          ? ""
          : `; without annual leave and sickness, ${percent(share.withoutLeaveAndSickness)}` +
            (share.assumed === null ? "" : ` (the profile assumes ${percent(share.assumed.withoutLeaveAndSickness)} for training and other duties)`);
      findings.push({
        text:
          `Abstractions (every reason in the extract) took ${percent(share.allReasons)} of the ${readableNumber(measures.availableHoursPerMonth)} hours available a month ` +
          `over ${months}${assumedAll}${without}.`,
        sectionId: "operations",
      });
    }
    const regular = abstractions.regularlyAbstracted.filter((row) => row.reason !== allReasons);
    if (regular.length > 0 && regular.every((row) => row.staff !== null)) {
      findings.push({
        text:
          `Staff abstracted for the same reason in three or more consecutive months, by reason: ` +
          `${regular.map((row) => `${row.reason} ${readableNumber(row.staff ?? 0)}`).join(", ")}.`,
        sectionId: "operations",
      });
    }
  }
  for (const outlook of measures.outlook ?? []) findings.push({ text: outlookFinding(outlook), sectionId: "operations" });
  return findings;
}

function outlookFinding(outlook: ScenarioOutlook): string {
  const end = outlook.months[outlook.months.length - 1];
  const months = `${outlookMonths} months`;
  const notCleared = riskLevels.filter((riskLevel) => outlook.monthsToClearOverdue[riskLevel] === null);
  if (notCleared.length === 0) {
    const all = outlook.monthsToClearAllOverdue ?? 0;
    return all === 0
      ? `Outlook, ${outlook.scenario}: no work is left undone at any month end of the next ${months}.`
      : `Outlook, ${outlook.scenario}: the backlog at every risk level is cleared in ${all} month${all === 1 ? "" : "s"} and stays clear for the rest of the ${months}.`;
  }
  const levels = notCleared.map((riskLevel) => {
    const row = end.byRiskLevel.find((level) => level.riskLevel === riskLevel)!;
    return (
      `${riskLevelLabels[riskLevel].toLowerCase()}-risk work is not cleared${outlook.backlogGrows[riskLevel] ? " and grows" : ""}, ` +
      `${readableNumber(row.outstanding)} items outstanding after ${months}, ${readableNumber(row.overdue)} of them overdue`
    );
  });
  return `Outlook, ${outlook.scenario}: ${levels.join("; ")}.`;
}

const percent = (share: number) => `${readableNumber(share * 100, 1)}%`;

/** `2026-02` as `February 2026`. */
function monthAndYear(month: string): string {
  return readableDate(`${month}-01`).replace(/^1 /, "");
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
