import type { StaffingScenario } from "../inputs/staffing-scenario.js";
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
   * at the start of the forecast is still training then; the plan meets every other month end.
   */
  yearsBeyondReach: string[];
  /** The month ends beyond reach, by year: months of the year, 1 to 12, as in `PlannedMonthHires`. */
  monthsBeyondReach: { periodEnding: string; months: number[] }[];
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
 * @param start the scenario whose demand, training lag, attrition, standards and costs the plan keeps
 * @param upperBoundLevel plan for the upper bound of this interval level instead of the starting
 *   scenario's caseload; `undefined` keeps the scenario's own choice (the point forecast unless it says)
 */
export function leastCostPlan(baseline: Baseline, start: StaffingScenario, upperBoundLevel?: number): LeastCostPlan {
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
  const solution = monthlyHiringSearch({
    caseload: monthEndCaseload(history[history.length - 1], yearEnds),
    baseTrainedOffenderManagers: base.map((monthEnd) => monthEnd.trainedOffenderManagers),
    baseOffenderManagersInPost: base.map((monthEnd) => monthEnd.offenderManagersInPost),
    baseSupervisorsInPost: base.map((monthEnd) => monthEnd.supervisorsInPost),
    maxCaseload: force.targets.maxCaseloadPerOffenderManager,
    maxSpan: force.targets.maxOffenderManagersPerSupervisor,
    trainingMonths: workforce.trainingMonths,
    offenderManagerMonthlyStaying: (1 - workforce.offenderManagerAttritionPerYear) ** (1 / 12),
    supervisorMonthlyStaying: (1 - workforce.supervisorAttritionPerYear) ** (1 / 12),
    offenderManagerCostPerFte: force.offenderManagers.costPerFte,
    supervisorCostPerFte: force.supervisors.costPerFte,
  });

  const periodEnding = baseline.forecast.futurePeriodEnding;
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
  projection.years.forEach((year, index) => {
    const excused = monthsBeyondReach.find((entry) => entry.periodEnding === year.periodEnding)?.months ?? [];
    if (year.monthsSupervisionTargetBreached.length > 0 || year.monthsCaseloadTargetBreached.some((month) => !excused.includes(month))) {
      throw new Error(`the least-cost plan misses a target in ${projection.years[index].periodEnding}`);
    }
  });
  return {
    hires,
    yearsBeyondReach: monthsBeyondReach.map((year) => year.periodEnding),
    monthsBeyondReach,
    stoppedAtCap: solution.stoppedAtCap,
    possibleSaving: solution.stoppedAtCap ? solution.cost - solution.lowerBound : 0,
    scenario,
    projection,
  };
}
