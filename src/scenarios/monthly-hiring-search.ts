import { targetTolerance, withinTarget } from "./within-target.js";

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
  /** Step 4's cap on its work, month steps; `mostBoundMonthSteps` unless given (a test cuts it short). */
  boundMonthSteps?: number;
}

export interface HiringSolution {
  /** Whole offender managers arriving at the start of hire month m, entry m. */
  offenderManagers: number[];
  supervisors: number[];
  /** Month ends whose caseload target no hire can meet: a hire at the very start is still training. */
  monthEndsBeyondReach: number[];
  /** Five-year pay bill of the hires alone, pounds. */
  cost: number;
  /**
   * The lowest cost any plan meeting the targets can have: `cost` when the search proved the plan the
   * cheapest, lower when it stopped at its cap.
   */
  lowerBound: number;
  /** Whether the search stopped at its cap (`mostBoundMonthSteps`) before proving the plan the cheapest. */
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
 *    attrition, the plan is improved by moves, one at a time, while any lowers the cost: one offender
 *    manager's hire (or all of a month's) moved to any other month or dropped, supervisors re-chosen
 *    by step 2 after each. That is the cheapest plan no single move improves, not always the cheapest
 *    (two hires may have to move together), and it is the first bound of step 4.
 * 4. With attrition, a branch and bound over every month's offender managers (`branchAndBound`, its
 *    proof there) either proves no plan cheaper than the best it finds, or stops at its cap
 *    (`mostBoundMonthSteps` bounds worked out) with the lowest cost any plan can have (`lowerBound`),
 *    the plan then improved by step 3's moves again.
 *
 * The work grows with the number of months, never with the caseload or the number hired: steps 1 and 2
 * are one pass, step 3 at most (12 × years)³ a move round and 12 × years rounds, step 4 at most
 * `mostBoundMonthSteps` bounds of 12 × years months each.
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
  let lowerBound = best.cost;
  if (omStay < 1) {
    best = improvedByMoves(best, evaluate, months);
    const bound = branchAndBound(problem, best.cost, omCost, supCost);
    const found = bound.plan === null ? null : evaluate(bound.plan);
    if (found !== null && found.cost < best.cost) best = bound.stoppedAtCap ? improvedByMoves(found, evaluate, months) : found;
    stoppedAtCap = bound.stoppedAtCap;
    lowerBound = Math.min(best.cost, bound.lowerBound);
  }
  return { offenderManagers: [...best.plan], supervisors: best.supervisors, monthEndsBeyondReach, cost: best.cost, lowerBound, stoppedAtCap };
}

interface Evaluated {
  plan: readonly number[];
  supervisors: number[];
  cost: number;
}

/** Whether `cost` is below `best` by more than floating-point remainders: a billionth part. */
function cheaper(cost: number, best: number): boolean {
  return cost < best - 1e-9 * Math.max(1, Math.abs(best));
}

/**
 * Step 3: the plan improved one move at a time while any lowers the cost: one offender manager's hire
 * (or all of a month's) moved to any other month or dropped, supervisors re-chosen after each. At most
 * `months` rounds. Its result is only the first bound of step 4's search, which it makes quicker.
 */
function improvedByMoves(start: Evaluated, evaluate: (plan: readonly number[]) => Evaluated | null, months: number): Evaluated {
  let best = start;
  for (let rounds = 0, improved = true; improved && rounds < months; rounds += 1) {
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
          if (candidate !== null && cheaper(candidate.cost, best.cost)) {
            best = candidate;
            improved = true;
          }
        }
        if (improved) break;
      }
    }
  }
  return best;
}

/**
 * Step 4's cap on its work: the most month steps its bounds may take in all, a bound taking one a month
 * of the forecast (200,000 bounds at 60 months, under a second of processor time here).
 */
export const mostBoundMonthSteps = 12_000_000;

/** The state of a partial plan whose offender manager hires are chosen for the months before `month`. */
interface PartialPlan {
  month: number;
  /** Extra trained offender managers at month end `month` + lag − 1, from the hires chosen. */
  trained: number;
  /** Extra offender managers in post at month end `month` (0 at the start). */
  inPost: number;
  /** Extra supervisors in post at month end `month`, step 2's supervisors for the hires chosen. */
  supervisors: number;
  /** Pay bill of the hires chosen and of their supervisors, to the end of the forecast. */
  cost: number;
}

