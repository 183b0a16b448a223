import type { CalendarDay } from "../math/calendar-day.js";
import { type ExitRate, exitRates } from "./exit-rates.js";
import { type JoinerForecast, joinerForecast } from "./joiner-forecast.js";
import { type JoinerProfile, recentJoinerProfiles } from "./joiner-profiles.js";
import { type PathSummary, pathSummaries } from "./path-summary.js";
import { type RegisterHistory, registerHistory } from "./register-history.js";
import type { RegisterPerson } from "./register-person.js";
import { type ProjectedFlow, type ProjectedMeasure, projectedFlows, projectedMeasures, registerPaths } from "./register-projection.js";

export interface RegisterProjectionOptions {
  asOf: CalendarDay;
  completeFrom?: CalendarDay;
  horizonYears: number;
  paths: number;
  seed: number;
  /** Interval levels in per cent, ascending. */
  levels: readonly number[];
}

/** The register's history and its projection, summarised over the simulated paths. */
export interface RegisterProjection {
  history: RegisterHistory;
  rates: ExitRate[];
  joiners: JoinerForecast;
  joinerProfiles: JoinerProfile[];
  monthEndings: CalendarDay[];
  levels: readonly number[];
  paths: number;
  measures: Record<ProjectedMeasure, PathSummary[]>;
  flows: Record<ProjectedFlow, PathSummary[]>;
  /** People on the register at the as-of date. */
  onRegisterAtAsOf: number;
  inCustodyWithoutRelease: number;
}

/**
 * The whole register model: reconstructs the history (`registerHistory`), learns the rates of
 * unforeseen exits (`exitRates`) and the joiners to expect (`joinerForecast`, `recentJoinerProfiles`),
 * simulates the paths (`registerPaths`) and summarises each month's spread (`pathSummaries`).
 */
export function projectRegister(people: readonly RegisterPerson[], options: RegisterProjectionOptions): RegisterProjection {
  const { asOf, horizonYears, paths, seed, levels } = options;
  const history = registerHistory(people, { asOf, ...(options.completeFrom === undefined ? {} : { completeFrom: options.completeFrom }) });
  const rates = exitRates(people, history, asOf);
  const joiners = joinerForecast(history, horizonYears);
  const joinerProfiles = recentJoinerProfiles(people, { asOf, completeFrom: history.completeFrom });
  const simulated = registerPaths({ people, asOf, horizonYears, paths, seed, rates, joiners, joinerProfiles });
  const months = simulated.monthEndings.length;
  const summarise = (values: Float64Array) => pathSummaries(values, paths, months, levels);
  return {
    history,
    rates,
    joiners,
    joinerProfiles,
    monthEndings: simulated.monthEndings,
    levels,
    paths,
    measures: Object.fromEntries(projectedMeasures.map((measure) => [measure, summarise(simulated.measures[measure])])) as Record<ProjectedMeasure, PathSummary[]>,
    flows: Object.fromEntries(projectedFlows.map((flow) => [flow, summarise(simulated.flows[flow])])) as Record<ProjectedFlow, PathSummary[]>,
    onRegisterAtAsOf: simulated.measures.community.length === 0 ? 0 : countOnRegister(people, asOf),
    inCustodyWithoutRelease: simulated.inCustodyWithoutRelease,
  };
}

function countOnRegister(people: readonly RegisterPerson[], asOf: CalendarDay): number {
  return people.filter((person) => person.registeredOn <= asOf && (person.leftOn ?? person.notificationEnds ?? Infinity) > asOf).length;
}
