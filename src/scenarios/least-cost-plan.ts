import type { StaffingScenario } from "../inputs/staffing-scenario.js";
import { scenarioDemand } from "./scenario-demand.js";
import { scenarioProjection, scenarioWorkforce, type Baseline, type ScenarioProjection } from "./scenario-projection.js";
import { scenarioRules } from "./scenario-rules.js";
import { withinTarget } from "./within-target.js";
import { workforceProjection, type WorkforceAssumptions } from "./workforce-projection.js";
import { yearOfPeriodEnding } from "./year-of-period-ending.js";

/** The hires a plan makes at the start of one forecast year, in whole FTE. */
export interface PlannedHires {
  periodEnding: string;
  offenderManagers: number;
  supervisors: number;
}

export interface LeastCostPlan {
  /** One entry per forecast year, hires 0 where none are needed. */
  hires: PlannedHires[];
  /**
   * Years whose caseload target no hire can meet, because a new offender manager hired at the start
   * of the first forecast year is still training at their end; the plan meets every other year.
   */
  yearsBeyondReach: string[];
  /** The starting scenario with the plan's hires added: a scenario file the user can edit and compare. */
  scenario: StaffingScenario;
  /** The plan's scenario projected, year by year; every year meets both targets but those beyond reach. */
  projection: ScenarioProjection;
}

/**
 * The least-cost hiring plan that keeps caseload per trained offender manager and offender managers
 * per supervisor within their targets at every year end, at the caseload the scenario plans for
 * (point forecast, or an upper bound).
 *
 * **What is chosen.** A whole number of offender managers x(y) and of supervisors z(y), 0 or more,
 * arriving at the start of each forecast year y, on top of the staff and hires the starting scenario
 * already has. Its training lag and attrition apply to them (`workforceProjection`), and the cost is
 * the five-year pay bill (average FTE in post × cost per FTE). Hires in the middle of a year are not
 * considered: budgets and recruitment rounds run by year.
 *
 * **How.** Staff figures are linear in the hires, so each hire's contribution to each year end, and
 * its cost, is worked out once from a projection of one person. Then:
 *
 * 1. Supervisors, for given offender managers in post, are cheapest hired greedily: in each year, the
 *    fewest that bring that year's span within target. A supervisor hired a year later costs less
 *    and, having had less time to leave, counts for more at every later year end, so a plan that hires
 *    more than the fewest in some year can move one to the next year (or drop it in the last) without
 *    breaching and for less. The same holds for offender managers and the caseload target alone.
 * 2. But offender managers also count towards the span, trainees included, so the cheapest offender
 *    managers are not always cheapest in all. A depth-first search over x(y), year by year, from the
 *    fewest that meet the caseload target in the first year a hire of year y is trained, upward, finds
 *    the cheapest in all. It stops raising x(y) when the cost so far already reaches the best plan
 *    found, and skips a branch whose lower bound (cost so far + cheapest offender managers for the
 *    later years + cheapest supervisors for the staff already hired) reaches it. The search starts
 *    from the greedy plan, so it only ever improves on it.
 *
 * The tests check the result against exhaustive search over every plan on small cases.
 *
 * @param start the scenario whose demand, training lag, attrition, standards and costs the plan keeps
 * @param upperBoundLevel plan for the upper bound of this interval level instead of the starting
 *   scenario's caseload; `undefined` keeps the scenario's own choice (the point forecast unless it says)
 */
