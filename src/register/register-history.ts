import type { CalendarDay } from "../math/calendar-day.js";
import { type MonthIndex, monthEnd, monthOf, monthStart } from "./month-index.js";
import { type LeftReason, type RegisterPerson, type RegisterRiskLevel, leftReasons, registerRiskLevels } from "./register-person.js";

/** The register at one month end, and what flowed in and out during the month. */
export interface RegisterMonth {
  /** The month's last day: counts are taken at the end of it. */
  monthEnding: CalendarDay;
  /** On the register and not in custody at the month end. */
  community: number;
  /** On the register and in custody at the month end. */
  custody: number;
  /** Community by latest risk level; the five add up to `community`. */
  communityByRiskLevel: Record<RegisterRiskLevel, number>;
  /** People whose registration in this force area began in the month. */
  joiners: number;
  /** People on the register released from custody in the month. */
  releases: number;
  /** People who left the register in the month, by reason. */
  leaversByReason: Record<LeftReason, number>;
}

/** The force's register reconstructed month by month from its extract. */
export interface RegisterHistory {
  /** First day from which the extract holds everyone who left: counts and flows start with the first whole month from it. */
  completeFrom: CalendarDay;
  /** Whole months from the first month starting on or after `completeFrom` to the last month ending on or before the as-of date. */
  months: RegisterMonth[];
}

/**
 * The day a person leaves the register as known at the as-of date: `left_on`, or a notification period
 * ending on the as-of date itself for someone not yet marked as left; null while staying on.
 */
export function exitDayAtAsOf(person: RegisterPerson, asOf: CalendarDay): CalendarDay | null {
  if (person.leftOn !== null) return person.leftOn;
  return person.notificationEnds !== null && person.notificationEnds <= asOf ? person.notificationEnds : null;
}

/**
 * Reconstructs the register's monthly history from an extract.
 *
 * Month-end convention: a person counts at a month end E when `registered_on ≤ E < left_on` (or, while
 * still on the register, `E < notification_ends`); so someone who leaves on the last day of a month is
 * not counted at its end, and someone who joins on it is. Of those, a person is in custody when
 * `custody_from ≤ E < custody_until` (a blank `custody_until` meaning still in custody), and in the
 * community otherwise: release day is the first day in the community. Joiners, releases and leavers are
 * counted in the month their day falls in; a release counts only while the person is on the register.
 *
 * What an extract cannot show: only each person's latest custody spell and latest risk level are
 * recorded, so earlier spells are missed and the risk mix of past months is today's mix of the people
 * then on the register; people who left before `completeFrom` are missing altogether, which is why the
 * history starts there.
 *
 * @param completeFrom the first day the extract is complete from (by default the earliest `left_on`,
 *   or the earliest `registered_on` when nobody has left)
 */
export function registerHistory(people: readonly RegisterPerson[], { asOf, completeFrom }: { asOf: CalendarDay; completeFrom?: CalendarDay }): RegisterHistory {
  const complete = completeFrom ?? defaultCompleteFrom(people, asOf);
  const first: MonthIndex = monthStart(monthOf(complete)) === complete ? monthOf(complete) : monthOf(complete) + 1;
  const last: MonthIndex = monthEnd(monthOf(asOf)) === asOf ? monthOf(asOf) : monthOf(asOf) - 1;
  const count = Math.max(0, last - first + 1);

  // difference arrays over month-end indices 0..count−1 (count is a sentinel)
  const registered = registerRiskLevels.map(() => new Float64Array(count + 1));
  const inCustody = registerRiskLevels.map(() => new Float64Array(count + 1));
  const joiners = new Float64Array(count);
  const releases = new Float64Array(count);
  const leavers = leftReasons.map(() => new Float64Array(count));
  const add = (array: Float64Array, fromMonth: MonthIndex, untilMonth: MonthIndex): void => {
    const from = Math.max(0, fromMonth - first);
    const until = Math.min(count, untilMonth - first);
    if (from >= until) return;
    array[from] += 1;
    array[until] -= 1;
  };
  const countIn = (array: Float64Array, day: CalendarDay): void => {
    const index = monthOf(day) - first;
    if (index >= 0 && index < count) array[index] += 1;
  };

  for (const person of people) {
    const level = registerRiskLevels.indexOf(person.riskLevel);
    const exitDay = exitDayAtAsOf(person, asOf);
    // counted at month ends from the month joined up to (not including) the month of leaving
    const onFrom = monthOf(person.registeredOn);
    const onUntil = exitDay === null ? last + 1 : monthOf(exitDay);
    add(registered[level], onFrom, onUntil);
    if (person.custodyFrom !== null) {
      const custodyFrom = monthOf(Math.max(person.custodyFrom, person.registeredOn));
      const custodyUntil = person.custodyUntil === null ? last + 1 : monthOf(person.custodyUntil);
      add(inCustody[level], custodyFrom, Math.min(custodyUntil, onUntil));
      const release = person.custodyUntil;
      if (release !== null && release >= person.registeredOn && (exitDay === null || release < exitDay)) countIn(releases, release);
    }
    countIn(joiners, person.registeredOn);
    if (exitDay !== null) countIn(leavers[leftReasons.indexOf(person.leftReason ?? "period_ended")], exitDay);
  }

  const running = registerRiskLevels.map(() => ({ registered: 0, custody: 0 }));
  const months: RegisterMonth[] = [];
  for (let index = 0; index < count; index++) {
    const communityByRiskLevel = {} as Record<RegisterRiskLevel, number>;
    let community = 0;
    let custody = 0;
    registerRiskLevels.forEach((level, levelIndex) => {
      running[levelIndex].registered += registered[levelIndex][index];
      running[levelIndex].custody += inCustody[levelIndex][index];
      communityByRiskLevel[level] = running[levelIndex].registered - running[levelIndex].custody;
      community += communityByRiskLevel[level];
      custody += running[levelIndex].custody;
    });
    const leaversByReason = {} as Record<LeftReason, number>;
    leftReasons.forEach((reason, reasonIndex) => {
      leaversByReason[reason] = leavers[reasonIndex][index];
    });
    months.push({ monthEnding: monthEnd(first + index), community, custody, communityByRiskLevel, joiners: joiners[index], releases: releases[index], leaversByReason });
  }
  return { completeFrom: complete, months };
}

/** The earliest `left_on` in the extract, or its earliest registration when nobody has left. */
export function defaultCompleteFrom(people: readonly RegisterPerson[], asOf: CalendarDay): CalendarDay {
  let earliestLeft = Infinity;
  let earliestRegistered = asOf;
  for (const person of people) {
    if (person.leftOn !== null && person.leftOn < earliestLeft) earliestLeft = person.leftOn;
    if (person.registeredOn < earliestRegistered) earliestRegistered = person.registeredOn;
  }
  return Number.isFinite(earliestLeft) ? earliestLeft : earliestRegistered;
}
