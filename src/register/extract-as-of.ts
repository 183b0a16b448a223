import type { CalendarDay } from "../math/calendar-day.js";
import { custodyDaysBeyond } from "./custody-beyond.js";
import type { RegisterPerson } from "./register-person.js";

/**
 * The extract as it would have stood on an earlier date: only people registered by then; leaving and
 * release after it not yet known; a custody spell begun after it not yet begun. For someone in custody
 * then, the release that happened (or is still expected) stands in for the release expected then,
 * since release dates are set at sentence. The risk level is the latest known, not the one held then:
 * an extract keeps no earlier levels.
 *
 * Someone in custody then who later left the register while still in custody has no release in the
 * extract, though one was expected then. Leaving them with none would keep them in custody throughout
 * a projection from that date, using what happened later (that they never came out on this register);
 * instead their release is put where the spells known then that outlasted theirs ended
 * (`custodyDaysBeyond`: the spells finished by then, or with a release standing for the one expected).
 */
export function extractAsOf(people: readonly RegisterPerson[], origin: CalendarDay): RegisterPerson[] {
  const censoredAt = new Map<RegisterPerson, number>();
  const then = people
    .filter((person) => person.registeredOn <= origin)
    .map((person) => {
      const leftLater = person.leftOn !== null && person.leftOn > origin;
      const custodyLater = person.custodyFrom !== null && person.custodyFrom > origin;
      const inCustodyThen = person.custodyFrom !== null && !custodyLater && (person.custodyUntil === null || person.custodyUntil > origin);
      const stillOnThen = person.leftOn === null || leftLater;
      const asThen: RegisterPerson = {
        ...person,
        leftOn: leftLater ? null : person.leftOn,
        leftReason: leftLater ? null : person.leftReason,
        custodyFrom: custodyLater ? null : person.custodyFrom,
        custodyUntil: custodyLater || inCustodyThen ? null : person.custodyUntil,
        expectedRelease: inCustodyThen && stillOnThen ? (person.custodyUntil ?? person.expectedRelease) : null,
      };
      if (inCustodyThen && leftLater && person.custodyUntil === null && person.expectedRelease === null) censoredAt.set(asThen, person.leftOn! - person.custodyFrom!);
      return asThen;
    });
  if (censoredAt.size === 0) return then;
  const daysBeyond = custodyDaysBeyond(
    then.flatMap((person) => {
      const end = person.custodyUntil ?? person.expectedRelease;
      return person.custodyFrom === null || end === null ? [] : [end - person.custodyFrom];
    }),
  );
  return then.map((person) => {
    const atLeast = censoredAt.get(person);
    if (atLeast === undefined) return person;
    const days = daysBeyond(atLeast);
    return days === null ? person : { ...person, expectedRelease: person.custodyFrom! + days };
  });
}
