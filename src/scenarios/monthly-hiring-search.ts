import { withinTarget } from "./within-target.js";

/** The numbers the search works on; month ends are numbered 1 to `months`, hire months 0 to `months` − 1. */
export interface HiringProblem {
  /** Planned caseload at month end e, entry e − 1. */
  caseload: readonly number[];
  /** Staff at month end e without the plan's hires (entry e − 1): the start's staff and its own hires. */
  baseTrainedOffenderManagers: readonly number[];
  baseOffenderManagersInPost: readonly number[];
  baseSupervisorsInPost: readonly number[];
  maxCaseload: number;
  maxSpan: number;
  trainingMonths: number;
  /** Share of a group still in post after one month: (1 − yearly attrition)^(1/12). */
  offenderManagerMonthlyStaying: number;
  supervisorMonthlyStaying: number;
  offenderManagerCostPerFte: number;
  supervisorCostPerFte: number;
}

export interface HiringSolution {
  /** Whole offender managers arriving at the start of hire month m, entry m. */
  offenderManagers: number[];
  supervisors: number[];
  /** Month ends whose caseload target no hire can meet: a hire at the very start is still training. */
  monthEndsBeyondReach: number[];
  /** Five-year pay bill of the hires alone, pounds. */
  cost: number;
  /** Whether the improvement stopped at its cap of improving moves rather than at a plan no move improves. */
  stoppedAtCap: boolean;
}

/**
 * The cheapest whole hires, month by month, that keep caseload per trained offender manager and
 * offender managers in post per supervisor within target at every month end.
 *
 * 1. **Offender managers, for the caseload target**: take the month ends in order; at each one over
 *    target, hire the fewest offender managers at the latest month whose hires are trained by it
 *    (e − max(1, training months)). This is the cheapest plan for the caseload target alone. Proof:
 *    take any cheaper-or-equal plan meeting the target; at the first month end e over target it must
 *    have at least as many hires trained by e as the greedy plan's n (each counts at most as one hire of
 *    the latest month does, the others having had longer to leave), so n of them can be moved to that
 *    latest month: every earlier month end was within target without them, at e and every later month
 *    end each moved hire counts at least as much as before (less time to leave), and a later hire costs
 *    less (fewer months paid). Repeating at each month end turns the plan into the greedy one without
 *    raising its cost.
 * 2. **Supervisors, for given offender managers**: the same argument, month end by month end, at
 *    the month before it (a supervisor counts from the end of the month they arrive in).
 * 3. Offender managers in post (trainees too) count towards the span, so with offender managers
 *    leaving, hiring one earlier (fewer still in post later) can save a supervisor. With no offender
 *    manager attrition, step 1's plan has the fewest in post at every month end of all plans meeting
 *    the caseload target (by the same moves), so steps 1 and 2 together are the cheapest plan. With
 *    attrition, the plan is then improved by moves, one at a time, while any lowers the cost: one
 *    offender manager's hire (or all of a month's) moved to any other month or dropped, supervisors
 *    re-chosen by step 2 after each. The result is the cheapest plan no such move improves; tests
 *    check it against exhaustive search on small cases.
 *
 * Every step works on arrays of month ends, updated by each month's staying share, so the work grows
 * with the number of months (at most (12 × years)³ a move round, and at most 12 × years rounds), never
 * with the caseload or the number hired.
 */
