import { normalQuantile } from "../math/normal-quantile.js";
import { yearOfPeriodEnding } from "./year-of-period-ending.js";
import { demandShock } from "./demand-shock.js";
/** z(0.9): the upper bound of an 80% interval is this many standard deviations above the centre. */
const upperEightyZ = normalQuantile(0.9);
/**
 * The caseload a scenario plans for, year by year, with its spread, from the baseline forecast:
 *
 *   centre(h)  = point(h) of the method, or last recorded × (1 + growth)^h with a growth rate
 *   shift(h)   = centre(h) − point(h) + shocks(h)          (`demandShock`)
 *   expected   = max(0, point(h) + shift(h))
 *   planned    = max(0, point(h) + shift(h)), or with an upper bound level L,
 *                max(0, upper_L(h) + shift(h))
 *
 * so a growth rate or a shock moves the whole forecast distribution, intervals and all. With no change
 * the shift is exactly 0 and the figures are the forecast's own, as the baseline staffing uses them.
 *
 * @throws {RangeError} if the method was not fitted, or the forecast lacks the 80% or the asked-for interval
 */
export function scenarioDemand(forecast, changes = {}) {
    const method = changes.method === undefined || changes.method === "auto"
        ? forecast.chosen
        : forecast.methods.find((fitted) => fitted.method === changes.method);
    if (!method)
        throw new RangeError(`the ${changes.method} method was not fitted to this history`);
    const { point, intervals } = method.forecast;
    const intervalAt = (level) => {
        const interval = intervals.find((entry) => entry.level === level);
        if (!interval)
            throw new RangeError(`the forecast has no ${level}% interval; forecast with ${level} among the levels`);
        return interval;
    };
    const eighty = intervalAt(80);
    const upper = changes.upperBoundLevel === undefined ? undefined : intervalAt(changes.upperBoundLevel).upper;
    const lastRecorded = forecast.history.values[forecast.history.values.length - 1];
    const shocks = demandShock(changes.shocks ?? [], forecast.futurePeriodEnding.map(yearOfPeriodEnding));
    return forecast.futurePeriodEnding.map((periodEnding, step) => {
        const growthShift = changes.growthRatePerYear === undefined ? 0 : lastRecorded * (1 + changes.growthRatePerYear) ** (step + 1) - point[step];
        const shift = growthShift + shocks[step];
        return {
            periodEnding,
            expected: Math.max(0, point[step] + shift),
            standardDeviation: Math.max(0, eighty.upper[step] - point[step]) / upperEightyZ,
            planned: Math.max(0, (upper === undefined ? point[step] : upper[step]) + shift),
        };
    });
}
