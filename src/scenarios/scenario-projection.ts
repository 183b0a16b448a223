import type { CaseloadForecast } from "../forecast/caseload-forecast.js";
import type { StaffingScenario } from "../inputs/staffing-scenario.js";
import { flowsForYears, type RegisterFlows } from "../workload/register-flows.js";
import { forceInYear } from "../workload/force-in-year.js";
import type { ForceValues, WorkloadStandardValues } from "../workload/staffing-rules.js";
import { staffingNeed, type StaffingNeed } from "../workload/staffing-need.js";
import { breachProbability } from "./breach-probability.js";
import { demandShockJoiners } from "./demand-shock.js";
import { monthEndCaseload } from "./month-end-caseload.js";
import { scenarioDemand, type DemandYear } from "./scenario-demand.js";
import { scenarioRules, type ScenarioRules } from "./scenario-rules.js";
import { withinTarget } from "./within-target.js";
import { workforceMonthEnds, workforceProjection, type WorkforceAssumptions, type WorkforceYear } from "./workforce-projection.js";
import { yearOfPeriodEnding } from "./year-of-period-ending.js";

/** What every scenario starts from: the baseline forecast and the force's rules as their files give them. */
export interface Baseline {
  /** Made with every method the history allows and the 80% interval among its levels. */
  forecast: CaseloadForecast;
  standards: WorkloadStandardValues;
  force: ForceValues;
  /**
   * A register projection's joiners and releases by year, one entry for each forecast year: with them
   * (and the standards' `oneOffWork`) every scenario counts each year's one-off work as the staffing
   * section does. Without them no one-off work is counted.
   */
  flows?: RegisterFlows;
}

/** One forecast year under a scenario. */
export interface ScenarioYear {
  periodEnding: string;
  demand: DemandYear;
  workforce: WorkforceYear;
  /**
   * `staffingNeed` at the planned caseload, with the year-end trained offender managers as those in
   * post (a trainee carries no caseload) and the year-end supervisors.
   */
  staffing: StaffingNeed;
  /** Planned caseload ÷ year-end trained offender managers; null with none. */
  caseloadPerOffenderManager: number | null;
  /** Year-end offender managers in post, trainees included (a supervisor manages them too) ÷ supervisors; null with none. */
  offenderManagersPerSupervisor: number | null;
  /** Workload hours ÷ hours of the trained offender managers × 100, as `staffingNeed` gives it. */
  capacityPercent: number | null;
  /** `breachProbability` for the year end: the chance the caseload per offender manager is over its target. */
  probabilityCaseloadTargetBreached: number;
  /** Pay bill of the year: average FTE in post × cost per FTE, offender managers and supervisors, pounds. */
  cost: number;
  /**
   * The months of the year (1 to 12; 1 is the year's first month, April for a year ending 31 March) at
   * whose end the planned caseload (`monthEndCaseload`) per trained offender manager is over target.
   */
  monthsCaseloadTargetBreached: number[];
  /** The months of the year at whose end offender managers in post per supervisor are over target. */
  monthsSupervisionTargetBreached: number[];
  /** No month end of the year breaches the caseload target, the year end included. */
  caseloadTargetMet: boolean;
  /** No month end of the year breaches the supervision target, the year end included. */
  supervisionTargetMet: boolean;
}

export interface ScenarioProjection {
  name: string;
  rules: ScenarioRules;
  years: ScenarioYear[];
}

/**
 * A scenario applied to the baseline, year by year:
 *
 * 1. the caseload: `scenarioDemand` (method or growth rate, shocks, point or upper bound);
 * 2. the rules: `scenarioRules` (standards, costs and abstraction changed);
 * 3. the staff: `workforceProjection` from the profile's staff in post, with the scenario's hires,
 *    training lag and attrition;
 * 4. the staffing figures: `staffingNeed` on the planned caseload and the year-end staff, with the
 *    baseline's flows where it has them: the year's joiners and releases, the joiners raised by the
 *    people the scenario's shocks bring onto the register that year (`demandShockJoiners`); with the year's own risk mix and custody where the caseload is the register
 *    projection's (`forceInYear`);
 * 5. the targets: caseload per trained offender manager at most `maxCaseloadPerOffenderManager`, and
 *    offender managers in post per supervisor at most `maxOffenderManagersPerSupervisor`, both at
 *    every month end (`withinTarget`), the caseload between year ends on a straight line
 *    (`monthEndCaseload`) and the staff month by month (`workforceMonthEnds`).
 *
 * A scenario that changes nothing gives exactly the baseline's staffing figures at the point forecast.
 *
 * @throws {RangeError} for a hire in a year the forecast does not have, a method it did not fit, or
 *   flows that do not give one entry for each forecast year
 */
