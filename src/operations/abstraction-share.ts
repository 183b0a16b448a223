import { daysInMonth } from "../math/calendar-day.js";
import { allReasons, type AbstractionMeasures, type AbstractionRow } from "./abstractions.js";

/** Months the share is averaged over: a year, as a business case counts. */
export const monthsOfAbstractionShare = 12;

/** The profile's shares of contracted hours spent away from cases (`workingTime`), fractions. */
export interface AssumedTimeAway {
  leaveShare: number;
  trainingShare: number;
  sicknessShare: number;
  /** Other duties: what the profile calls `abstractionShare`. */
  abstractionShare: number;
}

/** The abstraction share over the last complete months, with and without leave and sickness. */
export interface AbstractionShare {
  /** The complete months averaged over, YYYY-MM, oldest first. */
  months: string[];
  /** Every reason in the extract: hours ÷ (months × hours available a month), a fraction. */
  allReasons: number;
  /** Reasons other than annual leave and sickness (`isLeaveOrSickness`); null where a reason's hours are hidden. */
  withoutLeaveAndSickness: number | null;
  /** The profile's shares to set each against; null without a profile. */
  assumed: { allReasons: number; withoutLeaveAndSickness: number } | null;
}

/**
 * Whether an abstraction reason is leave (annual, public holiday or any other kind of leave) or sickness,
 * which the profile counts in `leaveShare` and `sicknessShare`, not in `abstractionShare`. Reasons are
 * the extract's own words: one counts when it holds the word leave, holiday, sick, sickness or illness.
 */
export function isLeaveOrSickness(reason: string): boolean {
  return /\b(leave|holidays?|sick|sickness|illness)\b/.test(reason.toLowerCase().replace(/[_\-/&]+/g, " "));
}

/**
 * Whether an abstraction reason is training, which the profile counts in `trainingShare`: one holding
 * the word train or training. What is neither this nor leave or sickness is other duties.
 */
export function isTraining(reason: string): boolean {
  return /\btrain(ing)?\b/.test(reason.toLowerCase().replace(/[_\-/&]+/g, " "));
}

/**
 * The last calendar month complete on the as-of date, YYYY-MM: the as-of month itself when the as-of
 * date is its last day (31 March is the end of March), otherwise the month before.
 */
export function lastCompleteMonth(asOf: string): string {
  const [year, month, day] = asOf.split("-").map(Number);
  if (day === daysInMonth(year, month)) return asOf.slice(0, 7);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`;
}

/**
 * Hours abstracted as a share of the hours available, over the last `monthsOfAbstractionShare` complete
 * months (`lastCompleteMonth`): for every reason, and for reasons other than leave and sickness. The
 * profile's shares are set against each: all four (leave, training, sickness and other duties) against
 * every reason, and training and other duties against the share without leave and sickness, because an
 * extract that records leave and sickness cannot be set against the profile's other duties alone.
 *
 * @returns null without hours available, without a complete month, or when a month's total is hidden
 */
export function abstractionShare(
  measures: AbstractionMeasures,
  { asOf, availableHoursPerMonth, assumed }: { asOf: string; availableHoursPerMonth: number | null; assumed: AssumedTimeAway | null },
): AbstractionShare | null {
  if (availableHoursPerMonth === null || availableHoursPerMonth <= 0) return null;
  const last = lastCompleteMonth(asOf);
  const totals = measures.rows.filter((row) => row.reason === allReasons && row.month <= last).slice(-monthsOfAbstractionShare);
  if (totals.length === 0 || totals.some((row) => row.hours === null)) return null;
  const months = totals.map((row) => row.month);
  const byReason = measures.rows.filter((row) => row.reason !== allReasons && months.includes(row.month));
  const otherReasons = byReason.filter((row) => !isLeaveOrSickness(row.reason));
  const available = months.length * availableHoursPerMonth;
  return {
    months,
    allReasons: sum(totals.map((row) => row.hours ?? 0)) / available,
    withoutLeaveAndSickness: byReason.some((row) => row.hours === null) ? null : sum(otherReasons.map((row) => row.hours ?? 0)) / available,
    assumed:
      assumed === null
        ? null
        : {
            allReasons: assumed.leaveShare + assumed.trainingShare + assumed.sicknessShare + assumed.abstractionShare,
            withoutLeaveAndSickness: assumed.trainingShare + assumed.abstractionShare,
          },
  };
}

/**
 * One month's hours abstracted for reasons other than annual leave and sickness (`isLeaveOrSickness`),
 * as a share of the hours available in the month: the monthly figure behind `abstractionShare`'s
 * `withoutLeaveAndSickness`, which is the mean of it over the complete months, as each month has the
 * same hours available.
 *
 * @param rows the month's rows, one a reason, as `abstractionMeasures` gives them (the `(all reasons)` row is not used)
 * @returns a fraction; null without hours available, or when a reason's hours are hidden
 */
export function monthShareWithoutLeaveAndSickness(rows: readonly AbstractionRow[], month: string, availableHoursPerMonth: number | null): number | null {
  if (availableHoursPerMonth === null || availableHoursPerMonth <= 0) return null;
  const byReason = rows.filter((row) => row.month === month && row.reason !== allReasons);
  if (byReason.some((row) => row.hours === null)) return null;
  return sum(byReason.filter((row) => !isLeaveOrSickness(row.reason)).map((row) => row.hours ?? 0)) / availableHoursPerMonth;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/**
 * A warning when the abstractions extract names more, or fewer, staff than the profile has offender
 * managers in post: the shares are of the hours of those in post, so an extract of other staff (or of
 * some of them only) gives a share that means something else. A headcount may exceed the FTE where staff
 * work part time, so it is set against the FTE rounded up, and below against the FTE rounded down.
 *
 * @returns the warning, or null when the counts agree
 */
export function staffCountWarning(file: string, staffInExtract: number, offenderManagersInPost: number): string | null {
  const most = Math.ceil(offenderManagersInPost - 1e-6);
  const least = Math.floor(offenderManagersInPost + 1e-6);
  if (staffInExtract >= least && staffInExtract <= most) return null;
  return (
    `${file} names ${staffInExtract} staff, ${staffInExtract > most ? "more" : "fewer"} than the ${offenderManagersInPost} offender managers (FTE) the profile has in post, ` +
    "whose hours the abstraction shares are of: check that the extract and the profile count the same team"
  );
}
