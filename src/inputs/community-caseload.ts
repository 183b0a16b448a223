import type { CaseloadObservation } from "./caseload-history.js";

/**
 * What the forecast of a caseload history counts: always people in the community. `community` when the
 * history splits every row into community and custody (the community figure is forecast); `rsos` when it
 * gives `rsos` alone, which is then read as the count in the community.
 */
export type CommunityCaseloadBasis = "community" | "rsos";

/** The custody figure of one row of a caseload history. */
export interface HistoryCustodyFigure {
  periodEnding: string;
  /** People in custody at the period end. */
  people: number;
  /** Line of the history file. */
  line: number;
  /** The row's `source`, empty if it gives none. */
  source: string;
}

/** A caseload history made into the community caseload that is forecast, and the custody figure it gives. */
export interface CommunityCaseload {
  basis: CommunityCaseloadBasis;
  /** One count a row, in the file's order: the community figure, or `rsos` read as one. */
  counts: Pick<CaseloadObservation, "periodEnding" | "registeredSexOffenders">[];
  /** The latest row's custody figure; null when the history gives none. */
  latestCustody: HistoryCustodyFigure | null;
  /** One sentence saying what is forecast and where it comes from, for the report and the JSON outputs. */
  statement: string;
  /** A warning when `rsos` is read as the community count. */
  warnings: string[];
}

/**
 * The community caseload of a checked caseload history. The yearly MAPPA figures count registered sex
 * offenders in the community, not those in custody, and the staffing model counts custody work
 * separately, so what is forecast is always the community count:
 *
 *   a history that splits its rows   the `community` column (`rsos` is then everyone on the register,
 *                                    community + custody, as the parser has checked)
 *   a history of `rsos` alone        `rsos`, read as the community count, with a warning saying so
 *
 * The custody figure of the latest row, where the history gives one, is what custody work is counted on.
 *
 * @param file the history file as the user named it, for the words
 * @param observations as `parseCaseloadHistory` returns them: every row split, or none
 */
export function communityCaseload(file: string, observations: readonly CaseloadObservation[]): CommunityCaseload {
  const split = observations.every((observation) => observation.community !== undefined);
  if (!split) {
    return {
      basis: "rsos",
      counts: observations.map(({ periodEnding, registeredSexOffenders }) => ({ periodEnding, registeredSexOffenders })),
      latestCustody: null,
      statement: `The caseload forecast is of registered sex offenders in the community: ${file} gives rsos only, read as the count in the community, the basis of the yearly MAPPA figures.`,
      warnings: [
        `${file} gives rsos only, with no community or custody column: each rsos is read as the number of registered sex offenders in the community (the basis of the yearly MAPPA figures), and that is what is forecast. If the figures include people in custody, split them with the community and custody columns.`,
      ],
    };
  }
  const latest = observations.reduce((last, observation) => (observation.periodEnding > last.periodEnding ? observation : last));
  return {
    basis: "community",
    counts: observations.map(({ periodEnding, community }) => ({ periodEnding, registeredSexOffenders: community ?? 0 })),
    latestCustody: { periodEnding: latest.periodEnding, people: latest.custody ?? 0, line: latest.line, source: latest.source },
    statement: `The caseload forecast is of registered sex offenders in the community: the community figures of ${file} (its rsos less those in custody).`,
    warnings: [],
  };
}
