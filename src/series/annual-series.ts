import type { CommunityCaseloadBasis } from "../inputs/community-caseload.js";

/**
 * A yearly series with no gaps, as every forecasting method needs it. Years missing from the input are
 * present here with a filled-in value and `filled` set, so that reports can mark them.
 */
export interface AnnualSeries {
  /** The date each year ends on, YYYY-MM-DD, oldest first, one year apart. */
  periodEnding: string[];
  /** The count at each period end. */
  values: number[];
  /** True where the value was filled in because the input had no figure for that year. */
  filled: boolean[];
  /** Plain-English notes on what was done to the input, such as which years were filled in and how. */
  warnings: string[];
  /** For a caseload history, what the values count and where they come from; absent for other series. */
  counted?: { basis: CommunityCaseloadBasis; statement: string };
}
