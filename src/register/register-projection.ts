import { type CalendarDay, dateParts } from "../math/calendar-day.js";
import { poissonDraw, standardNormalDraw } from "../math/random-variates.js";
import { seededRandom } from "../math/seeded-random.js";
import { ageBand, ageBands } from "./age-band.js";
import type { ExitRate, UnforeseenReason } from "./exit-rates.js";
import { unforeseenReasons } from "./exit-rates.js";
import type { JoinerForecast } from "./joiner-forecast.js";
import type { JoinerProfile } from "./joiner-profiles.js";
import { monthEnd, monthOf, monthStart } from "./month-index.js";
import { exitDayAtAsOf } from "./register-history.js";
import { type LeftReason, type RegisterPerson, leftReasons, registerRiskLevels } from "./register-person.js";

/** The measures of the register projected at each month end, in the order of every output. */
export const projectedMeasures = ["community", "custody", "community_very_high", "community_high", "community_medium", "community_low", "community_unassessed"] as const;
export type ProjectedMeasure = (typeof projectedMeasures)[number];

/** The flows projected in each month, in the order of every output. */
export const projectedFlows = ["joiners", "releases", ...leftReasons.map((reason) => `leavers_${reason}` as const)] as const;
export type ProjectedFlow = (typeof projectedFlows)[number];

export interface RegisterProjectionInput {
  people: readonly RegisterPerson[];
  asOf: CalendarDay;
  horizonYears: number;
  paths: number;
  seed: number;
  rates: readonly ExitRate[];
  joiners: JoinerForecast;
  joinerProfiles: readonly JoinerProfile[];
}

/** Every path's counts: `values[measure][path × months + month]`, months from the first month end after the as-of date. */
export interface RegisterPaths {
  monthEndings: CalendarDay[];
  paths: number;
  measures: Record<ProjectedMeasure, Float64Array>;
  flows: Record<ProjectedFlow, Float64Array>;
  /** People on the register at the as-of date who are in custody with no expected release: kept in custody. */
  inCustodyWithoutRelease: number;
}

const never = 2 ** 31 - 1;

/**
 * Simulates the register month by month from the as-of date, `paths` times, from one seed.
 *
 * - People on the register at the as-of date leave on their notification end date (never, when
 *   indefinite) and come out of custody on their expected release date; someone in custody with no
 *   expected release stays in custody. Their risk level stays as it is.
 * - Each month, each person may also leave for a reason no date foretells, with the monthly
 *   probability learned for their age band (`exitRates`); such a leaver goes at the month end.
 * - Each month brings a Poisson number of joiners around a level drawn once a path from the joiner
 *   forecast (normal, mean `yearlyMean`, standard deviation `yearlyLevelDeviation`, not below 0), a
 *   twelfth of the year's a month (for a first month cut short by the as-of date, its share of the
 *   month's days). Each copies a recent joiner drawn at random (`JoinerProfile`): notification length,
 *   custody on joining and its length, risk level, age. They join on the month's first day (the day
 *   after the as-of date in a first month cut short).
 *
 * Counts use the month-end convention of `registerHistory`. The same seed gives the same paths.
 */
