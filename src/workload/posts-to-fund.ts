/** The rounding rule, as reports state it. */
export const postsToFundRule =
  "Need and gaps are full-time equivalents (FTE) and are not rounded. Posts to fund are the additional FTE " +
  "rounded up to the next whole post, because part of a post still has to be funded; an FTE within " +
  "0.000001 of a whole number counts as that number, so that 2.0000000001 is 2 posts, not 3. " +
  "The posts cost whole: posts to fund × cost per FTE. The FTE gap's cost (additional FTE × cost per FTE) is " +
  "shown beside it, and is not what funding the posts costs.";

/**
 * Whole posts to fund for a gap in FTE, by the rule stated in `postsToFundRule`: rounded up, with a
 * tolerance of 1e-6 FTE for the floating-point remainders of the hour arithmetic.
 *
 * @param additionalFte the gap, 0 or more
 */
export function postsToFund(additionalFte: number): number {
  return Math.max(0, Math.ceil(additionalFte - 1e-6));
}
