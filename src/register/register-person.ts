import type { CalendarDay } from "../math/calendar-day.js";

/** Latest ARMS risk level on the register, or `unassessed` where none has been recorded yet. */
export type RegisterRiskLevel = "very_high" | "high" | "medium" | "low" | "unassessed";

/** Every risk level of the register, highest first, `unassessed` last: the order of every output. */
export const registerRiskLevels: readonly RegisterRiskLevel[] = ["very_high", "high", "medium", "low", "unassessed"];

/** Why a person left the force's register. */
export type LeftReason = "period_ended" | "died" | "moved_away" | "removed_on_review" | "other";

/** Every reason for leaving, in the order of every output. */
export const leftReasons: readonly LeftReason[] = ["period_ended", "died", "moved_away", "removed_on_review", "other"];

/**
 * One person on the force's register at some time covered by an extract, as checked from one row.
 * No reference to the person is kept: the extract's `person_ref` is used only to refuse duplicates.
 *
 * Days are half-open: a person is on the register from `registeredOn` (counted that day) until the day
 * before `leftOn` (or `notificationEnds` while still on it); in custody from `custodyFrom` until the
 * day before `custodyUntil` (or `expectedRelease`), which is the first day back in the community.
 */
export interface RegisterPerson {
  registeredOn: CalendarDay;
  /** Day the notification period ends; null when indefinite. */
  notificationEnds: CalendarDay | null;
  /** First day off this force's register; null while still on it at the as-of date. */
  leftOn: CalendarDay | null;
  /** Why the person left; null while still on the register. */
  leftReason: LeftReason | null;
  riskLevel: RegisterRiskLevel;
  /** The latest custody spell: its first day, or null when none is recorded. */
  custodyFrom: CalendarDay | null;
  /** First day out of that spell; null while still in custody (or when there is no spell). */
  custodyUntil: CalendarDay | null;
  /** For someone in custody at the as-of date: the expected day of release, or null when not known. */
  expectedRelease: CalendarDay | null;
  /** Year of birth, or null when the extract does not give it. */
  birthYear: number | null;
}
