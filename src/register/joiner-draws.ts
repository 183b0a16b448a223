import { aliasTable } from "../math/alias-table.js";
import type { JoinerProfile } from "./joiner-profiles.js";
import { registerRiskLevels } from "./register-person.js";

/**
 * Adds one person's path to a path's changes: on the register from `startMonth` to `exitMonth`, in
 * custody until `releaseMonth`, a release counted in `releaseMonth` when `releaseCounted`, leaving for
 * the reason at index `reason` of `leftReasons` (ignored beyond the horizon).
 */
export type Contribute = (target: Float64Array, sign: number, startMonth: number, exitMonth: number, reason: number, releaseMonth: number, releaseCounted: boolean, level: number) => void;

/** What drawing joiners reads from the projection: its months, survival curves and bookkeeping. */
export interface JoinerDrawContext {
  months: number;
  profileCount: number;
  /** Each month's joiner copying each profile (`joinerRecords`). */
  records: Int32Array;
  /** Survival curves, a row of months + 1 each: the chance of no unforeseen exit to each month's end. */
  curves: Float64Array;
  /** The first month from a start month whose survival on a curve is below a threshold. */
  monthBelow: (curveBase: number, startMonth: number, threshold: number) => number;
  /** The index in `leftReasons` of an unforeseen exit in a month on a curve, for a uniform draw. */
  reasonAt: (curveBase: number, month: number, draw: number) => number;
  contribute: Contribute;
  random: () => number;
}

/** Draws one path's joiners of one month, their Poisson mean given, into its changes; gives their number. */
export type DrawJoiners = (target: Float64Array, month: number, mean: number) => number;

/** Numbers in a joiner record: the month of the known exit, of release, the curve's row, the level and marks. */
export const joinerFields = 4;
const releasedBeforeKnownExit = 8;
const releasedWithinHorizon = 16;
const releasedOnMonthEnd = 32;
const levelMask = 7;

/**
 * Whether a release is counted: it falls after the day the person's path starts from, before the day
 * they leave, and in a month within the horizon (months 1..`months`; a later one is `months` + 1).
 */
export function releaseCounts(release: number, startDay: number, exitDay: number, releaseMonth: number, months: number): boolean {
  return release > startDay && release < exitDay && releaseMonth <= months;
}

/**
 * Where a joiner copying each profile in each month would start, be released and leave by date, as the
 * paths read it: at ((month − 1) × profiles + profile) × `joinerFields`, the month of the known exit
 * (months + 1 beyond the horizon), the month of release (the month of joining when not in custody),
 * the row of the survival curve for the year of joining, and the risk level with three marks: released
 * before the known exit within the horizon; released after joining within the horizon; released on
 * the last day of a month (so not before an unforeseen exit at the end of that month).
 */
export function joinerRecords(
  profiles: readonly JoinerProfile[],
  { months, startDays, monthNumber, monthEndDay, curveBase, never }: {
    months: number;
    /** The day a month's joiners join, for months 1..months. */
    startDays: Int32Array;
    monthNumber: (day: number) => number;
    monthEndDay: Int32Array;
    curveBase: (profile: number, month: number) => number;
    /** A day after every other. */
    never: number;
  },
): Int32Array {
  const records = new Int32Array(months * profiles.length * joinerFields);
  // each profile's days to release (−1 when not in custody on joining, −2 when no release is known),
  // days to the known exit (−1 when indefinite) and level, read once
  const custodyDays = Int32Array.from(profiles, (profile) => (!profile.inCustodyOnJoining ? -1 : profile.custodyDays === null ? -2 : Math.max(1, profile.custodyDays)));
  const notificationDays = Int32Array.from(profiles, (profile) => profile.notificationDays ?? -1);
  const levels = Int32Array.from(profiles, (profile) => registerRiskLevels.indexOf(profile.riskLevel));
  for (let month = 1, at = 0; month <= months; month++) {
    const startDay = startDays[month];
    for (let index = 0; index < profiles.length; index++, at += joinerFields) {
      const release = custodyDays[index] === -1 ? 0 : custodyDays[index] === -2 ? never : startDay + custodyDays[index];
      const knownExit = notificationDays[index] === -1 ? never : startDay + notificationDays[index];
      const releaseMonth = release <= startDay ? month : monthNumber(release);
      records[at] = monthNumber(knownExit);
      records[at + 1] = releaseMonth;
      records[at + 2] = curveBase(index, month);
      records[at + 3] =
        levels[index] |
        (releaseCounts(release, startDay, knownExit, releaseMonth, months) ? releasedBeforeKnownExit : 0) |
        (releaseCounts(release, startDay, never, releaseMonth, months) ? releasedWithinHorizon : 0) |
        (release === monthEndDay[releaseMonth] ? releasedOnMonthEnd : 0);
    }
  }
  return records;
}