/**
 * Step 4: branch and bound over the offender managers hired in each month, month by month from the
 * first, proving that no plan is cheaper than the best found (by more than a billionth part), or
 * stopping once its bounds have taken `mostBoundMonthSteps` month steps, with the lowest cost any plan
 * can have: the least bound of the choices not yet tried.
 *
 * **The model it works on.** A hire arriving at the start of month m is in post at month end e > m in
 * the expected share s^(e − m) (s the monthly staying share: leavers are fractional expected FTE, no
 * chance), trained from month end m + lag on (lag = max(1, training months)), and costs its monthly pay
 * at the start of each month from m to the end times the share still in post (`unitCosts`). The
 * caseload target at month end e depends only on the hires of months up to e − lag, so choosing the
 * months in order, the fewest hires of month j that meet it at month end j + lag are known when j is
 * chosen: each month's choice is that fewest number or more, and the months after the last month end
 * − lag hire no offender manager (paid and never trained, they could only be dropped for less).
 * Supervisors follow by step 2, the cheapest for the offender managers chosen and decided month end by
 * month end, so only offender managers branch. What a partial plan leaves to its completions is two
 * numbers and its cost: its extra offender managers in post X and supervisors Y at the month end (the
 * trained of its hires at later month ends are X's share, all being trained by then).
 *
 * **The bound of a partial plan**, months before k chosen, is its cost plus two lower bounds on what any
 * completion adds:
 * - offender managers: step 1's hires from month k on, the cheapest for the caseload target alone
 *   (step 1's proof holds from any starting staff);
 * - supervisors: step 2's supervisors for a floor under the offender managers in post at every later
 *   month end e. Any completion has the chosen hires' share X s^(e − k) in post at e, and its later
 *   hires (month k on, trained from month end k + lag) must lift the trained at each month end e′ from
 *   k + lag on to the caseload target: the shortfall a(e′) (the trained the target needs, less the base
 *   and the chosen hires', unrounded) is carried by hires that at e are in post in at least a(e′) ×
 *   s^(e − e′) (each hire's share in post at e is its trained share at e′ times s^(e − e′); for e′ after e
 *   they arrived at the latest in month e′ − lag < e, so are in post at e, as trainees). The floor is
 *   X s^(e − k) plus the largest of 0 and a(e′) s^(e − e′) over e′ from k + lag to e + lag − 1. Fewer
 *   offender managers in post never need more supervisors (step 2 is the cheapest, and supervisors
 *   enough for more are enough for fewer), so step 2's supervisors for the floor cost at most what the
 *   completion's cost.
 * Both parts, and so the bound, do not fall as more are hired in the month being chosen (step 1's
 * exchange: the extra hire could be moved later for less; the floor rises by each hire's share in post,
 * less at most as much of shortfall), so a month's choices are tried from the fewest up and the first
 * whose bound reaches the best plan's cost ends them: every plan not tried costs at least the best
 * found. A partial plan is also not continued when one of the same month whose completions were all
 * tried or cut off covers it (`dominated`). When the search ends so, the best found is the cheapest.
 *
 * The work is at most `mostBoundMonthSteps` month steps, whatever the force's size or the number of
 * years; more years leave fewer bounds.
 */
