import type { CaseloadObservation } from "../inputs/caseload-history.js";
import { addYears } from "./add-years.js";
import type { AnnualSeries } from "./annual-series.js";

/** What `annualSeries` needs of an observation: its period end and its count. */
export type YearEndCount = Pick<CaseloadObservation, "periodEnding" | "registeredSexOffenders">;

/**
 * Puts observations in date order and fills each missing year, so that the forecasting methods get one
 * value per year with no gaps.
 *
 * A missing year is filled by geometric (log-linear) interpolation between the observed years either
 * side: across a gap of n years from a to b, the k-th missing year gets
 *
 *   a × (b / a)^(k / n)
 *
 * that is, the count is taken to have grown by the same percentage each year of the gap. A sex offender
 * register grows roughly by a rate, not an amount (people join at a rate that has itself been rising, and
 * registration lasts years or indefinitely), so a constant rate is the more natural assumption than a
 * straight line; across a one- or two-year gap the two differ little. Example: 100 in 2010 and 121 in 2012
 * give 110 for 2011 (growth of 10% a year), where a straight line would give 110.5. Filled values are not
 * rounded to whole people.
 *
 * Filled years are marked `filled`, and a warning names them, their values and the method. A warning also
 * says when the observations were not in date order. Nothing is refused here: the input stage has already
 * checked the file.
 *
 * @param observations at least one, in the file's order; periods distinct, all ending on the same day
 *   of the year, counts above 0
 * @throws {RangeError} if those conditions do not hold (a bug in the caller, not bad input)
 * @example
 * annualSeries([
 *   { periodEnding: "2010-03-31", registeredSexOffenders: 100 },
 *   { periodEnding: "2012-03-31", registeredSexOffenders: 121 },
 * ]).values; // => [100, 110, 121] (to rounding)
 */
export function annualSeries(observations: readonly YearEndCount[]): AnnualSeries {
  checkObservations(observations);
  const sorted = [...observations].sort((a, b) => compare(a.periodEnding, b.periodEnding));

  const series: AnnualSeries = { periodEnding: [], values: [], filled: [], warnings: [] };
  const filledYears: string[] = [];
  sorted.forEach((observation, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined) {
      const gapYears = yearOf(observation.periodEnding) - yearOf(previous.periodEnding);
      const from = previous.registeredSexOffenders;
      const to = observation.registeredSexOffenders;
      for (let step = 1; step < gapYears; step += 1) {
        const value = from * (to / from) ** (step / gapYears);
        const periodEnding = addYears(previous.periodEnding, step);
        series.periodEnding.push(periodEnding);
        series.values.push(value);
        series.filled.push(true);
        filledYears.push(`${yearOf(periodEnding)} (${wholeWithSeparators(value)})`);
      }
    }
    series.periodEnding.push(observation.periodEnding);
    series.values.push(observation.registeredSexOffenders);
    series.filled.push(false);
  });

  const outOfOrder = observations.findIndex((observation, index) => index > 0 && compare(observation.periodEnding, observations[index - 1].periodEnding) < 0);
  if (outOfOrder > 0) {
    series.warnings.push(
      `The rows were not in date order (${observations[outOfOrder].periodEnding} comes after ` +
        `${observations[outOfOrder - 1].periodEnding}); they have been put in date order.`,
    );
  }
  if (filledYears.length > 0) {
    const many = filledYears.length > 1;
    series.warnings.push(
      `No figure for the year${many ? "s" : ""} ending ${dayOfYear(sorted[0].periodEnding)} ${listInEnglish(filledYears)}: ` +
        `${many ? "each was" : "it was"} filled in by geometric (log-linear) interpolation between the observed years ` +
        `either side, that is, assuming the count grew by the same percentage each year across the gap.`,
    );
  }
  return series;
}

function checkObservations(observations: readonly YearEndCount[]): void {
  if (observations.length === 0) {
    throw new RangeError("annualSeries needs at least one observation");
  }
  const monthDay = observations[0].periodEnding.slice(5);
  const years = new Set<number>();
  for (const { periodEnding, registeredSexOffenders } of observations) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(periodEnding) || periodEnding.slice(5) !== monthDay) {
      throw new RangeError(`annualSeries needs every period to end on ${monthDay}, got ${periodEnding}`);
    }
    if (years.has(yearOf(periodEnding))) {
      throw new RangeError(`annualSeries needs each period once, got ${periodEnding} twice`);
    }
    if (!(registeredSexOffenders > 0)) {
      throw new RangeError(`annualSeries needs counts above 0 to interpolate by rate, got ${registeredSexOffenders} for ${periodEnding}`);
    }
    years.add(yearOf(periodEnding));
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

const monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** `2025-03-31` → `31 March`. */
function dayOfYear(isoDate: string): string {
  return `${Number(isoDate.slice(8, 10))} ${monthNames[Number(isoDate.slice(5, 7)) - 1]}`;
}

/** 31368.6 → `31,369`, without depending on the machine's locale. */
function wholeWithSeparators(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+$)/g, ",");
}

/** ["a"] → "a"; ["a", "b", "c"] → "a, b and c". */
function listInEnglish(items: readonly string[]): string {
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
