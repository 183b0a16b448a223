import type { StaffingScenario } from "../inputs/staffing-scenario.js";
import { firstHireMonth } from "./first-hire-month.js";
import { monthEndCaseload } from "./month-end-caseload.js";
import { monthlyHiringSearch } from "./monthly-hiring-search.js";
import { scenarioDemand } from "./scenario-demand.js";
import { scenarioProjection, scenarioWorkforce, type Baseline, type ScenarioProjection } from "./scenario-projection.js";
import { scenarioRules } from "./scenario-rules.js";
import { workforceMonthEnds } from "./workforce-projection.js";
import { yearOfPeriodEnding } from "./year-of-period-ending.js";

/** One month's hires of a plan, whole FTE. */
export interface PlannedMonthHires {
  /** Month of the forecast year, 1 to 12: 1 is its first month, April for a year ending 31 March. */
  month: number;
  offenderManagers: number;
  supervisors: number;
}

/** The hires a plan makes in one forecast year, in whole FTE. */
export interface PlannedHires {
  periodEnding: string;
  /** The year's offender managers hired, all months together. */
  offenderManagers: number;
  supervisors: number;
  /** The months with hires, in order; empty when the year has none. */
  months: PlannedMonthHires[];
}

export interface LeastCostPlan {
  /** One entry per forecast year, hires 0 where none are needed. */
  hires: PlannedHires[];
  /**
   * Years with month ends whose caseload target no hire can meet, because a new offender manager hired
   * in the first month a hire can start is still training then; the plan meets every other month end
   * after the first hire can start.
   */
  yearsBeyondReach: string[];
  /** The month ends beyond reach, by year: months of the year, 1 to 12, as in `PlannedMonthHires`. */
  monthsBeyondReach: { periodEnding: string; months: number[] }[];
  /** The date no hire may start before, YYYY-MM-DD, as asked; undefined when the plan may hire from the forecast's first month. */
  noHireBefore?: string;
  /**
   * How many of the forecast's month ends come before the first month a hire can start (the first month
   * starting on or after `noHireBefore`): 0 when hires can start in the forecast's first month.
   */
  monthEndsBeforeFirstHire: number;
  /** The first month a hire can start in: its forecast year and month of the year, 1 to 12, as in `PlannedMonthHires`. */
  firstHireMonth: { periodEnding: string; month: number };
  /**
   * The month ends before the first hire can start at which a target is breached, by year (months of the
   * year, 1 to 12): no hire can change them, so the plan neither meets them nor is refused for them.
   * Only years with such a breach.
   */
  breachesBeforeFirstHire: { periodEnding: string; caseloadMonths: number[]; supervisionMonths: number[] }[];
  /**
   * True when the search (`monthlyHiringSearch`, step 4) stopped at its cap before proving the plan the
   * cheapest of all plans: the plan meets every target, and no plan is cheaper by more than `possibleSaving`.
   */
  stoppedAtCap: boolean;
  /** The most any plan meeting the targets could cost less than this one, pounds over the forecast: 0 when proved the cheapest. */
  possibleSaving: number;
  /** The starting scenario with the plan's hires added: a scenario file the user can edit and compare. */
  scenario: StaffingScenario;
  /** The plan's scenario projected, year by year; every month end meets both targets but those beyond reach. */
  projection: ScenarioProjection;
}

/**
 * The least-cost hiring plan that keeps caseload per trained offender manager and offender managers
 * per supervisor within their targets at every month end of the forecast, at the caseload the
 * scenario plans for (point forecast, or an upper bound), the caseload between year ends on a straight
 * line (`monthEndCaseload`).
 *
 * **What is chosen.** A whole number of offender managers and of supervisors arriving at the start of
 * each month of the forecast, on top of the staff and hires the starting scenario already has. Its
 * training lag and attrition apply to them (`workforceMonthEnds`), and the cost is the five-year pay
 * bill (average FTE in post × cost per FTE). How: `monthlyHiringSearch`.
 *
 * **No hire before a date.** With `noHireBefore`, the plan hires only from the first month starting on
 * or after it (`firstHireMonth`). The month ends before that month starts are out of any hire's reach:
 * their breaches are reported (`breachesBeforeFirstHire`), not planned for, and the search is run on the
 * months from that month on (every figure it takes is per month end, so the later months are a problem
 * of the same form, and a hire's pay to the end of the forecast is the same counted from either start).
 *
 * @param start the scenario whose demand, training lag, attrition, standards and costs the plan keeps
 * @param upperBoundLevel plan for the upper bound of this interval level instead of the starting
 *   scenario's caseload; `undefined` keeps the scenario's own choice (the point forecast unless it says)
 * @param noHireBefore YYYY-MM-DD: no hire starts before this date; `undefined` lets hires start in the forecast's first month
 * @throws {RangeError} when no month of the forecast starts on or after `noHireBefore`
 */
