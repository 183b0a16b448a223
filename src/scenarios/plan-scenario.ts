import type { StaffingScenario } from "../inputs/staffing-scenario.js";
import type { LeastCostPlan } from "./least-cost-plan.js";

/** Where a plan started from and what it planned for, to say so in its scenario file. */
export interface PlanBasis {
  /** The starting scenario and the path of its file; undefined for the force profile with no changes. */
  from?: { name: string; file: string };
  /** The interval level whose upper bound the plan is for; undefined for the point forecast. */
  confidence?: number;
  /** The path of the force profile relative to the folder the scenario file is written into. */
  forceProfile: string;
  /** The date no hire is planned before (YYYY-MM-DD) and why, as the end of a sentence. */
  noHireBefore?: { date: string; reason: string };
}

/**
 * The least-cost plan as a scenario file for the user to edit and compare: the starting scenario's
 * demand, workforce, standards and cost changes with the plan's hires added, a description of how it
 * was found, and the force profile named relative to the folder it is written into. Empty changes are
 * left out.
 */
export function planScenario(result: LeastCostPlan, basis: PlanBasis): StaffingScenario {
  const planningFor = basis.confidence === undefined ? "the point forecast" : `the upper bound of the ${basis.confidence}% prediction interval`;
  const from = basis.from === undefined ? "the force profile with no other changes" : `the scenario "${basis.from.name}" (${basis.from.file})`;
  const { demand, workforce, workloadStandards, costs } = result.scenario;
  const noHireBefore = basis.noHireBefore === undefined ? "" : `No hire before ${basis.noHireBefore.date}: ${basis.noHireBefore.reason}. `;
  return {
    name: "Least-cost hiring plan",
    description:
      `Found by mosovo plan from ${from}, planning for ${planningFor}: whole hires at the start of any month that keep ` +
      "caseload per trained offender manager and offender managers per supervisor within the profile's targets at every month end " +
      "(the caseload between year ends on a straight line), at the least pay bill the search finds. A hire's month 1 is the first month " +
      `of its forecast year: April for years ending 31 March. ${noHireBefore}Edit the hires and run mosovo compare to see the effect.`,
    forceProfile: basis.forceProfile,
    ...(demand === undefined || isEmpty(demand) ? {} : { demand }),
    ...(workforce === undefined || isEmpty(workforce) ? {} : { workforce }),
    ...(workloadStandards === undefined || isEmpty(workloadStandards) ? {} : { workloadStandards }),
    ...(costs === undefined || isEmpty(costs) ? {} : { costs }),
  };
}

function isEmpty(value: object): boolean {
  return Object.values(value).every((entry) => entry === undefined);
}