export function leastCostPlan(baseline: Baseline, start: StaffingScenario, upperBoundLevel?: number): LeastCostPlan {
  const planned: StaffingScenario = {
    ...start,
    demand: { ...start.demand, ...(upperBoundLevel === undefined ? {} : { upperBoundLevel }) },
  };
  const caseload = scenarioDemand(baseline.forecast, planned.demand).map((year) => year.planned);
  const { force } = scenarioRules(baseline.standards, baseline.force, planned);
  const workforce = scenarioWorkforce(baseline, planned);
  const horizon = caseload.length;
  const problem: PlanProblem = {
    caseload,
    maxCaseload: force.targets.maxCaseloadPerOffenderManager,
    maxSpan: force.targets.maxOffenderManagersPerSupervisor,
    base: workforceProjection(workforce, horizon),
    offenderManager: unitHires(workforce, horizon, "offenderManagers", force.offenderManagers.costPerFte),
    supervisor: unitHires(workforce, horizon, "supervisors", force.supervisors.costPerFte),
  };

  // a hire of year y first carries a caseload at the end of year y + delay
  const delay = firstYearCounted(problem.offenderManager.trained[0]);
  const yearsBeyondReach = caseload
    .map((_, year) => year)
    .filter((year) => year < delay && !withinTarget(caseload[year], problem.base[year].trainedOffenderManagers, problem.maxCaseload));
  const { offenderManagers, supervisors } = cheapestHires(problem, delay);

  const periodEnding = baseline.forecast.futurePeriodEnding;
  const hires = periodEnding.map((date, year) => ({ periodEnding: date, offenderManagers: offenderManagers[year], supervisors: supervisors[year] }));
  const scenario: StaffingScenario = {
    ...planned,
    workforce: {
      ...planned.workforce,
      hires: [
        ...(planned.workforce?.hires ?? []),
        ...hires
          .filter((hire) => hire.offenderManagers > 0 || hire.supervisors > 0)
          .map((hire) => ({ yearEnding: yearOfPeriodEnding(hire.periodEnding), month: 1, offenderManagers: hire.offenderManagers, supervisors: hire.supervisors })),
      ],
    },
  };
  const projection = scenarioProjection(baseline, scenario);
  const missed = projection.years.findIndex(
    (year, index) => !year.supervisionTargetMet || (!year.caseloadTargetMet && !yearsBeyondReach.includes(index)),
  );
  if (missed >= 0) throw new Error(`the least-cost plan misses a target in ${projection.years[missed].periodEnding}`);
  return { hires, yearsBeyondReach: yearsBeyondReach.map((year) => periodEnding[year]), scenario, projection };
}

/** One hire's contribution, by the year it arrives in (first index) and the year end it counts at (second). */
interface UnitHires {
  trained: number[][];
  inPost: number[][];
  /** Five-year pay bill of one hire, by the year it arrives in. */
  cost: number[];
}

interface PlanProblem {
  caseload: number[];
  maxCaseload: number;
  maxSpan: number;
  base: ReturnType<typeof workforceProjection>;
  offenderManager: UnitHires;
  supervisor: UnitHires;
}

function unitHires(workforce: WorkforceAssumptions, horizon: number, role: "offenderManagers" | "supervisors", costPerFte: number): UnitHires {
  const years = Array.from({ length: horizon }, (_, year) => {
    const hire = { monthIndex: 12 * year, offenderManagers: role === "offenderManagers" ? 1 : 0, supervisors: role === "supervisors" ? 1 : 0 };
    return workforceProjection({ ...workforce, offenderManagersAtStart: 0, supervisorsAtStart: 0, hires: [hire] }, horizon);
  });
  return role === "offenderManagers"
    ? {
        trained: years.map((projection) => projection.map((year) => year.trainedOffenderManagers)),
        inPost: years.map((projection) => projection.map((year) => year.offenderManagersInPost)),
        cost: years.map((projection) => projection.reduce((total, year) => total + year.averageOffenderManagersInPost * costPerFte, 0)),
      }
    : {
        trained: years.map((projection) => projection.map((year) => year.supervisorsInPost)),
        inPost: years.map((projection) => projection.map((year) => year.supervisorsInPost)),
        cost: years.map((projection) => projection.reduce((total, year) => total + year.averageSupervisorsInPost * costPerFte, 0)),
      };
}

function firstYearCounted(contributions: readonly number[]): number {
  const first = contributions.findIndex((value) => value > 0);
  return first < 0 ? contributions.length : first;
}

/** The fewest whole hires n with withinTarget(numerator, have + n × each, target): the ratio brought within target. */
function fewestHires(numerator: number, have: number, each: number, target: number): number {
  let n = Math.max(0, Math.ceil((numerator / target - have) / each) - 1);
  while (!withinTarget(numerator, have + n * each, target)) n += 1;
  return n;
}

