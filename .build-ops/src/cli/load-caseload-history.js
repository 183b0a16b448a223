import { InputError } from "../errors.js";
import { parseCaseloadHistory } from "../inputs/caseload-history.js";
import { readTextFile } from "../io/read-text-file.js";
import { annualSeries } from "../series/fill-missing-years.js";
import { findForecastMethod, forecastMethods } from "../forecast/methods.js";
/**
 * Reads a caseload history file and checks that it holds enough years for the method asked for
 * (`auto` needs as many as the simplest trend method, random walk with drift).
 *
 * @throws {InputError} for an unreadable or malformed file, or too few years
 */
export function loadCaseloadHistory(file, method) {
    const input = readTextFile(file);
    const observations = parseCaseloadHistory(file, input.text);
    const series = annualSeries(observations);
    const needed = method === "auto" ? (findForecastMethod("drift") ?? forecastMethods[0]) : findForecastMethod(method);
    if (needed && observations.length < needed.minimumObservations) {
        const what = method === "auto" ? "a forecast" : `the ${needed.label} method`;
        throw new InputError(`${file}: expected at least ${needed.minimumObservations} years of figures for ${what}; found ${observations.length}`);
    }
    return { input, observations, series };
}
