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
  const leavers = new Map<string, number>();
  const personMonths = new Map<string, number>();
  const key = (reason: UnforeseenReason, band: AgeBand) => `${reason} ${band}`;
  const add = (map: Map<string, number>, name: string, amount: number) => map.set(name, (map.get(name) ?? 0) + amount);
  if (history.months.length > 0) {
    const first = monthOf(history.months[0].monthEnding);
    const last = monthOf(history.months[history.months.length - 1].monthEnding);
    const bandMonths = new Map<AgeBand, number>();
    for (const person of people) {
      const exitDay = exitDayAtAsOf(person, asOf);
      const from = Math.max(first, monthOf(person.registeredOn));
      const until = Math.min(last + 1, exitDay === null ? last + 1 : monthOf(exitDay));
      bandMonths.clear();
      for (let month = from; month < until; month++) {
        const band = ageBand(Math.floor(month / 12), person.birthYear);
        bandMonths.set(band, (bandMonths.get(band) ?? 0) + 1);
      }
      for (const [band, months] of bandMonths) {
        for (const reason of unforeseenReasons) {
          if (reason !== "removed_on_review" || person.notificationEnds === null) add(personMonths, key(reason, band), months);
        }
      }
      if (exitDay !== null && person.leftReason !== null && person.leftReason !== "period_ended") {
        const exitMonth = monthOf(exitDay);
        if (exitMonth >= first && exitMonth <= last) add(leavers, key(person.leftReason, ageBand(dateParts(monthEnd(exitMonth)).year, person.birthYear)), 1);
      }
    }
  }
  return unforeseenReasons.flatMap((reason) =>
    ageBands.map((band) => {
      const count = leavers.get(key(reason, band)) ?? 0;
      const months = personMonths.get(key(reason, band)) ?? 0;
      return { reason, band, leavers: count, personMonths: months, monthlyProbability: months === 0 ? 0 : count / months };
    }),
  );
}