export function registerPaths(input: RegisterProjectionInput): RegisterPaths {
  const { asOf, horizonYears, paths, rates, joiners, joinerProfiles } = input;
  const months = horizonYears * 12;
  const firstMonth = monthEnd(monthOf(asOf)) === asOf ? monthOf(asOf) + 1 : monthOf(asOf);
  const monthEndings = Array.from({ length: months }, (_, index) => monthEnd(firstMonth + index));
  const random = seededRandom(input.seed);

  // the month (1..months) a day falls in, months + 1 beyond the horizon
  const monthNumber = (day: number): number => (day >= never ? months + 1 : Math.min(months + 1, Math.max(1, monthOf(day) - firstMonth + 1)));

  // survival curves by (birth year, indefinite): chance of no unforeseen exit to the end of each month
  const monthlyRates = ageBands.map((band) => unforeseenReasons.map((reason) => rates.find((rate) => rate.band === band && rate.reason === reason)?.monthlyProbability ?? 0));
  const monthYears = monthEndings.map((day) => dateParts(day).year);
  const curves = new Map<number, Float64Array>();
  const curveOf = (birthYear: number | null, indefinite: boolean): Float64Array => {
    const key = (birthYear ?? -1) * 2 + (indefinite ? 1 : 0);
    let curve = curves.get(key);
    if (curve === undefined) {
      curve = new Float64Array(months + 1);
      curve[0] = 1;
      for (let month = 1; month <= months; month++) {
        curve[month] = curve[month - 1] * (1 - Math.min(1, monthTotal(monthlyRates[ageBands.indexOf(ageBand(monthYears[month - 1], birthYear))], indefinite)));
      }
      curves.set(key, curve);
    }
    return curve;
  };
  const reasonAt = (birthYear: number | null, indefinite: boolean, month: number, draw: number): number => {
    const bandRates = monthlyRates[ageBands.indexOf(ageBand(monthYears[month - 1], birthYear))];
    let threshold = draw * monthTotal(bandRates, indefinite);
    for (let index = 0; index < unforeseenReasons.length; index++) {
      if (!indefinite && unforeseenReasons[index] === "removed_on_review") continue;
      threshold -= bandRates[index];
      if (threshold < 0) return leftReasons.indexOf(unforeseenReasons[index] as LeftReason);
    }
    return leftReasons.indexOf("other");
  };

  // the people on the register at the as-of date, as plain columns
  const present = input.people.filter((person) => person.registeredOn <= asOf && exitDayAtAsOf(person, asOf) === null);
  let inCustodyWithoutRelease = 0;
  const people = present.map((person) => {
    const inCustody = person.custodyFrom !== null && person.custodyUntil === null;
    if (inCustody && person.expectedRelease === null) inCustodyWithoutRelease += 1;
    return {
      knownExit: person.notificationEnds ?? never,
      release: inCustody ? (person.expectedRelease ?? never) : 0,
      level: registerRiskLevels.indexOf(person.riskLevel),
      curve: curveOf(person.birthYear, person.notificationEnds === null),
      birthYear: person.birthYear,
      indefinite: person.notificationEnds === null,
    };
  });

  const measures = Object.fromEntries(projectedMeasures.map((measure) => [measure, new Float64Array(paths * months)])) as Record<ProjectedMeasure, Float64Array>;
  const flows = Object.fromEntries(projectedFlows.map((flow) => [flow, new Float64Array(paths * months)])) as Record<ProjectedFlow, Float64Array>;
  const custodyChange = new Float64Array(months + 2);
  const communityChange = registerRiskLevels.map(() => new Float64Array(months + 2));
  const releases = new Float64Array(months + 2);
  const leavers = leftReasons.map(() => new Float64Array(months + 2));
  const joinersByMonth = new Float64Array(months + 2);
  const firstMonthShare = monthEnd(monthOf(asOf)) === asOf ? 1 : (monthEndings[0] - asOf) / (monthEndings[0] - monthStart(firstMonth) + 1);

  // one person's path from `startMonth`, joining on `startDay`
  const follow = (startMonth: number, startDay: number, knownExit: number, release: number, level: number, curve: Float64Array, birthYear: number | null, indefinite: boolean): void => {
    // an unforeseen exit in the first month whose survival falls below the draw
    const threshold = random() * curve[startMonth - 1];
    let exitMonth = months + 1;
    let exitDay = never;
    let reason = 0;
    if (curve[months] < threshold) {
      let low = startMonth;
      let high = months;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (curve[middle] < threshold) high = middle;
        else low = middle + 1;
      }
      exitMonth = low;
      exitDay = monthEndings[low - 1];
    }
    if (knownExit <= exitDay) {
      exitDay = knownExit;
      exitMonth = monthNumber(knownExit);
      reason = 0; // period_ended
    } else {
      reason = reasonAt(birthYear, indefinite, exitMonth, random());
    }
    const releaseMonth = release <= startDay ? startMonth : monthNumber(release);
    const custodyUntil = Math.min(releaseMonth, exitMonth);
    if (custodyUntil > startMonth) {
      custodyChange[startMonth] += 1;
      custodyChange[custodyUntil] -= 1;
    }
    const communityFrom = Math.max(startMonth, releaseMonth);
    if (communityFrom < exitMonth) {
      communityChange[level][communityFrom] += 1;
      communityChange[level][exitMonth] -= 1;
    }
    if (release > startDay && release < exitDay && releaseMonth <= months) releases[releaseMonth] += 1;
    if (exitMonth <= months) leavers[reason][exitMonth] += 1;
  };

  for (let path = 0; path < paths; path++) {
    custodyChange.fill(0);
    communityChange.forEach((change) => change.fill(0));
    releases.fill(0);
    leavers.forEach((count) => count.fill(0));
    joinersByMonth.fill(0);

    for (const person of people) {
      follow(1, asOf, person.knownExit, person.release, person.level, person.curve, person.birthYear, person.indefinite);
    }

    if (joinerProfiles.length > 0) {
      const levelDraw = standardNormalDraw(random);
      for (let month = 1; month <= months; month++) {
        const year = Math.floor((month - 1) / 12);
        const yearly = Math.max(0, joiners.yearlyMean[year] + levelDraw * joiners.yearlyLevelDeviation[year]);
        const count = poissonDraw((yearly / 12) * (month === 1 ? firstMonthShare : 1), random);
        joinersByMonth[month] = count;
        const startDay = month === 1 && firstMonthShare < 1 ? asOf + 1 : monthStart(firstMonth + month - 1);
        const startYear = monthYears[month - 1];
        for (let joiner = 0; joiner < count; joiner++) {
          const profile = joinerProfiles[Math.floor(random() * joinerProfiles.length)];
          const indefinite = profile.notificationDays === null;
          const birthYear = profile.ageOnJoining === null ? null : startYear - profile.ageOnJoining;
          const release = profile.inCustodyOnJoining ? (profile.custodyDays === null ? never : startDay + Math.max(1, profile.custodyDays)) : 0;
          follow(month, startDay, indefinite ? never : startDay + profile.notificationDays!, release, registerRiskLevels.indexOf(profile.riskLevel), curveOf(birthYear, indefinite), birthYear, indefinite);
        }
      }
    }

    let custody = 0;
    const community = registerRiskLevels.map(() => 0);
    const offset = path * months;
    for (let month = 1; month <= months; month++) {
      custody += custodyChange[month];
      let total = 0;
      for (let level = 0; level < community.length; level++) {
        community[level] += communityChange[level][month];
        total += community[level];
      }
      const at = offset + month - 1;
      measures.community[at] = total;
      measures.custody[at] = custody;
      measures.community_very_high[at] = community[0];
      measures.community_high[at] = community[1];
      measures.community_medium[at] = community[2];
      measures.community_low[at] = community[3];
      measures.community_unassessed[at] = community[4];
      flows.joiners[at] = joinersByMonth[month];
      flows.releases[at] = releases[month];
      leftReasons.forEach((reason, index) => {
        flows[`leavers_${reason}`][at] = leavers[index][month];
      });
    }
  }
  return { monthEndings, paths, measures, flows, inCustodyWithoutRelease };
}

/** The chance of any unforeseen exit in a month, removal on review only for an indefinite registration. */
function monthTotal(bandRates: readonly number[], indefinite: boolean): number {
  let total = 0;
  unforeseenReasons.forEach((reason: UnforeseenReason, index) => {
    if (indefinite || reason !== "removed_on_review") total += bandRates[index];
  });
  return total;
}
