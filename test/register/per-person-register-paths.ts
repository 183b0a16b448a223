import { dateParts } from "../../src/math/calendar-day.js";
import { poissonDraw, standardNormalDraw } from "../../src/math/random-variates.js";
import { seededRandom } from "../../src/math/seeded-random.js";
import { ageBand, ageBands } from "../../src/register/age-band.js";
import type { UnforeseenReason } from "../../src/register/exit-rates.js";
import { unforeseenReasons } from "../../src/register/exit-rates.js";
import { monthEnd, monthOf, monthStart } from "../../src/register/month-index.js";
import { exitDayAtAsOf } from "../../src/register/register-history.js";
import { type LeftReason, leftReasons, registerRiskLevels } from "../../src/register/register-person.js";
import { type ProjectedFlow, type ProjectedMeasure, type RegisterPaths, type RegisterProjectionInput, projectedFlows, projectedMeasures } from "../../src/register/register-projection.js";

const never = 2 ** 31 - 1;

/**
 * The register simulation as it first drew its paths, one person at a time: each person on the register
 * draws a uniform number every path for the month of an unforeseen exit, each joiner a profile, a month
 * of unforeseen exit and a reason. Kept here only as the reference the grouped draws of `registerPaths`
 * are compared with in distribution (mean and spread of every measure and month).
 */