export function leastCostPlan(baseline: Baseline, start: StaffingScenario, upperBoundLevel?: number, noHireBefore?: string): LeastCostPlan {
  const planned: StaffingScenario = {
    ...start,
    demand: { ...start.demand, ...(upperBoundLevel === undefined ? {} : { upperBoundLevel }) },
  };
  const yearEnds = scenarioDemand(baseline.forecast, planned.demand).map((year) => year.planned);
  const history = baseline.forecast.history.values;
  const { force } = scenarioRules(baseline.standards, baseline.force, planned);
  const workforce = scenarioWorkforce(baseline, planned);
  const horizon = yearEnds.length;
  const base = workforceMonthEnds(workforce, horizon);
  const periodEnding = baseline.forecast.futurePeriodEnding;
  // month ends 1 to `first` end before the first hire can start: the search works on the months after them
  const first = noHireBefore === undefined ? 0 : firstHireMonth(baseline.forecast.history.periodEnding[history.length - 1], noHireBefore);
  if (first >= 12 * horizon) {
    throw new RangeError(`no month of the forecast (to ${periodEnding[horizon - 1]}) starts on or after ${noHireBefore}, so the plan cannot hire`);
  }
  const fromFirstHire = base.slice(first);
  const search = monthlyHiringSearch({
    caseload: monthEndCaseload(history[history.length - 1], yearEnds).slice(first),
    baseTrainedOffenderManagers: fromFirstHire.map((monthEnd) => monthEnd.trainedOffenderManagers),
    baseOffenderManagersInPost: fromFirstHire.map((monthEnd) => monthEnd.offenderManagersInPost),
    baseSupervisorsInPost: fromFirstHire.map((monthEnd) => monthEnd.supervisorsInPost),
    maxCaseload: force.targets.maxCaseloadPerOffenderManager,
    maxSpan: force.targets.maxOffenderManagersPerSupervisor,
    trainingMonths: workforce.trainingMonths,
    offenderManagerMonthlyStaying: (1 - workforce.offenderManagerAttritionPerYear) ** (1 / 12),
    supervisorMonthlyStaying: (1 - workforce.supervisorAttritionPerYear) ** (1 / 12),
    offenderManagerCostPerFte: force.offenderManagers.costPerFte,
    supervisorCostPerFte: force.supervisors.costPerFte,
  });
  const noHire = new Array<number>(first).fill(0);
  const solution = {
    ...search,
    offenderManagers: [...noHire, ...search.offenderManagers],
    supervisors: [...noHire, ...search.supervisors],
    monthEndsBeyondReach: search.monthEndsBeyondReach.map((end) => end + first),
  };

  const hires = periodEnding.map((date, year): PlannedHires => {
    const months = Array.from({ length: 12 }, (_, month) => ({
      month: month + 1,
      offenderManagers: solution.offenderManagers[12 * year + month],
      supervisors: solution.supervisors[12 * year + month],
    })).filter((month) => month.offenderManagers > 0 || month.supervisors > 0);
    return {
      periodEnding: date,
      offenderManagers: months.reduce((total, month) => total + month.offenderManagers, 0),
      supervisors: months.reduce((total, month) => total + month.supervisors, 0),
      months,
    };
  });
  const monthsBeyondReach = periodEnding
    .map((date, year) => ({
      periodEnding: date,
      months: solution.monthEndsBeyondReach.filter((end) => Math.ceil(end / 12) === year + 1).map((end) => end - 12 * year),
    }))
    .filter((year) => year.months.length > 0);
  const scenario: StaffingScenario = {
    ...planned,
    workforce: {
      ...planned.workforce,
      hires: [
        ...(planned.workforce?.hires ?? []),
        ...hires.flatMap((year) =>
          year.months.map((month) => ({ yearEnding: yearOfPeriodEnding(year.periodEnding), month: month.month, offenderManagers: month.offenderManagers, supervisors: month.supervisors })),
        ),
      ],
    },
  };
  const projection = scenarioProjection(baseline, scenario);
  const beforeFirstHire = (year: number) => (month: number) => 12 * year + month <= first;
  projection.years.forEach((year, index) => {
    const excused = monthsBeyondReach.find((entry) => entry.periodEnding === year.periodEnding)?.months ?? [];
    const before = beforeFirstHire(index);
    if (
      year.monthsSupervisionTargetBreached.some((month) => !before(month)) ||
      year.monthsCaseloadTargetBreached.some((month) => !excused.includes(month) && !before(month))
    ) {
      throw new Error(`the least-cost plan misses a target in ${projection.years[index].periodEnding}`);
    }
  });
  const breachesBeforeFirstHire = projection.years
    .map((year, index) => ({
      periodEnding: year.periodEnding,
      caseloadMonths: year.monthsCaseloadTargetBreached.filter(beforeFirstHire(index)),
      supervisionMonths: year.monthsSupervisionTargetBreached.filter(beforeFirstHire(index)),
    }))
    .filter((year) => year.caseloadMonths.length + year.supervisionMonths.length > 0);
  return {
    hires,
    yearsBeyondReach: monthsBeyondReach.map((year) => year.periodEnding),
    monthsBeyondReach,
    ...(noHireBefore === undefined ? {} : { noHireBefore }),
    monthEndsBeforeFirstHire: first,
    firstHireMonth: { periodEnding: periodEnding[Math.floor(first / 12)], month: (first % 12) + 1 },
    breachesBeforeFirstHire,
    stoppedAtCap: solution.stoppedAtCap,
    possibleSaving: solution.stoppedAtCap ? solution.cost - solution.lowerBound : 0,
    scenario,
    projection,
  };
}