function branchAndBound(problem: HiringProblem, incumbent: number, omCost: readonly number[], supCost: readonly number[]): { plan: number[] | null; lowerBound: number; stoppedAtCap: boolean } {
  const months = problem.caseload.length;
  const lag = Math.max(1, problem.trainingMonths);
  const omStay = problem.offenderManagerMonthlyStaying;
  const supStay = problem.supervisorMonthlyStaying;
  const lagStay = omStay ** lag;
  const lastDecided = months - lag;
  const result = { plan: null as number[] | null, lowerBound: Infinity, stoppedAtCap: false };
  if (lastDecided < 0) return { ...result, lowerBound: incumbent };
  let best = incumbent;
  let bounds = 0;
  const mostBounds = Math.ceil((problem.boundMonthSteps ?? mostBoundMonthSteps) / months);
  const plan = new Array<number>(months).fill(0);
  const tolerance = 1 + targetTolerance;
  // the fewest extra trained at month end e any plan within the caseload target has, unrounded
  const needTrained = problem.caseload.map((caseload, index) => caseload / (problem.maxCaseload * tolerance) - problem.baseTrainedOffenderManagers[index]);
  const backOverLag = omStay ** (1 - lag);

  /** The partial plan after `hires` offender managers arrive in `from.month`, with its bound. */
  const child = (from: PartialPlan, hires: number): { next: PartialPlan; bound: number } => {
    const j = from.month;
    const trained = from.trained * omStay + hires * lagStay;
    const inPost = (from.inPost + hires) * omStay;
    let supervisors = from.supervisors * supStay;
    let cost = from.cost + hires * omCost[j];
    const numerator = problem.baseOffenderManagersInPost[j] + inPost;
    if (!withinTarget(numerator, problem.baseSupervisorsInPost[j] + supervisors, problem.maxSpan)) {
      const n = fewestHires(numerator, problem.baseSupervisorsInPost[j] + supervisors, supStay, problem.maxSpan);
      supervisors += n * supStay;
      cost += n * supCost[j];
    }
    const next: PartialPlan = { month: j + 1, trained, inPost, supervisors, cost };
    bounds += 1;
    // offender managers: step 1 from here on
    let bound = cost;
    let extraTrained = trained;
    for (let month = j + 1; month <= lastDecided; month += 1) {
      extraTrained *= omStay;
      const end = month + lag;
      const have = problem.baseTrainedOffenderManagers[end - 1] + extraTrained;
      if (withinTarget(problem.caseload[end - 1], have, problem.maxCaseload)) continue;
      const n = fewestHires(problem.caseload[end - 1], have, lagStay, problem.maxCaseload);
      extraTrained += n * lagStay;
      bound += n * omCost[month];
    }
    // supervisors: step 2 for the floor under offender managers in post at month ends j + 2 to the last
    let shortfall = -Infinity;
    let chosen = inPost;
    // the chosen hires' trained at month end `latest`, from j + lag + 1 on
    let chosenTrained = trained;
    let extraSupervisors = supervisors;
    const firstLater = j + 1 + lag;
    for (let end = j + 2; end <= months; end += 1) {
      chosen *= omStay;
      shortfall *= omStay;
      const latest = end + lag - 1;
      if (latest >= firstLater && latest <= months) {
        chosenTrained *= omStay;
        shortfall = Math.max(shortfall, (needTrained[latest - 1] - chosenTrained) * backOverLag);
      }
      extraSupervisors *= supStay;
      const floor = problem.baseOffenderManagersInPost[end - 1] + chosen + Math.max(0, shortfall);
      const have = problem.baseSupervisorsInPost[end - 1] + extraSupervisors;
      if (withinTarget(floor, have, problem.maxSpan)) continue;
      const n = fewestHires(floor, have, supStay, problem.maxSpan);
      extraSupervisors += n * supStay;
      bound += n * supCost[end - 1];
    }
    return { next, bound };
  };

  // Partial plans whose every completion was tried or cut off, by month, the latest `remembered` of each.
  // Plan A covers plan B of the same month j when A costs no more, has at least as many offender managers
  // in post and enough more supervisors for them at every later month end: X_A ≥ X_B and
  // span × (Y_A − Y_B) ≥ (X_A − X_B) × (s/r)^k for k = 1 to months − j (s, r the monthly staying shares).
  // Then A followed by B's later hires and supervisors meets every target B's completion meets (as many
  // trained, no more in post per supervisor) for no more, so B's completions need not be tried.
  const remembered = 64;
  const explored = Array.from({ length: months + 1 }, () => [] as PartialPlan[]);
  const dominated = (state: PartialPlan): boolean => {
    const ratio = omStay / supStay;
    const widest = Math.max(ratio, ratio ** (months - state.month));
    return explored[state.month].some(
      (other) => other.cost <= state.cost && other.inPost >= state.inPost && problem.maxSpan * (other.supervisors - state.supervisors) >= (other.inPost - state.inPost) * widest,
    );
  };
  const remember = (state: PartialPlan) => {
    const list = explored[state.month];
    if (list.length >= remembered) list.shift();
    list.push(state);
  };

  /** Tries every choice of `from.month`'s hires; false when it stopped at the cap. */
  const explore = (from: PartialPlan): boolean => {
    const j = from.month;
    const end = j + lag;
    const have = problem.baseTrainedOffenderManagers[end - 1] + from.trained * omStay;
    const fewest = withinTarget(problem.caseload[end - 1], have, problem.maxCaseload) ? 0 : fewestHires(problem.caseload[end - 1], have, lagStay, problem.maxCaseload);
    for (let hires = fewest; ; hires += 1) {
      if (bounds >= mostBounds) {
        result.stoppedAtCap = true;
        result.lowerBound = Math.min(result.lowerBound, child(from, hires).bound);
        return false;
      }
      const { next, bound } = child(from, hires);
      if (!cheaper(bound, best)) return true;
      plan[j] = hires;
      if (j === lastDecided) {
        // no later hire is trained by the last month end: the bound is the plan's own cost
        best = bound;
        result.plan = [...plan];
      } else if (!dominated(next)) {
        if (!explore(next)) {
          plan[j] = 0;
          result.lowerBound = Math.min(result.lowerBound, bound);
          return false;
        }
        remember(next);
      }
      plan[j] = 0;
    }
  };

  explore({ month: 0, trained: 0, inPost: 0, supervisors: 0, cost: 0 });
  return { ...result, lowerBound: result.stoppedAtCap ? Math.min(best, result.lowerBound) : best };
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
