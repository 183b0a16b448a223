import type { StaffingScenario } from "../inputs/staffing-scenario.js";
import type { ForceValues, WorkloadStandardValues } from "../workload/staffing-rules.js";

/** The staffing model's rules under a scenario. */
export interface ScenarioRules {
  standards: WorkloadStandardValues;
  force: ForceValues;
}

/**
 * The workload standards and force values with a scenario's changes made: each standard the scenario
 * names replaces the baseline's value at the same path; the costs a year of one FTE and the abstraction
 * share replace the profile's. Everything else, targets included, is the baseline's. The baseline
 * values are not changed.
 *
 * @throws {RangeError} if the new abstraction share leaves no time for casework (the command refuses
 *   such a file first, naming its JSON path)
 */
export function scenarioRules(standards: WorkloadStandardValues, force: ForceValues, scenario: Pick<StaffingScenario, "workloadStandards" | "costs" | "workforce">): ScenarioRules {
  const workingTime = { ...force.workingTime, abstractionShare: scenario.workforce?.abstractionShare ?? force.workingTime.abstractionShare };
  const shareAway = workingTime.leaveShare + workingTime.trainingShare + workingTime.sicknessShare + workingTime.abstractionShare;
  if (shareAway >= 1) throw new RangeError(`leave, training, sickness and abstraction add up to ${shareAway}, leaving no time for casework`);
  return {
    standards: replaceValues(standards, scenario.workloadStandards),
    force: {
      ...force,
      workingTime,
      offenderManagers: { ...force.offenderManagers, costPerFte: scenario.costs?.offenderManagerCostPerFte ?? force.offenderManagers.costPerFte },
      supervisors: { ...force.supervisors, costPerFte: scenario.costs?.supervisorCostPerFte ?? force.supervisors.costPerFte },
    },
  };
}

/** A copy of `base` with each number that `changes` gives at the same path put in its place. */
function replaceValues<T>(base: T, changes: unknown): T {
  if (changes === undefined || changes === null || typeof changes !== "object") return base;
  const copy = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    copy[key] = typeof value === "number" ? value : replaceValues(copy[key], value);
  }
  return copy as T;
}
