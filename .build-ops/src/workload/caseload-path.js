/**
 * The point forecast and the upper 80% bound of the chosen method's forecast. A forecast below zero
 * (a steep fall carried on) is read as zero people.
 *
 * @throws {RangeError} if the forecast has no 80% interval
 */
export function caseloadPath(forecast) {
    const eighty = forecast.chosen.forecast.intervals.find((interval) => interval.level === 80);
    if (!eighty)
        throw new RangeError("the staffing model needs the forecast's 80% interval; forecast with 80 among the levels");
    return {
        periodEnding: [...forecast.futurePeriodEnding],
        point: forecast.chosen.forecast.point.map((value) => Math.max(0, value)),
        upper80: eighty.upper.map((value) => Math.max(0, value)),
    };
}