function cheapestHires(problem: PlanProblem, delay: number): { offenderManagers: number[]; supervisors: number[] } {
  const horizon = problem.caseload.length;
  const lastDecision = horizon - 1 - delay;
  const { offenderManager } = problem;

  /** The fewest offender managers to hire in year y for the caseload target at the end of year y + delay. */
  const fewestOffenderManagers = (year: number, trained: readonly number[]) =>
    fewestHires(problem.caseload[year + delay], trained[year + delay], offenderManager.trained[year][year + delay], problem.maxCaseload);
  const addHires = (totals: readonly number[], each: readonly number[], n: number) => totals.map((total, k) => total + n * each[k]);

  /** Greedy offender managers from `year` on: the cheapest for the caseload target alone. */
  const greedyOffenderManagers = (year: number, trained: number[]) => {
    const hires: number[] = [];
    let cost = 0;
    let totals = trained;
    for (let y = year; y <= lastDecision; y += 1) {
      const n = fewestOffenderManagers(y, totals);
      hires.push(n);
      cost += n * offenderManager.cost[y];
      totals = addHires(totals, offenderManager.trained[y], n);
    }
    return { hires, cost };
  };

  /** Greedy supervisors for these offender managers in post: the cheapest, by the exchange argument above. */
  const greedySupervisors = (offenderManagersInPost: readonly number[]) => {
    const hires: number[] = [];
    let cost = 0;
    let supervisors = problem.base.map((year) => year.supervisorsInPost);
    for (let y = 0; y < horizon; y += 1) {
      const n = fewestHires(offenderManagersInPost[y], supervisors[y], problem.supervisor.inPost[y][y], problem.maxSpan);
      hires.push(n);
      cost += n * problem.supervisor.cost[y];
      supervisors = addHires(supervisors, problem.supervisor.inPost[y], n);
    }
    return { hires, cost };
  };

  const startTrained = problem.base.map((year) => year.trainedOffenderManagers);
  const startInPost = problem.base.map((year) => year.offenderManagersInPost);
  const noHires = Array.from({ length: horizon }, () => 0);

  const greedy = greedyOffenderManagers(0, startTrained);
  const greedyInPost = greedy.hires.reduce((totals, n, y) => addHires(totals, offenderManager.inPost[y], n), startInPost);
  const greedySupervisorHires = greedySupervisors(greedyInPost);
  let best = {
    cost: greedy.cost + greedySupervisorHires.cost,
    offenderManagers: [...greedy.hires, ...noHires].slice(0, horizon),
    supervisors: greedySupervisorHires.hires,
  };
  const improves = (cost: number) => cost < best.cost - 1e-9 * Math.max(1, Math.abs(best.cost));

  const search = (year: number, chosen: number[], trained: number[], inPost: number[], costSoFar: number): void => {
    if (year > lastDecision) {
      const supervisors = greedySupervisors(inPost);
      const cost = costSoFar + supervisors.cost;
      if (improves(cost)) best = { cost, offenderManagers: [...chosen, ...noHires].slice(0, horizon), supervisors: supervisors.hires };
      return;
    }
    for (let n = fewestOffenderManagers(year, trained); ; n += 1) {
      const cost = costSoFar + n * offenderManager.cost[year];
      if (!improves(cost)) break;
      const nextTrained = addHires(trained, offenderManager.trained[year], n);
      const nextInPost = addHires(inPost, offenderManager.inPost[year], n);
      const lowerBound = cost + greedyOffenderManagers(year + 1, nextTrained).cost + greedySupervisors(nextInPost).cost;
      if (improves(lowerBound)) search(year + 1, [...chosen, n], nextTrained, nextInPost, cost);
      if (offenderManager.cost[year] === 0) break;
    }
  };
  search(0, [], startTrained, startInPost, 0);
  return { offenderManagers: best.offenderManagers, supervisors: best.supervisors };
}
