import { calendarDay } from "../../src/math/calendar-day.js";
import type { RegisterPerson } from "../../src/register/register-person.js";

/** A person with nothing recorded beyond the registration: indefinite, still on, low risk, never in custody. */
export function person(registeredOn: [number, number, number], fields: Partial<Record<keyof RegisterPerson, unknown>> = {}): RegisterPerson {
  return {
    registeredOn: calendarDay(...registeredOn),
    notificationEnds: null,
    leftOn: null,
    leftReason: null,
    riskLevel: "low",
    custodyFrom: null,
    custodyUntil: null,
    expectedRelease: null,
    birthYear: null,
    ...(fields as Partial<RegisterPerson>),
  };
}

export const day = (year: number, month: number, dayOfMonth: number) => calendarDay(year, month, dayOfMonth);
