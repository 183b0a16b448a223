/**
 * The caseload at every month end of the forecast, from the year-end figures: the forecast counts the
 * register only at year ends, so between two year ends the caseload is taken to move in a straight
 * line, from the last recorded year end (month end 0) to the first forecast year end (month end 12),
 * and from each forecast year end to the next. Entry k − 1 is the end of month k, so entry 11 is the
 * first year end's own figure.
 *
 *   caseload(12y + j) = yearEnd(y) + j ÷ 12 × (yearEnd(y + 1) − yearEnd(y)),  j = 1 to 12
 *
 * with yearEnd(0) the last recorded figure and yearEnd(y) the planned caseload of forecast year y.
 *
 * @param lastRecorded the caseload at the last recorded year end, the forecast's starting point
 * @param yearEnds the planned caseload at each forecast year end
 */
export function monthEndCaseload(lastRecorded: number, yearEnds: readonly number[]): number[] {
  return yearEnds.flatMap((end, year) => {
    const start = year === 0 ? lastRecorded : yearEnds[year - 1];
    return Array.from({ length: 12 }, (_, month) => (month === 11 ? end : start + ((month + 1) / 12) * (end - start)));
  });
}
