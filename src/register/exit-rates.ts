import { type CalendarDay, dateParts } from "../math/calendar-day.js";
import { type AgeBand, ageBand, ageBands } from "./age-band.js";
import { monthEnd, monthOf } from "./month-index.js";
import type { RegisterHistory } from "./register-history.js";
import { exitDayAtAsOf } from "./register-history.js";
import type { LeftReason, RegisterPerson } from "./register-person.js";

/** The reasons for leaving that no date in the extract foretells. */
export type UnforeseenReason = Exclude<LeftReason, "period_ended">;

export const unforeseenReasons: readonly UnforeseenReason[] = ["died", "moved_away", "removed_on_review", "other"];

/** One learned rate: leavers for a reason in an age band, over the person-months at risk. */
export interface ExitRate {
  reason: UnforeseenReason;
  band: AgeBand;
  leavers: number;
  /** Month ends at which people who could have left this way were on the register (person-months). */
  personMonths: number;
  /** leavers ÷ personMonths: the chance of leaving this way in one month; 0 with no person-months. */
  monthlyProbability: number;
}

/**
 * The monthly rates of leaving for reasons no date foretells (death, moving away, removal on review,
 * other), learned from the reconstructed history by age band:
 *
 *   monthlyProbability(reason, band) = leavers in the history's months for the reason, aged in the band
 *                                      ÷ person-months on the register in the band at those month ends
 *
 * A person-month is one person counted at one month end of the history; age is the month end's year
 * less the year of birth. Removal on review is open only to people whose notification is indefinite
 * (Sexual Offences Act 2003, sections 91A–91F), so its person-months count only them. Leavers whose
 * period ended are not here: the projection takes them from the notification end dates.
 */
export function exitRates(people: readonly RegisterPerson[], history: RegisterHistory, asOf: CalendarDay): ExitRate[] {
  // counts by (reason, band) at reasonIndex × bands + bandIndex
  const bandCount = ageBands.length;
  const leavers = new Float64Array(unforeseenReasons.length * bandCount);
  const personMonths = new Float64Array(unforeseenReasons.length * bandCount);
  const removalIndex = unforeseenReasons.indexOf("removed_on_review");
  const bandIndex = (year: number, birthYear: number | null) => ageBands.indexOf(ageBand(year, birthYear));
  if (history.months.length > 0) {
    const first = monthOf(history.months[0].monthEnding);
    const last = monthOf(history.months[history.months.length - 1].monthEnding);
    for (const person of people) {
      const exitDay = exitDayAtAsOf(person, asOf);
      const from = Math.max(first, monthOf(person.registeredOn));
      const until = Math.min(last + 1, exitDay === null ? last + 1 : monthOf(exitDay));
      // the months from..until − 1 a calendar year at a time: the band is the same throughout a year
      for (let month = from; month < until; ) {
        const year = Math.floor(month / 12);
        const yearEnd = Math.min(until, (year + 1) * 12);
        const band = bandIndex(year, person.birthYear);
        unforeseenReasons.forEach((_, reason) => {
          if (reason !== removalIndex || person.notificationEnds === null) personMonths[reason * bandCount + band] += yearEnd - month;
        });
        month = yearEnd;
      }
      if (exitDay !== null && person.leftReason !== null && person.leftReason !== "period_ended") {
        const exitMonth = monthOf(exitDay);
        if (exitMonth >= first && exitMonth <= last) leavers[unforeseenReasons.indexOf(person.leftReason) * bandCount + bandIndex(dateParts(monthEnd(exitMonth)).year, person.birthYear)] += 1;
      }
    }
  }
  return unforeseenReasons.flatMap((reason, reasonIndex) =>
    ageBands.map((band, index) => {
      const count = leavers[reasonIndex * bandCount + index];
      const months = personMonths[reasonIndex * bandCount + index];
      return { reason, band, leavers: count, personMonths: months, monthlyProbability: months === 0 ? 0 : count / months };
    }),
  );
}