export function scenarioProjection(baseline: Baseline, scenario: StaffingScenario): ScenarioProjection {
  const demand = scenarioDemand(baseline.forecast, scenario.demand);
  const rules = scenarioRules(baseline.standards, baseline.force, scenario);
  const assumptions = scenarioWorkforce(baseline, scenario);
  const flows = baseline.flows === undefined ? undefined : scenarioFlows(baseline.forecast.futurePeriodEnding, baseline.flows, scenario);
  const workforce = workforceProjection(assumptions, demand.length);
  const { targets } = rules.force;
  const history = baseline.forecast.history.values;
  const caseloadAtMonthEnd = monthEndCaseload(history[history.length - 1], demand.map((year) => year.planned));
  const staffAtMonthEnd = workforceMonthEnds(assumptions, demand.length);
  const monthsBreached = (year: number, breached: (monthEnd: number) => boolean) =>
    Array.from({ length: 12 }, (_, month) => month + 1).filter((month) => breached(12 * year + month - 1));

  const years = demand.map((year, index): ScenarioYear => {
    const staff = workforce[index];
    const monthsCaseloadTargetBreached = monthsBreached(
      index,
      (end) => !withinTarget(caseloadAtMonthEnd[end], staffAtMonthEnd[end].trainedOffenderManagers, targets.maxCaseloadPerOffenderManager),
    );
    const monthsSupervisionTargetBreached = monthsBreached(
      index,
      (end) => !withinTarget(staffAtMonthEnd[end].offenderManagersInPost, staffAtMonthEnd[end].supervisorsInPost, targets.maxOffenderManagersPerSupervisor),
    );
    const yearForce = forceInYear(rules.force, baseline.forecast.register?.years[index]);
    const staffing = staffingNeed(
      {
        registeredSexOffenders: year.planned,
        peopleInCustody: yearForce.peopleInCustody,
        offenderManagersInPost: staff.trainedOffenderManagers,
        supervisorsInPost: staff.supervisorsInPost,
        ...(flows ? { flows: flows[index] } : {}),
      },
      rules.standards,
      yearForce,
    );
    return {
      periodEnding: year.periodEnding,
      demand: year,
      workforce: staff,
      staffing,
      caseloadPerOffenderManager: staffing.caseloadPerOffenderManager,
      offenderManagersPerSupervisor: staff.supervisorsInPost > 0 ? staff.offenderManagersInPost / staff.supervisorsInPost : null,
      capacityPercent: staffing.capacityPercent,
      probabilityCaseloadTargetBreached: breachProbability(year.distribution, staff.trainedOffenderManagers, targets.maxCaseloadPerOffenderManager),
      cost: staff.averageOffenderManagersInPost * rules.force.offenderManagers.costPerFte + staff.averageSupervisorsInPost * rules.force.supervisors.costPerFte,
      monthsCaseloadTargetBreached,
      monthsSupervisionTargetBreached,
      caseloadTargetMet: monthsCaseloadTargetBreached.length === 0,
      supervisionTargetMet: monthsSupervisionTargetBreached.length === 0,
    };
  });
  return { name: scenario.name, rules, years };
}

/** Each forecast year's joiners and releases: the register projection's, plus the joiners the scenario's shocks bring. */
function scenarioFlows(periodEnding: readonly string[], flows: RegisterFlows, scenario: StaffingScenario): { joiners: number; releases: number }[] {
  const shockJoiners = demandShockJoiners(scenario.demand?.shocks ?? [], periodEnding.map(yearOfPeriodEnding));
  return flowsForYears(periodEnding, flows).map((year, index) => ({ joiners: year.joiners + shockJoiners[index], releases: year.releases }));
}

/**
 * The workforce assumptions of a scenario: the profile's staff in post at the start, and the scenario's
 * hires placed by month. A hire in year ending Y, month m (1 to 12, by default 1; 1 is the year's first
 * month, April for years ending 31 March) arrives at month 12 × (index of Y among the forecast's
 * years) + m − 1. Training months default to the profile's `offenderManagers.trainingMonths` (0 if it
 * has none); attrition defaults to 0.
 */
export function scenarioWorkforce(baseline: Baseline, scenario: Pick<StaffingScenario, "workforce">): WorkforceAssumptions {
  const yearEndings = baseline.forecast.futurePeriodEnding.map(yearOfPeriodEnding);
  const workforce = scenario.workforce ?? {};
  return {
    offenderManagersAtStart: baseline.force.offenderManagers.inPost,
    supervisorsAtStart: baseline.force.supervisors.inPost,
    hires: (workforce.hires ?? []).map((hire) => {
      const yearIndex = yearEndings.indexOf(hire.yearEnding);
      if (yearIndex < 0) throw new RangeError(`a hire in ${hire.yearEnding}, outside the forecast's years ${yearEndings.join(", ")}`);
      return { monthIndex: 12 * yearIndex + (hire.month ?? 1) - 1, offenderManagers: hire.offenderManagers ?? 0, supervisors: hire.supervisors ?? 0 };
    }),
    trainingMonths: workforce.trainingMonths ?? baseline.force.offenderManagers.trainingMonths ?? 0,
    offenderManagerAttritionPerYear: workforce.offenderManagerAttritionPerYear ?? 0,
    supervisorAttritionPerYear: workforce.supervisorAttritionPerYear ?? 0,
  };
}
