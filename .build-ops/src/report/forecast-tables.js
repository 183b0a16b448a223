import { formatCsv } from "./csv-export.js";
/** Column names of the interval bounds for the run's levels: `lower_80, upper_80, lower_95, upper_95`. */
function intervalColumns(levels) {
    return levels.flatMap((level) => [`lower_${level}`, `upper_${level}`]);
}
function forecastRows(result, forecast) {
    return result.futurePeriodEnding.map((periodEnding, step) => [
        periodEnding,
        forecast.method,
        forecast.forecast.point[step],
        ...forecast.forecast.intervals.flatMap((interval) => [interval.lower[step], interval.upper[step]]),
    ]);
}
/** `forecast.csv`: one row per future year of the chosen forecast. Counts to two decimal places. */
export function chosenForecastCsv(result) {
    return formatCsv(["period_ending", "method", "point", ...intervalColumns(result.levels)], forecastRows(result, result.chosen), 2);
}
/** `methods.csv`: the same columns for every method that was fitted, in the method list's order. */
export function allMethodsCsv(result) {
    return formatCsv(["period_ending", "method", "point", ...intervalColumns(result.levels)], result.methods.flatMap((forecast) => forecastRows(result, forecast)), 2);
}
/**
 * `backtest.csv`: for each method and steps ahead, how many past forecasts were scored, their MAPE (per
 * cent), MASE, and the share of actual values inside each interval (0 to 1).
 */
export function backtestCsv(result) {
    return formatCsv(["method", "horizon", "forecasts", "mape", "mase", ...result.levels.map((level) => `coverage_${level}`)], result.backtest.map((score) => [
        score.method,
        score.horizon,
        score.forecasts,
        score.mape,
        score.mase,
        ...result.levels.map((level) => score.coverage.find((entry) => entry.level === level)?.share ?? null),
    ]));
}
