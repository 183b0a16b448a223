/**
 * One year's movements onto the community caseload, as a register projection gives them: the people who
 * join the force's register in the year and the releases from custody in the year. Expected values, so
 * not necessarily whole numbers.
 */
export interface RegisterFlowYear {
  /** The date the year ends on, YYYY-MM-DD: the forecast year the flows belong to. */
  periodEnding: string;
  /** People joining the register in the year (first registration or moving into the force area). */
  joiners: number;
  /** Releases from custody in the year. */
  releases: number;
}

/** The yearly flows of a register projection, one entry a year. */
export type RegisterFlows = readonly RegisterFlowYear[];

/**
 * The flows of each forecast year, found by its period ending. Entries for other years are left out.
 *
 * @throws {RangeError} if a forecast year has no entry or more than one, or a count is negative or not finite
 */
export function flowsForYears(periodEnding: readonly string[], flows: RegisterFlows): RegisterFlowYear[] {
  return periodEnding.map((year) => {
    const matches = flows.filter((flow) => flow.periodEnding === year);
    if (matches.length !== 1) {
      throw new RangeError(`the register flows give ${matches.length} entries for the year ending ${year}; one is needed for each forecast year`);
    }
    const [flow] = matches;
    for (const count of [flow.joiners, flow.releases]) {
      if (!Number.isFinite(count) || count < 0) throw new RangeError(`the register flows for the year ending ${year} give ${count} people; expected 0 or more`);
    }
    return flow;
  });
}