export function monthlyHiringSearch(problem: HiringProblem): HiringSolution {
  const months = problem.caseload.length;
  const lag = Math.max(1, problem.trainingMonths);
  const omStay = problem.offenderManagerMonthlyStaying;
  const supStay = problem.supervisorMonthlyStaying;
  const omCost = unitCosts(months, omStay, problem.offenderManagerCostPerFte);
  const supCost = unitCosts(months, supStay, problem.supervisorCostPerFte);

  const monthEndsBeyondReach: number[] = [];
  const offenderManagers = new Array<number>(months).fill(0);
  {
    let extraTrained = 0;
    for (let end = 1; end <= months; end += 1) {
      const month = end - lag;
      extraTrained = extraTrained * omStay + (month >= 0 ? offenderManagers[month] * omStay ** lag : 0);
      const trained = problem.baseTrainedOffenderManagers[end - 1] + extraTrained;
      if (withinTarget(problem.caseload[end - 1], trained, problem.maxCaseload)) continue;
      if (month < 0) {
        monthEndsBeyondReach.push(end);
        continue;
      }
      const n = fewestHires(problem.caseload[end - 1], trained, omStay ** lag, problem.maxCaseload);
      offenderManagers[month] += n;
      extraTrained += n * omStay ** lag;
    }
  }
  const beyondReach = new Set(monthEndsBeyondReach);

  /** The plan's offender managers in post at each month end, or null if it breaks the caseload target. */
  const offenderManagersInPost = (plan: readonly number[]): number[] | null => {
    const inPost: number[] = [];
    let extraInPost = 0;
    let extraTrained = 0;
    for (let end = 1; end <= months; end += 1) {
      extraInPost = (extraInPost + plan[end - 1]) * omStay;
      const month = end - lag;
      extraTrained = extraTrained * omStay + (month >= 0 ? plan[month] * omStay ** lag : 0);
      if (!beyondReach.has(end) && !withinTarget(problem.caseload[end - 1], problem.baseTrainedOffenderManagers[end - 1] + extraTrained, problem.maxCaseload)) {
        return null;
      }
      inPost.push(problem.baseOffenderManagersInPost[end - 1] + extraInPost);
    }
    return inPost;
  };

  const cheapestSupervisors = (inPost: readonly number[]) => {
    const hires = new Array<number>(months).fill(0);
    let extra = 0;
    let cost = 0;
    for (let end = 1; end <= months; end += 1) {
      extra *= supStay;
      const supervisors = problem.baseSupervisorsInPost[end - 1] + extra;
      if (withinTarget(inPost[end - 1], supervisors, problem.maxSpan)) continue;
      const n = fewestHires(inPost[end - 1], supervisors, supStay, problem.maxSpan);
      hires[end - 1] = n;
      extra += n * supStay;
      cost += n * supCost[end - 1];
    }
    return { hires, cost };
  };

  const evaluate = (plan: readonly number[]) => {
    const inPost = offenderManagersInPost(plan);
    if (inPost === null) return null;
    const supervisors = cheapestSupervisors(inPost);
    const cost = plan.reduce((total, n, month) => total + n * omCost[month], 0) + supervisors.cost;
    return { plan, supervisors: supervisors.hires, cost };
  };

  let best = evaluate(offenderManagers)!;
  let stoppedAtCap = false;
  if (omStay < 1) {
    const improves = (cost: number) => cost < best.cost - 1e-9 * Math.max(1, Math.abs(best.cost));
    let rounds = 0;
    for (let improved = true; improved; rounds += 1) {
      if (rounds >= months) {
        stoppedAtCap = true;
        break;
      }
      improved = false;
      for (let from = 0; from < months && !improved; from += 1) {
        const have = best.plan[from];
        if (have === 0) continue;
        for (const moved of have === 1 ? [1] : [1, have]) {
          for (let to = -1; to < months && !improved; to += 1) {
            if (to === from) continue;
            const plan = [...best.plan];
            plan[from] -= moved;
            if (to >= 0) plan[to] += moved;
            const candidate = evaluate(plan);
            if (candidate !== null && improves(candidate.cost)) {
              best = candidate;
              improved = true;
            }
          }
          if (improved) break;
        }
      }
    }
  }
  return { offenderManagers: [...best.plan], supervisors: best.supervisors, monthEndsBeyondReach, cost: best.cost, stoppedAtCap };
}

/**
 * The pay bill of one hire arriving at the start of month m, to the end of the forecast: paid for each
 * month they are in post at its start, a twelfth of the cost a year, times the share still in post.
 */
function unitCosts(months: number, monthlyStaying: number, costPerFte: number): number[] {
  const costs = new Array<number>(months).fill(0);
  let running = 0;
  for (let month = months - 1; month >= 0; month -= 1) {
    running = 1 + monthlyStaying * running;
    costs[month] = (costPerFte / 12) * running;
  }
  return costs;
}

/** The most whole hires the search plans in one month; beyond it the arithmetic of whole people is no longer exact. */
export const mostHiresInAMonth = 1e9;

/** A plan that would need more than `mostHiresInAMonth` hires in one month: refused, not searched. */
export class UnplannableError extends Error {}

/** The fewest whole hires n with withinTarget(numerator, have + n × each, target): the ratio brought within target. */
function fewestHires(numerator: number, have: number, each: number, target: number): number {
  const estimate = Math.ceil((numerator / target - have) / each);
  if (!(estimate <= mostHiresInAMonth)) {
    throw new UnplannableError(
      `a month would need more than ${mostHiresInAMonth.toLocaleString("en-GB")} hires (${Number(numerator.toPrecision(6))} against a target of ${target}, each hire counting ${Number(each.toPrecision(6))} after training and leavers)`,
    );
  }
  let n = Math.max(0, estimate - 1);
  while (!withinTarget(numerator, have + n * each, target)) n += 1;
  return n;
}
