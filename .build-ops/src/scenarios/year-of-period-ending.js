/**
 * The year a forecast year is named by in scenario files and outputs: the calendar year of its last
 * day, so the year ending 31 March 2027 is 2027.
 */
export function yearOfPeriodEnding(periodEnding) {
    return Number(periodEnding.slice(0, 4));
}
