import type { ForceProfile } from "../inputs/force-profile.js";
import { readableDate } from "../report/readable-date.js";
import type { AnnualSeries } from "../series/annual-series.js";

/** The date no hire of a plan may start before, where it comes from and why, for the plan and its messages. */
export interface NoHireBefore {
  /** YYYY-MM-DD. */
  date: string;
  /** Why, as the end of a sentence, such as `the inputs are known to 31 March 2026 (the operational extracts' as-of date)`. */
  reason: string;
  /** What to name when the date is refused: the option, or the file and JSON path or column it was read from. */
  source: string;
  /** True when the user gave the date (`--no-hire-before`), false when it is the date the inputs are known to. */
  given: boolean;
}

/** One input with the date it describes the force at. */
interface DatedInput {
  date: string;
  /** The input in words, for the reason. */
  what: string;
  /** The file and JSON path or column the date is read from, for messages. */
  source: string;
}

/**
 * The date the inputs are known to, the default no-hire-before date of a plan: the latest of the dates
 * the profile's inputs describe the force at. A plan cannot hire before what it is planned on is known.
 *
 * - the caseload history's last year end (its last `period_ending`);
 * - the as-of date of the operational extracts the profile names (`operationalExtracts.asOf`).
 *
 * Any other dated input the profile comes to name (such as a register extract with its as-of date)
 * belongs in this list, and so in every plan's default.
 *
 * @param files the paths of the profile and the caseload history as given, for messages
 */
export function inputsKnownTo(profile: Pick<ForceProfile, "operationalExtracts">, series: Pick<AnnualSeries, "periodEnding">, files: { profile: string; history: string }): NoHireBefore {
  const dated: DatedInput[] = [
    { date: series.periodEnding[series.periodEnding.length - 1], what: "the caseload history's last year end", source: `${files.history}, column period_ending` },
    ...(profile.operationalExtracts === undefined
      ? []
      : [{ date: profile.operationalExtracts.asOf, what: "the operational extracts' as-of date", source: `${files.profile}, JSON path operationalExtracts.asOf` }]),
  ];
  const latest = dated.reduce((date, input) => (input.date > date ? input.date : date), dated[0].date);
  const from = dated.filter((input) => input.date === latest);
  return {
    date: latest,
    reason: `the inputs are known to ${readableDate(latest)} (${from.map((input) => input.what).join(" and ")})`,
    source: from[from.length - 1].source,
    given: false,
  };
}

/** The no-hire-before date given with `--no-hire-before`, YYYY-MM-DD. */
export function noHireBeforeOption(date: string): NoHireBefore {
  return { date, reason: "given with --no-hire-before", source: `--no-hire-before ${date}`, given: true };
}
