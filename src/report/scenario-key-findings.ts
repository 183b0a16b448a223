import type { ScenarioSummary } from "../scenarios/compare-scenarios.js";
import type { LeastCostPlan } from "../scenarios/least-cost-plan.js";
import { hireMonthLabel } from "./hire-month-label.js";
import type { KeyFinding } from "./key-findings-section.js";
import { readableDate } from "./readable-date.js";
import { readableNumber } from "./readable-number.js";

/**
 * The scenario comparison and the plan for "At a glance":
 *
 * - one sentence a scenario compared (the plan's own row excluded): when it first breaches each target,
 *   or that it meets it every year, and what it costs over the forecast's years;
 * - one sentence for the plan: what it plans for, the offender managers and supervisors it hires in all
 *   and in its first year of hiring and the month of its first hire, whether it meets both targets (and,
 *   where month ends before a hire can take effect breach one, from which month end it meets them and
 *   why not before), its cost over the years, and that cost against the first scenario compared (the
 *   status quo when it is listed first).
 *
 * @param summaries from `compareScenarios`, the plan's among them under `planName`
 * @param plan the plan found, and the words for what it plans for, such as "the upper bound of the 80% prediction interval"
 */
export function scenarioKeyFindings(
  summaries: readonly ScenarioSummary[],
  plan: { name: string; result: LeastCostPlan; planningFor: string },
): KeyFinding[] {
  const years = plan.result.hires.length;
  const findings: KeyFinding[] = summaries
    .filter((summary) => summary.name !== plan.name)
    .map((summary) => ({
      text:
        `${summary.name}: ${breach("caseload", summary.firstCaseloadBreach)}; ${breach("supervision", summary.firstSupervisionBreach)}; ` +
        `£${readableNumber(summary.totalCost)} over ${years} years.`,
      sectionId: "scenarios",
    }));

  const planSummary = summaries.find((summary) => summary.name === plan.name);
  if (planSummary !== undefined) {
    const offenderManagers = plan.result.hires.reduce((total, hire) => total + hire.offenderManagers, 0);
    const supervisors = plan.result.hires.reduce((total, hire) => total + hire.supervisors, 0);
    const first = plan.result.hires.find((hire) => hire.offenderManagers + hire.supervisors > 0);
    const firstYear =
      first === undefined
        ? ""
        : `, ${first.offenderManagers} and ${first.supervisors} of them in the year ending ${readableDate(first.periodEnding)}, the first in ${hireMonthLabel(first.periodEnding, first.months[0].month)}`;
    const against = summaries[0] === planSummary ? "" : ` (${costAgainst(planSummary.costAgainstFirst, summaries[0].name)})`;
    const reach = planSummary.yearsBreachingATarget === 0 ? undefined : outOfReach(plan.result);
    const met =
      planSummary.yearsBreachingATarget === 0 ? "meets both targets every year" : (reach?.met ?? `still breaches a target in ${count(planSummary.yearsBreachingATarget, "year")}`);
    findings.push({
      text:
        `The least-cost hiring plan for ${plan.planningFor} hires ${count(offenderManagers, "offender manager")} and ${count(supervisors, "supervisor")} ` +
        `over ${years} years${firstYear}; it ${met} and costs £${readableNumber(planSummary.totalCost)} over ${years} years${against}.${reach === undefined ? "" : ` ${reach.why}`}`,
      sectionId: "least-cost-plan",
    });
  }
  return findings;
}

/**
 * The plan's month ends that breach a target before any hire can take effect (before the first hire can
 * start, or while its first recruits train), in words: from which month end it meets both targets, and
 * why not before; undefined when there are none.
 */
function outOfReach(plan: LeastCostPlan): { met: string; why: string } | undefined {
  const years = plan.hires.map((hire) => hire.periodEnding);
  const index = (periodEnding: string, month: number) => 12 * years.indexOf(periodEnding) + month;
  const before = plan.breachesBeforeFirstHire.flatMap((year) => [...year.caseloadMonths, ...year.supervisionMonths].map((month) => index(year.periodEnding, month)));
  const training = plan.monthsBeyondReach.flatMap((year) => year.months.map((month) => index(year.periodEnding, month)));
  const monthEnds = new Set([...before, ...training]);
  if (monthEnds.size === 0) return undefined;
  const last = Math.max(...monthEnds);
  const why = [
    ...(before.length === 0 ? [] : [`before a hire can start (no hire before ${readableDate(plan.noHireBefore!)})`]),
    ...(training.length === 0 ? [] : ["while the first recruits train"]),
  ].join(" or ");
  const breaching = `${monthEnds.size === 1 ? "The month end" : `The ${monthEnds.size} month ends`} that breach${monthEnds.size === 1 ? "es" : ""} a target come${monthEnds.size === 1 ? "s" : ""} ${why}.`;
  if (last >= 12 * years.length) return { met: "cannot change a breach at any month end of the forecast, as no hire takes effect in time", why: breaching };
  return { met: `meets both targets at every month end from the end of ${hireMonthLabel(years[Math.floor(last / 12)], (last % 12) + 1)}`, why: breaching };
}

function breach(target: "caseload" | "supervision", first: string | null): string {
  return first === null ? `${target} within target every year` : `${target} target first breached in the year ending ${readableDate(first)}`;
}

function costAgainst(difference: number, first: string): string {
  if (difference === 0) return `the same as ${first}`;
  return `£${readableNumber(Math.abs(difference))} ${difference > 0 ? "more" : "less"} than ${first}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