export function perPersonRegisterPaths(input: RegisterProjectionInput): RegisterPaths {
  const { asOf, horizonYears, paths, rates, joiners, joinerProfiles } = input;
  const months = horizonYears * 12;
  const firstMonth = monthEnd(monthOf(asOf)) === asOf ? monthOf(asOf) + 1 : monthOf(asOf);
  const monthEndings = Array.from({ length: months }, (_, index) => monthEnd(firstMonth + index));
  const random = seededRandom(input.seed);

  // the month (1..months) a day falls in, months + 1 beyond the horizon: a table from the as-of date on
  const lastDay = monthEndings[months - 1];
  const monthOfDay = new Int32Array(lastDay - asOf + 1);
  for (let day = asOf, month = 1; day <= lastDay; day++) {
    if (day > monthEndings[month - 1]) month += 1;
    monthOfDay[day - asOf] = month;
  }
  const monthNumber = (day: number): number => (day > lastDay ? months + 1 : day <= asOf ? 1 : monthOfDay[day - asOf]);

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
  const bandIndex = new Map<string, number>(ageBands.map((band, index) => [band, index]));
  const reasonAt = (birthYear: number | null, indefinite: boolean, month: number, draw: number): number => {
    const bandRates = monthlyRates[bandIndex.get(ageBand(monthYears[month - 1], birthYear))!];
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
    const knownExit = person.notificationEnds ?? never;
    const release = inCustody ? (person.expectedRelease ?? never) : 0;
    return {
      knownExit,
      knownExitMonth: monthNumber(knownExit),
      release,
      releaseMonth: release === 0 ? 1 : monthNumber(release),
      level: registerRiskLevels.indexOf(person.riskLevel),
      curve: curveOf(person.birthYear, person.notificationEnds === null),
      birthYear: person.birthYear,
      indefinite: person.notificationEnds === null,
    };
  });

  const measures = Object.fromEntries(projectedMeasures.map((measure) => [measure, new Float64Array(paths * months)])) as Record<ProjectedMeasure, Float64Array>;
  const flows = Object.fromEntries(projectedFlows.map((flow) => [flow, new Float64Array(paths * months)])) as Record<ProjectedFlow, Float64Array>;
  // changes by month (1..months + 1): custody, community by level, then releases and leavers by reason
  const levels = registerRiskLevels.length;
  const width = months + 2;
  const custodyRow = 0;
  const communityRow = (level: number) => 1 + level;
  const releasesRow = 1 + levels;
  const leaversRow = (reason: number) => 2 + levels + reason;
  const rowCount = 2 + levels + leftReasons.length;
  const baseline = new Float64Array(rowCount * width);
  const changes = new Float64Array(rowCount * width);
  const joinersByMonth = new Float64Array(width);
  const firstMonthShare = monthEnd(monthOf(asOf)) === asOf ? 1 : (monthEndings[0] - asOf) / (monthEndings[0] - monthStart(firstMonth) + 1);

  // adds (sign +1) or takes away (−1) one person's path: on the register from startMonth to exitMonth,
  // in custody until releaseMonth; a release counts if it comes before the exit
  const contribute = (target: Float64Array, sign: number, startMonth: number, startDay: number, exitDay: number, exitMonth: number, reason: number, release: number, releaseMonth: number, level: number): void => {
    const custodyUntil = releaseMonth < exitMonth ? releaseMonth : exitMonth;
    if (custodyUntil > startMonth) {
      target[custodyRow * width + startMonth] += sign;
      target[custodyRow * width + custodyUntil] -= sign;
    }
    const communityFrom = releaseMonth > startMonth ? releaseMonth : startMonth;
    if (communityFrom < exitMonth) {
      target[communityRow(level) * width + communityFrom] += sign;
      target[communityRow(level) * width + exitMonth] -= sign;
    }
    if (release > startDay && release < exitDay && releaseMonth <= months) target[releasesRow * width + releaseMonth] += sign;
    if (exitMonth <= months) target[leaversRow(reason) * width + exitMonth] += sign;
  };

  // the month of an unforeseen exit for a draw, on a survival curve from startMonth; months + 1 for none
  const unforeseenExitMonth = (curve: Float64Array, startMonth: number, draw: number): number => {
    const threshold = draw * curve[startMonth - 1];
    if (!(curve[months] < threshold)) return months + 1;
    let low = startMonth;
    let high = months;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (curve[middle] < threshold) high = middle;
      else low = middle + 1;
    }
    return low;
  };

  // the joiner profiles as plain columns, and their survival curves by profile and year of joining
  const profileIndefinite = Uint8Array.from(joinerProfiles, (profile) => (profile.notificationDays === null ? 1 : 0));
  const profileInCustody = Uint8Array.from(joinerProfiles, (profile) => (profile.inCustodyOnJoining ? 1 : 0));
  const profileCustodyDays = Float64Array.from(joinerProfiles, (profile) => profile.custodyDays ?? -1);
  const profileNotificationDays = Float64Array.from(joinerProfiles, (profile) => profile.notificationDays ?? 0);
  const profileLevel = Uint8Array.from(joinerProfiles, (profile) => registerRiskLevels.indexOf(profile.riskLevel));
  const joinerCurves: (Float64Array | undefined)[] = new Array(joinerProfiles.length * (horizonYears + 2));

  // everyone present as if only the known dates took them off: the same on every path
  for (const person of people) {
    contribute(baseline, 1, 1, asOf, person.knownExit, person.knownExitMonth, 0, person.release, person.releaseMonth, person.level);
  }

  for (let path = 0; path < paths; path++) {
    changes.set(baseline);
    joinersByMonth.fill(0);

    // those an unforeseen exit takes off before their known date: their known path out, the new one in
    for (const person of people) {
      const exitMonth = unforeseenExitMonth(person.curve, 1, random());
      if (exitMonth > months) continue;
      const exitDay = monthEndings[exitMonth - 1];
      if (person.knownExit <= exitDay) continue;
      contribute(changes, -1, 1, asOf, person.knownExit, person.knownExitMonth, 0, person.release, person.releaseMonth, person.level);
      contribute(changes, 1, 1, asOf, exitDay, exitMonth, reasonAt(person.birthYear, person.indefinite, exitMonth, random()), person.release, person.releaseMonth, person.level);
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
          const index = Math.floor(random() * joinerProfiles.length);
          const indefinite = profileIndefinite[index] === 1;
          const release = profileInCustody[index] === 1 ? (profileCustodyDays[index] < 0 ? never : startDay + Math.max(1, profileCustodyDays[index])) : 0;
          const releaseMonth = release <= startDay ? month : monthNumber(release);
          const knownExit = indefinite ? never : startDay + profileNotificationDays[index];
          const curveKey = index * (horizonYears + 2) + (startYear - monthYears[0]);
          let curve = joinerCurves[curveKey];
          if (curve === undefined) {
            const age = joinerProfiles[index].ageOnJoining;
            curve = joinerCurves[curveKey] = curveOf(age === null ? null : startYear - age, indefinite);
          }
          const unforeseenMonth = unforeseenExitMonth(curve, month, random());
          const unforeseenDay = unforeseenMonth > months ? never : monthEndings[unforeseenMonth - 1];
          if (knownExit <= unforeseenDay) {
            contribute(changes, 1, month, startDay, knownExit, monthNumber(knownExit), 0, release, releaseMonth, profileLevel[index]);
          } else {
            const age = joinerProfiles[index].ageOnJoining;
            contribute(changes, 1, month, startDay, unforeseenDay, unforeseenMonth, reasonAt(age === null ? null : startYear - age, indefinite, unforeseenMonth, random()), release, releaseMonth, profileLevel[index]);
          }
        }
      }
    }

    let custody = 0;
    const community = registerRiskLevels.map(() => 0);
    const offset = path * months;
    for (let month = 1; month <= months; month++) {
      custody += changes[custodyRow * width + month];
      let total = 0;
      for (let level = 0; level < levels; level++) {
        community[level] += changes[communityRow(level) * width + month];
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
      flows.releases[at] = changes[releasesRow * width + month];
      leftReasons.forEach((reason, index) => {
        flows[`leavers_${reason}`][at] = changes[leaversRow(index) * width + month];
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
