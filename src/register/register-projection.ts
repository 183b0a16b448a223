import { type CalendarDay, dateParts } from "../math/calendar-day.js";
import { aliasTable } from "../math/alias-table.js";
import { poissonDraw, standardNormalDraw } from "../math/random-variates.js";
import { seededRandom } from "../math/seeded-random.js";
import { ageBand, ageBands } from "./age-band.js";
import type { ExitRate, UnforeseenReason } from "./exit-rates.js";
import { unforeseenReasons } from "./exit-rates.js";
import type { JoinerForecast } from "./joiner-forecast.js";
import { type Contribute, type DrawJoiners, joinerRecords, joinersByKind, joinersOneByOne, mostProfilesDrawnOneByOne, releaseCounts } from "./joiner-draws.js";
import type { JoinerProfile } from "./joiner-profiles.js";
import { monthEnd, monthOf, monthStart } from "./month-index.js";
import { exitDayAtAsOf } from "./register-history.js";
import { type LeftReason, type RegisterPerson, leftReasons, registerRiskLevels } from "./register-person.js";

/** The measures of the register projected at each month end, in the order of every output. */
export const projectedMeasures = ["community", "custody", "community_very_high", "community_high", "community_medium", "community_low", "community_unassessed"] as const;
export type ProjectedMeasure = (typeof projectedMeasures)[number];

/** The flows projected in each month, in the order of every output. */
export const projectedFlows = ["joiners", "releases", ...leftReasons.map((reason) => `leavers_${reason}` as const)] as const;
export type ProjectedFlow = (typeof projectedFlows)[number];

export interface RegisterProjectionInput {
  people: readonly RegisterPerson[];
  asOf: CalendarDay;
  horizonYears: number;
  paths: number;
  seed: number;
  rates: readonly ExitRate[];
  joiners: JoinerForecast;
  joinerProfiles: readonly JoinerProfile[];
  /**
   * Joiners are drawn one by one up to this many profiles, by kind beyond (`mostProfilesDrawnOneByOne`
   * by default): the same chances either way, so tests set it to check both.
   */
  mostProfilesDrawnOneByOne?: number;
}

/** Every path's counts: `values[measure][path × months + month]`, months from the first month end after the as-of date. */
export interface RegisterPaths {
  monthEndings: CalendarDay[];
  paths: number;
  measures: Record<ProjectedMeasure, Float64Array>;
  flows: Record<ProjectedFlow, Float64Array>;
  /** People on the register at the as-of date who are in custody with no expected release: kept in custody. */
  inCustodyWithoutRelease: number;
}

const never = 2 ** 31 - 1;
/** Paths drawn together, month by month (memory: 8 bytes × 12 rows × (months + 2) each). */
const pathsInBatch = 250;

/**
 * Simulates the register month by month from the as-of date, `paths` times, from one seed.
 *
 * - People on the register at the as-of date leave on their notification end date (never, when
 *   indefinite) and come out of custody on their expected release date; someone in custody with no
 *   expected release stays in custody. Their risk level stays as it is.
 * - Each month, each person may also leave for a reason no date foretells, with the monthly
 *   probability learned for their age band (`exitRates`); such a leaver goes at the month end.
 * - Each month brings a Poisson number of joiners around a level drawn once a path from the joiner
 *   forecast (normal, mean `yearlyMean`, standard deviation `yearlyLevelDeviation`, not below 0), a
 *   twelfth of the year's a month (for a first month cut short by the as-of date, its share of the
 *   month's days). Each copies a recent joiner drawn at random (`JoinerProfile`): notification length,
 *   custody on joining and its length, risk level, age. They join on the month's first day (the day
 *   after the as-of date in a first month cut short).
 *
 * How the paths are drawn: the same chances as drawing each person one by one, at the cost of the
 * leavers among the people present, not of everyone.
 * - People on the register born in the same year and alike in being indefinite or not share one
 *   chance q of leaving unforeseen within the horizon, independently of each other. Each path walks
 *   through each such group by geometric gaps (the people passed over before the next leaver number
 *   k with chance (1 − q)^k q), and gives each leaver a month by the group's survival curve (the
 *   chance of each month given an exit within the horizon, by Walker's alias method) and a reason by
 *   that month's rates.
 * - A month's joiners are drawn one by one (`joinersOneByOne`) or, on a register with many profiles
 *   to copy, as Poisson counts by kind of joiner (`joinersByKind`): the same chances either way.
 *
 * Counts use the month-end convention of `registerHistory`. The same seed gives the same paths.
 */