/**
 * Profiles up to this many, joiners are drawn one by one (`joinersOneByOne`); more, by kind
 * (`joinersByKind`). Both give the same chances; this only chooses the quicker. One by one costs a few
 * draws a joiner but reads the month's records at random, which stays quick while they fit in the
 * processor's cache (2,000 profiles: 32 KB a month); by kind costs a Poisson draw a kind and a month
 * whatever the joiners, and grouping the records into kinds first, which pays off on a national
 * register (the national benchmark's 20,678 profiles merge into about 175 kinds a month, for some 950
 * joiners a month; those who leave unforeseen are drawn one by one either way).
 */
export const mostProfilesDrawnOneByOne = 2000;

/**
 * A month's joiners one by one: their number a Poisson count of the month's mean; each copies a
 * profile drawn uniformly, and leaves unforeseen before their known date with the chance their
 * survival curve gives from the month of joining (then the month by that curve and the reason by the
 * month's rates), otherwise on it.
 */
export function joinersOneByOne(context: JoinerDrawContext, poisson: (mean: number) => number): DrawJoiners {
  const { months, profileCount, records, curves, monthBelow, reasonAt, contribute, random } = context;
  return (target, month, mean) => {
    const count = poisson(mean);
    const monthBase = (month - 1) * profileCount;
    for (let joiner = 0; joiner < count; joiner++) {
      const at = (monthBase + Math.floor(random() * profileCount)) * joinerFields;
      const knownExitMonth = records[at];
      const releaseMonth = records[at + 1];
      const curveBase = records[at + 2];
      const marks = records[at + 3];
      // the chance of no unforeseen exit from the month of joining to the month before the known exit
      const stay = curves[curveBase + Math.min(knownExitMonth - 1, months)];
      const stayFromJoining = stay / curves[curveBase + month - 1];
      if (stayFromJoining < 1 && random() >= stayFromJoining) {
        const exitMonth = monthBelow(curveBase, month, stay + (curves[curveBase + month - 1] - stay) * (1 - random()));
        contribute(target, 1, month, exitMonth, reasonAt(curveBase, exitMonth, random()), releaseMonth, releasedBeforeUnforeseenExit(marks, releaseMonth, exitMonth), marks & levelMask);
      } else {
        contribute(target, 1, month, knownExitMonth, 0, releaseMonth, (marks & releasedBeforeKnownExit) !== 0, marks & levelMask);
      }
    }
    return count;
  };
}

/**
 * A month's joiners by kind, the same chances as one by one (a Poisson count shared among the profiles
 * at random is a Poisson count for each, of the mean ÷ the number of profiles; those of a profile who
 * will leave unforeseen before their known date are in turn a Poisson count, of that mean times the
 * profile's chance of so leaving, independent of those who will not). The joiners who will not are
 * summed into kinds that add the same to every count (the same months in custody and in the community,
 * risk level, months of release and of leaving), one Poisson draw a kind and month; those who will are
 * drawn one by one, their kind (alike in survival curve, known exit, release and risk level) by its
 * chance of so leaving (Walker's alias method), then the month and reason of leaving.
 */
