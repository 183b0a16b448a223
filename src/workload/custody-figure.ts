import type { HistoryCustodyFigure } from "../inputs/community-caseload.js";
import type { SourcedValue } from "../inputs/sourced-value.js";

/**
 * The number of people in custody that custody work is counted on, held in every forecast year, and
 * where it comes from: the caseload history's latest custody figure where the history gives custody,
 * otherwise the force profile's `peopleInCustody`; or, where the caseload is the register projection's,
 * its custody count year by year.
 */
export type CustodyFigure =
  | ({ from: "history"; file: string; /** The profile's `peopleInCustody`; null when it gives none. */ profileValueNotUsed: number | null } & HistoryCustodyFigure)
  | { from: "profile"; file: string; people: number; source: string }

  /** The register projection's custody count at each forecast year end; `people` is the first year's. */
  | { from: "register"; file: string; asOf: string; people: number; byYear: { periodEnding: string; people: number }[]; /** The profile's `peopleInCustody`; null when it gives none. */ profileValueNotUsed: number | null };

/**
 * Chooses the custody figure. People in custody are counted once: the history's `rsos` of a split row
 * is community + custody, and only the community part is forecast, so the custody part is counted here
 * and nowhere else. The history's figure is preferred to the profile's because it is the force's own
 * count for the latest year of the history; it is held, not forecast, in every year, as the profile's
 * figure is.
 *
 * The profile's figure is needed only when the history gives none.
 *
 * @returns the figure, and a warning when the profile's figure differs from the history's and goes
 *   unused; null when neither the history nor the profile gives one
 */
export function custodyFigure(
  history: { file: string; latestCustody: HistoryCustodyFigure | null },
  profile: { file: string; peopleInCustody?: SourcedValue | undefined },
): { custody: CustodyFigure; warnings: string[] } | null {
  const profileValue = profile.peopleInCustody?.value ?? null;
  if (history.latestCustody === null) {
    if (profile.peopleInCustody === undefined) return null;
    return { custody: { from: "profile", file: profile.file, people: profile.peopleInCustody.value, source: profile.peopleInCustody.source }, warnings: [] };
  }
  const latest = history.latestCustody;
  const warnings =
    profileValue === null || profileValue === latest.people
      ? []
      : [
          `${profile.file}: peopleInCustody (${profileValue}) is not used: custody work is counted on ${latest.people}, ` +
            `the custody figure of ${history.file} for the year ending ${latest.periodEnding} (line ${latest.line}).`,
        ];
  return { custody: { from: "history", file: history.file, profileValueNotUsed: profileValue, ...latest }, warnings };
}
