import { type CalendarDay, dateParts } from "../math/calendar-day.js";
import { custodyDaysBeyond } from "./custody-beyond.js";
import type { RegisterPerson, RegisterRiskLevel } from "./register-person.js";

/** What the projection copies from one recent joiner to a joiner it invents; no reference to the person. */
export interface JoinerProfile {
  /** Days from registration to the end of notification; null when indefinite. */
  notificationDays: number | null;
  /** In custody on the day of registration. */
  inCustodyOnJoining: boolean;
  /**
   * For one in custody: days from registration to release (recorded or expected); for one who left the
   * register while still in custody, the length the known spells that outlasted theirs suggest
   * (`custodyDaysBeyond`); null when not known.
   */
  custodyDays: number | null;
  riskLevel: RegisterRiskLevel;
  /** Age in the year of registration (year less year of birth); null without a birth year. */
  ageOnJoining: number | null;
}

/** Joiners in this many days before the as-of date are the recent joiners, unless there are too few. */
export const recentJoinerDays = 730;
/** Fewer recent joiners than this, and every joiner since the history began is used. */
export const fewestRecentJoiners = 20;

/**
 * The profiles of recent joiners (registered in the two years to the as-of date, or, if fewer than
 * twenty did, every joiner from the completeness date), whose notification length, custody on
 * joining, custody length, risk level and age the projection's new joiners are drawn from.
 *
 * A joiner who left the register while still in custody (`left_on` with no `custody_until`) served
 * longer than their time on the register, but how much longer the extract does not say. A joiner
 * copying them leaves the register by the projection's own exits, so copying "never released" would
 * keep them in custody for the whole projection; instead their custody length is taken from the
 * recent joiners' known lengths that outlasted it (`custodyDaysBeyond`).
 */
export function recentJoinerProfiles(people: readonly RegisterPerson[], { asOf, completeFrom }: { asOf: CalendarDay; completeFrom: CalendarDay }): JoinerProfile[] {
  const recent = people.filter((person) => person.registeredOn > asOf - recentJoinerDays);
  const chosen = recent.length >= fewestRecentJoiners ? recent : people.filter((person) => person.registeredOn >= completeFrom);
  const inCustodyOnJoining = (person: RegisterPerson) =>
    person.custodyFrom !== null && person.custodyFrom <= person.registeredOn && (person.custodyUntil === null || person.custodyUntil > person.registeredOn);
  const releaseOf = (person: RegisterPerson) => person.custodyUntil ?? person.expectedRelease;
  const daysBeyond = custodyDaysBeyond(chosen.filter((person) => inCustodyOnJoining(person) && releaseOf(person) !== null).map((person) => releaseOf(person)! - person.registeredOn));
  return chosen.map((person) => {
    const { registeredOn } = person;
    const release = releaseOf(person);
    const leftInCustody = person.leftOn !== null && person.custodyUntil === null;
    const custodyDays = !inCustodyOnJoining(person) ? null : release !== null ? release - registeredOn : leftInCustody ? daysBeyond(person.leftOn! - registeredOn) : null;
    return {
      notificationDays: person.notificationEnds === null ? null : person.notificationEnds - registeredOn,
      inCustodyOnJoining: inCustodyOnJoining(person),
      custodyDays,
      riskLevel: person.riskLevel,
      ageOnJoining: person.birthYear === null ? null : dateParts(registeredOn).year - person.birthYear,
    };
  });
}