export function joinersByKind(context: JoinerDrawContext, poisson: (mean: number) => number): DrawJoiners {
  const { months, profileCount, records, curves, monthBelow, reasonAt, contribute, random } = context;
  const kindStarts = new Int32Array(months + 2);
  const kindRecords: number[] = [];
  const kindWeights: number[] = [];
  const exitKindStarts = new Int32Array(months + 2);
  const exitKindRecords: number[] = [];
  const exitKindWeights: number[] = [];
  const exitTotals = new Float64Array(months + 1);
  const span = months + 2;
  for (let month = 1; month <= months; month++) {
    kindStarts[month] = kindWeights.length;
    exitKindStarts[month] = exitKindWeights.length;
    const kinds = new Map<number, number>();
    const exitKinds = new Map<number, number>();
    for (let index = 0; index < profileCount; index++) {
      const at = ((month - 1) * profileCount + index) * joinerFields;
      const knownExitMonth = records[at];
      const releaseMonth = records[at + 1];
      const curveBase = records[at + 2];
      const marks = records[at + 3];
      const stay = curves[curveBase + Math.min(knownExitMonth - 1, months)] / curves[curveBase + month - 1];
      const exitChance = stay >= 0 && stay <= 1 ? 1 - stay : 0;
      exitTotals[month] += exitChance;
      if (exitChance > 0) {
        const exitKey = ((curveBase * span + knownExitMonth) * span + releaseMonth) * 64 + marks;
        const exitKind = exitKinds.get(exitKey);
        if (exitKind === undefined) {
          exitKinds.set(exitKey, exitKindWeights.length);
          exitKindRecords.push(knownExitMonth, releaseMonth, curveBase, marks);
          exitKindWeights.push(exitChance);
        } else exitKindWeights[exitKind] += exitChance;
      }
      // what a stayer adds: custody from the month to min(release, exit), community from max(release,
      // month) to the exit, a release when released first, a leaver at the known exit
      const custodyUntil = Math.min(releaseMonth, knownExitMonth);
      const communityFrom = Math.max(releaseMonth, month);
      const releaseCounted = (marks & releasedBeforeKnownExit) !== 0 ? releaseMonth : 0;
      const key = ((((custodyUntil > month ? custodyUntil : 0) * span + (communityFrom < knownExitMonth ? communityFrom : 0)) * span + knownExitMonth) * span + releaseCounted) * 8 + (marks & levelMask);
      const kind = kinds.get(key);
      if (kind === undefined) {
        kinds.set(key, kindWeights.length);
        kindRecords.push(knownExitMonth, releaseMonth, marks);
        kindWeights.push(1 - exitChance);
      } else kindWeights[kind] += 1 - exitChance;
    }
  }
  kindStarts[months + 1] = kindWeights.length;
  exitKindStarts[months + 1] = exitKindWeights.length;
  // the kind of a joiner of a month who leaves unforeseen, for two uniform draws (Walker's alias method)
  const exitCutoffs = new Float64Array(exitKindWeights.length);
  const exitAliases = new Int32Array(exitKindWeights.length);
  const weights = Float64Array.from(exitKindWeights);
  for (let month = 1; month <= months; month++) {
    const [from, to] = [exitKindStarts[month], exitKindStarts[month + 1]];
    aliasTable(weights.subarray(from, to), exitCutoffs.subarray(from, to), exitAliases.subarray(from, to));
  }

  return (target, month, mean) => {
    const perProfile = mean / profileCount;
    let count = 0;
    for (let kind = kindStarts[month]; kind < kindStarts[month + 1]; kind++) {
      const kindCount = poisson(perProfile * kindWeights[kind]);
      if (kindCount === 0) continue;
      count += kindCount;
      const at = kind * 3;
      const marks = kindRecords[at + 2];
      contribute(target, kindCount, month, kindRecords[at], 0, kindRecords[at + 1], (marks & releasedBeforeKnownExit) !== 0, marks & levelMask);
    }
    const leaving = poisson(perProfile * exitTotals[month]);
    const from = exitKindStarts[month];
    for (let joiner = 0; joiner < leaving; joiner++) {
      const drawn = from + Math.floor(random() * (exitKindStarts[month + 1] - from));
      const at = (random() < exitCutoffs[drawn] ? drawn : from + exitAliases[drawn]) * joinerFields;
      const releaseMonth = exitKindRecords[at + 1];
      const curveBase = exitKindRecords[at + 2];
      const marks = exitKindRecords[at + 3];
      const stay = curves[curveBase + Math.min(exitKindRecords[at] - 1, months)];
      const exitMonth = monthBelow(curveBase, month, stay + (curves[curveBase + month - 1] - stay) * (1 - random()));
      contribute(target, 1, month, exitMonth, reasonAt(curveBase, exitMonth, random()), releaseMonth, releasedBeforeUnforeseenExit(marks, releaseMonth, exitMonth), marks & levelMask);
    }
    return count + leaving;
  };
}

/** Whether a release within the horizon comes before the end of the month of an unforeseen exit. */
function releasedBeforeUnforeseenExit(marks: number, releaseMonth: number, exitMonth: number): boolean {
  return (marks & releasedWithinHorizon) !== 0 && (releaseMonth < exitMonth || (releaseMonth === exitMonth && (marks & releasedOnMonthEnd) === 0));
}
