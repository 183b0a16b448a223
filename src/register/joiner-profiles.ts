import { type CalendarDay, dateParts } from "../math/calendar-day.js";
import type { RegisterPerson, RegisterRiskLevel } from "./register-person.js";

/** What the projection copies from one recent joiner to a joiner it invents; no reference to the person. */
export interface JoinerProfile {
  /** Days from registration to the end of notification; null when indefinite. */
  notificationDays: number | null;
  /** In custody on the day of registration. */
  inCustodyOnJoining: boolean;
  /** For one in custody: days from registration to release (recorded or expected); null when not known. */
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
 */
export function recentJoinerProfiles(people: readonly RegisterPerson[], { asOf, completeFrom }: { asOf: CalendarDay; completeFrom: CalendarDay }): JoinerProfile[] {
  const recent = people.filter((person) => person.registeredOn > asOf - recentJoinerDays);
  const chosen = recent.length >= fewestRecentJoiners ? recent : people.filter((person) => person.registeredOn >= completeFrom);
  return chosen.map((person) => {
    const { registeredOn, custodyFrom, custodyUntil } = person;
    const inCustodyOnJoining = custodyFrom !== null && custodyFrom <= registeredOn && (custodyUntil === null || custodyUntil > registeredOn);
    const release = custodyUntil ?? person.expectedRelease;
    return {
      notificationDays: person.notificationEnds === null ? null : person.notificationEnds - registeredOn,
      inCustodyOnJoining,
      custodyDays: inCustodyOnJoining && release !== null ? release - registeredOn : null,
      riskLevel: person.riskLevel,
      ageOnJoining: person.birthYear === null ? null : dateParts(registeredOn).year - person.birthYear,
    };
  });
}