export function registerPaths(input: RegisterProjectionInput): RegisterPaths {
  const { asOf, horizonYears, paths, rates, joiners, joinerProfiles } = input;
  const months = horizonYears * 12;
  const firstMonth = monthEnd(monthOf(asOf)) === asOf ? monthOf(asOf) + 1 : monthOf(asOf);
  const monthEndings = Array.from({ length: months }, (_, index) => monthEnd(firstMonth + index));
  const random = seededRandom(input.seed);

  // the month (1..months) a day falls in, months + 1 beyond the horizon: a table from the as-of date on
  const lastDay = monthEndings[months - 1];
  const monthOfDay = new Int32Array(lastDay - asOf + 1);
  for (let day = asOf, month = 1; day <= lastDay; day++) {
    if (day > monthEndings[month - 1]) month += 1;
    monthOfDay[day - asOf] = month;
  }
  const monthNumber = (day: number): number => (day > lastDay ? months + 1 : day <= asOf ? 1 : monthOfDay[day - asOf]);
  const monthEndDay = Int32Array.from({ length: months + 2 }, (_, month) => (month === 0 ? asOf : month > months ? never : monthEndings[month - 1]));

  // the chance of each unforeseen reason in a month, by age band and by being indefinite or not
  const monthlyRates = ageBands.map((band) => unforeseenReasons.map((reason) => rates.find((rate) => rate.band === band && rate.reason === reason)?.monthlyProbability ?? 0));
  const reasonRates = new Float64Array(ageBands.length * 2 * unforeseenReasons.length);
  const reasonTotals = new Float64Array(ageBands.length * 2);
  ageBands.forEach((_, band) => {
    for (const indefinite of [0, 1]) {
      reasonTotals[band * 2 + indefinite] = monthTotal(monthlyRates[band], indefinite === 1);
      unforeseenReasons.forEach((reason, index) => {
        if (indefinite === 1 || reason !== "removed_on_review") reasonRates[(band * 2 + indefinite) * unforeseenReasons.length + index] = monthlyRates[band][index];
      });
    }
  });
  const reasonLeftIndex = unforeseenReasons.map((reason) => leftReasons.indexOf(reason as LeftReason));
  const otherIndex = leftReasons.indexOf("other");

  // survival curves by (birth year, indefinite), one row of months + 1 each: the chance of no unforeseen
  // exit to the end of each month; beside each, the row of (age band, indefinite) for each month
  const monthYears = monthEndings.map((day) => dateParts(day).year);
  const stride = months + 1;
  const curveIds = new Map<number, number>();
  let curves = new Float64Array(stride * 16);
  let curveRateRows = new Int32Array(stride * 16);
  const curveOf = (birthYear: number | null, indefinite: boolean): number => {
    const key = (birthYear ?? -1) * 2 + (indefinite ? 1 : 0);
    let id = curveIds.get(key);
    if (id === undefined) {
      id = curveIds.size;
      curveIds.set(key, id);
      if ((id + 1) * stride > curves.length) {
        curves = growTo(curves, curves.length * 2);
        curveRateRows = growTo(curveRateRows, curveRateRows.length * 2);
      }
      const base = id * stride;
      curves[base] = 1;
      for (let month = 1; month <= months; month++) {
        const row = ageBands.indexOf(ageBand(monthYears[month - 1], birthYear)) * 2 + (indefinite ? 1 : 0);
        curveRateRows[base + month] = row;
        curves[base + month] = curves[base + month - 1] * (1 - Math.min(1, reasonTotals[row]));
      }
    }
    return id;
  };
  // the index in leftReasons of an unforeseen exit in a month, on a curve's row, for a uniform draw
  const reasonAt = (curveBase: number, month: number, draw: number): number => {
    const row = curveRateRows[curveBase + month];
    let threshold = draw * reasonTotals[row];
    for (let index = 0; index < unforeseenReasons.length; index++) {
      const rate = reasonRates[row * unforeseenReasons.length + index];
      if (rate === 0) continue;
      threshold -= rate;
      if (threshold < 0) return reasonLeftIndex[index];
    }
    return otherIndex;
  };
  // the first month from startMonth whose survival is below a threshold (the caller knows there is one)
  const monthBelow = (curveBase: number, startMonth: number, threshold: number): number => {
    let low = startMonth;
    let high = months;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (curves[curveBase + middle] < threshold) high = middle;
      else low = middle + 1;
    }
    return low;
  };

  // the people on the register at the as-of date, one record each, the records of a survival curve together
  const present = input.people.filter((person) => person.registeredOn <= asOf && exitDayAtAsOf(person, asOf) === null);
  let inCustodyWithoutRelease = 0;
  const presentCurves = present.map((person) => curveOf(person.birthYear, person.notificationEnds === null));
  const order = present.map((_, index) => index).sort((first, second) => presentCurves[first] - presentCurves[second] || first - second);
  // record fields: known exit day, its month, release day (0 when in the community), its month, risk level
  const fields = 5;
  const records = new Int32Array(present.length * fields);
  // the groups of records alike in survival curve: where each starts and ends, its curve's row
  const groupStarts: number[] = [];
  const groupCurveBases: number[] = [];
  order.forEach((index, position) => {
    const person = present[index];
    const inCustody = person.custodyFrom !== null && person.custodyUntil === null;
    if (inCustody && person.expectedRelease === null) inCustodyWithoutRelease += 1;
    const knownExit = person.notificationEnds ?? never;
    const release = inCustody ? (person.expectedRelease ?? never) : 0;
    const at = position * fields;
    records[at] = knownExit;
    records[at + 1] = monthNumber(knownExit);
    records[at + 2] = release;
    records[at + 3] = release === 0 ? 1 : monthNumber(release);
    records[at + 4] = registerRiskLevels.indexOf(person.riskLevel);
    const curveBase = presentCurves[index] * stride;
    if (groupCurveBases.length === 0 || groupCurveBases[groupCurveBases.length - 1] !== curveBase) {
      groupStarts.push(position);
      groupCurveBases.push(curveBase);
    }
  });
  groupStarts.push(present.length);
  // for each group, the month of an unforeseen exit given one within the horizon: month m with chance
  // proportional to the survival to the month before less the survival to its end (Walker's alias method)
  const exitMonthCutoffs = new Float64Array(groupCurveBases.length * months);
  const exitMonthAliases = new Int32Array(groupCurveBases.length * months);
  groupCurveBases.forEach((curveBase, group) => {
    const weights = new Float64Array(months);
    for (let month = 1; month <= months; month++) weights[month - 1] = curves[curveBase + month - 1] - curves[curveBase + month];
    aliasTable(weights, exitMonthCutoffs.subarray(group * months, (group + 1) * months), exitMonthAliases.subarray(group * months, (group + 1) * months));
  });

  const measures = Object.fromEntries(projectedMeasures.map((measure) => [measure, new Float64Array(paths * months)])) as Record<ProjectedMeasure, Float64Array>;
  const flows = Object.fromEntries(projectedFlows.map((flow) => [flow, new Float64Array(paths * months)])) as Record<ProjectedFlow, Float64Array>;
  // changes by month (1..months + 1): custody, community by level, then releases and leavers by reason
  const levels = registerRiskLevels.length;
  const width = months + 2;
  const custodyRow = 0;
  const communityRow = (level: number) => 1 + level;
  const releasesRow = 1 + levels;
  const leaversRow = (reason: number) => 2 + levels + reason;
  const rowCount = 2 + levels + leftReasons.length;
  const baseline = new Float64Array(rowCount * width);
  // the changes of a batch of paths, one block of rows after another: the paths are drawn a batch at a
  // time, each month's joiners for every path of the batch in turn, so that a month's tables stay at hand
  const block = rowCount * width;
  const batchSize = Math.min(paths, pathsInBatch);
  const changes = new Float64Array(batchSize * block);
  const pathChanges = Array.from({ length: batchSize }, (_, path) => changes.subarray(path * block, (path + 1) * block));
  const levelDraws = new Float64Array(batchSize);
  const leaverFlows = leftReasons.map((reason) => flows[`leavers_${reason}`]);
  const community = new Float64Array(levels);
  const firstMonthShare = monthEnd(monthOf(asOf)) === asOf ? 1 : (monthEndings[0] - asOf) / (monthEndings[0] - monthStart(firstMonth) + 1);

  // adds (sign +1) or takes away (−1) one person's path: on the register from startMonth to exitMonth,
  // in custody until releaseMonth, with a release counted in releaseMonth when it is released first
  const contribute: Contribute = (target, sign, startMonth, exitMonth, reason, releaseMonth, releaseCounted, level) => {
    const custodyUntil = releaseMonth < exitMonth ? releaseMonth : exitMonth;
    if (custodyUntil > startMonth) {
      target[custodyRow * width + startMonth] += sign;
      target[custodyRow * width + custodyUntil] -= sign;
    }
    const communityFrom = releaseMonth > startMonth ? releaseMonth : startMonth;
    if (communityFrom < exitMonth) {
      target[communityRow(level) * width + communityFrom] += sign;
      target[communityRow(level) * width + exitMonth] -= sign;
    }
    if (releaseCounted) target[releasesRow * width + releaseMonth] += sign;
    if (exitMonth <= months) target[leaversRow(reason) * width + exitMonth] += sign;
  };
  // a release of someone present counts when it falls after the as-of date, before the exit and within the horizon
  const releasedFirst = (release: number, exitDay: number, releaseMonth: number): boolean => releaseCounts(release, asOf, exitDay, releaseMonth, months);

  // the joiners: each profile's survival curve by year of joining, what a joiner copying it in each
  // month adds (`joinerRecords`), and how a month's joiners are drawn (`joinersOneByOne`, `joinersByKind`)
  const profileCount = joinerProfiles.length;
  const joiningYears = monthYears[months - 1] - monthYears[0] + 1;
  const profileCurveBase = new Int32Array(profileCount * joiningYears);
  joinerProfiles.forEach((profile, index) => {
    for (let year = 0; year < joiningYears; year++) {
      const age = profile.ageOnJoining;
      profileCurveBase[index * joiningYears + year] = curveOf(age === null ? null : monthYears[0] + year - age, profile.notificationDays === null) * stride;
    }
  });
  const startDays = Int32Array.from({ length: months + 1 }, (_, month) => (month === 0 ? asOf : month === 1 && firstMonthShare < 1 ? asOf + 1 : monthStart(firstMonth + month - 1)));
  const joinerTable = joinerRecords(joinerProfiles, {
    months,
    startDays,
    monthNumber,
    monthEndDay,
    curveBase: (profile, month) => profileCurveBase[profile * joiningYears + monthYears[month - 1] - monthYears[0]],
    never,
  });
  const poisson = (mean: number) => poissonDraw(mean, random);
  const drawContext = { months, profileCount, records: joinerTable, curves, monthBelow, reasonAt, contribute, random };
  const drawJoiners: DrawJoiners = profileCount <= (input.mostProfilesDrawnOneByOne ?? mostProfilesDrawnOneByOne) ? joinersOneByOne(drawContext, poisson) : joinersByKind(drawContext, poisson);

  // everyone present as if only the known dates took them off: the same on every path
  for (let at = 0; at < records.length; at += fields) {
    contribute(baseline, 1, 1, records[at + 1], 0, records[at + 3], releasedFirst(records[at + 2], records[at], records[at + 3]), records[at + 4]);
  }

  // those of the people present an unforeseen exit takes off before their known date, on one path:
  // their known path out, the new one in
  const drawPresentExits = (target: Float64Array): void => {
    for (let group = 0; group < groupCurveBases.length; group++) {
      const curveBase = groupCurveBases[group];
      const survival = curves[curveBase + months];
      if (!(survival < 1)) continue;
      const logSurvival = Math.log(survival);
      const to = groupStarts[group + 1];
      for (let position = groupStarts[group] + Math.floor(Math.log(1 - random()) / logSurvival); position < to; position += 1 + Math.floor(Math.log(1 - random()) / logSurvival)) {
        // a leaver within the horizon: the month by the survival curve, given an exit by its end
        const drawn = group * months + Math.floor(random() * months);
        const exitMonth = (random() < exitMonthCutoffs[drawn] ? drawn - group * months : exitMonthAliases[drawn]) + 1;
        const exitDay = monthEndDay[exitMonth];
        const at = position * fields;
        if (records[at] <= exitDay) continue;
        contribute(target, -1, 1, records[at + 1], 0, records[at + 3], releasedFirst(records[at + 2], records[at], records[at + 3]), records[at + 4]);
        contribute(target, 1, 1, exitMonth, reasonAt(curveBase, exitMonth, random()), records[at + 3], releasedFirst(records[at + 2], exitDay, records[at + 3]), records[at + 4]);
      }
    }
  };

  // a path's counts at each month end, from `offset` in every measure and flow: running sums of its changes
  const writeCounts = (target: Float64Array, offset: number): void => {
    let custody = 0;
    community.fill(0);
    for (let month = 1; month <= months; month++) {
      custody += target[custodyRow * width + month];
      let total = 0;
      for (let level = 0; level < levels; level++) {
        community[level] += target[communityRow(level) * width + month];
        total += community[level];
      }
      const at = offset + month - 1;
      measures.community[at] = total;
      measures.custody[at] = custody;
      measures.community_very_high[at] = community[0];
      measures.community_high[at] = community[1];
      measures.community_medium[at] = community[2];
      measures.community_low[at] = community[3];
      measures.community_unassessed[at] = community[4];
      flows.releases[at] = target[releasesRow * width + month];
      for (let reason = 0; reason < leaverFlows.length; reason++) leaverFlows[reason][at] = target[leaversRow(reason) * width + month];
    }
  };

  // each path: the unforeseen exits of the people present and its own level of joiners, then its joiners
  for (let first = 0; first < paths; first += batchSize) {
    const batch = Math.min(batchSize, paths - first);
    for (let member = 0; member < batch; member++) {
      const target = pathChanges[member];
      target.set(baseline);
      drawPresentExits(target);
      if (profileCount > 0) levelDraws[member] = standardNormalDraw(random);
    }

    // the joiners, month by month, each month for every path of the batch
    for (let month = 1; month <= months && profileCount > 0; month++) {
      const year = Math.floor((month - 1) / 12);
      for (let member = 0; member < batch; member++) {
        const yearly = Math.max(0, joiners.yearlyMean[year] + levelDraws[member] * joiners.yearlyLevelDeviation[year]);
        flows.joiners[(first + member) * months + month - 1] = drawJoiners(pathChanges[member], month, (yearly / 12) * (month === 1 ? firstMonthShare : 1));
      }
    }

    // the counts at each month end: running sums of the changes
    for (let member = 0; member < batch; member++) writeCounts(pathChanges[member], (first + member) * months);
  }
  return { monthEndings, paths, measures, flows, inCustodyWithoutRelease };
}

/** The chance of any unforeseen exit in a month, removal on review only for an indefinite registration. */
function monthTotal(bandRates: readonly number[], indefinite: boolean): number {
  let total = 0;
  unforeseenReasons.forEach((reason: UnforeseenReason, index) => {
    if (indefinite || reason !== "removed_on_review") total += bandRates[index];
  });
  return total;
}

function growTo<T extends Float64Array | Int32Array>(array: T, length: number): T {
  const grown = new (array.constructor as new (length: number) => T)(length);
  grown.set(array);
  return grown;
}
