import type { CalendarDay } from "../math/calendar-day.js";
import type { RegisterPerson } from "./register-person.js";

/**
 * The extract as it would have stood on an earlier date: only people registered by then; leaving and
 * release after it not yet known; a custody spell begun after it not yet begun. For someone in custody
 * then, the release that happened (or is still expected) stands in for the release expected then,
 * since release dates are set at sentence. The risk level is the latest known, not the one held then:
 * an extract keeps no earlier levels.
 */
export function extractAsOf(people: readonly RegisterPerson[], origin: CalendarDay): RegisterPerson[] {
  return people
    .filter((person) => person.registeredOn <= origin)
    .map((person) => {
      const leftLater = person.leftOn !== null && person.leftOn > origin;
      const custodyLater = person.custodyFrom !== null && person.custodyFrom > origin;
      const inCustodyThen = person.custodyFrom !== null && !custodyLater && (person.custodyUntil === null || person.custodyUntil > origin);
      const stillOnThen = person.leftOn === null || leftLater;
      return {
        ...person,
        leftOn: leftLater ? null : person.leftOn,
        leftReason: leftLater ? null : person.leftReason,
        custodyFrom: custodyLater ? null : person.custodyFrom,
        custodyUntil: custodyLater || inCustodyThen ? null : person.custodyUntil,
        expectedRelease: inCustodyThen && stillOnThen ? (person.custodyUntil ?? person.expectedRelease) : null,
      };
    });
}
