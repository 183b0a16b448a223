import { InputError } from "../errors.js";
import { parseCaseloadHistory, type CaseloadObservation } from "../inputs/caseload-history.js";
import { communityCaseload, type CommunityCaseload } from "../inputs/community-caseload.js";
import { readTextFile, type TextFile } from "../io/read-text-file.js";
import type { AnnualSeries } from "../series/annual-series.js";
import { annualSeries } from "../series/fill-missing-years.js";
import type { CaseloadForecast } from "../forecast/caseload-forecast.js";
import { forecastCaseload, type CaseloadForecastOptions } from "../forecast/forecast-caseload.js";
import { findForecastMethod, forecastMethods } from "../forecast/methods.js";

/** A caseload history file, read, checked and made into a yearly series of the community caseload with no gaps. */
export interface LoadedCaseloadHistory {
  input: TextFile;
  observations: CaseloadObservation[];
  /** What is forecast (the community count), and the custody figure the history gives. */
  caseload: CommunityCaseload;
  series: AnnualSeries;
}

/**
 * Reads a caseload history file, takes the community count from it (`communityCaseload`), and checks that it holds enough years for the method asked for
 * (`auto` needs as many as the simplest trend method, random walk with drift).
 *
 * @throws {InputError} for an unreadable or malformed file, or too few years
 */
export function loadCaseloadHistory(file: string, method: string): LoadedCaseloadHistory {
  const input = readTextFile(file);
  const observations = parseCaseloadHistory(file, input.text);
  const caseload = communityCaseload(file, observations);
  const filled = annualSeries(caseload.counts);
  const series: AnnualSeries = {
    ...filled,
    warnings: [...caseload.warnings, ...filled.warnings],
    counted: { basis: caseload.basis, statement: caseload.statement },
  };
  requireYearsFor(method, file, observations);
  return { input, observations, caseload, series };
}

/**
 * Refuses a history with fewer years than the method asked for needs (`auto`: as many as random walk
 * with drift), naming the file.
 *
 * @throws {InputError} for too few years
 */
export function requireYearsFor(method: string, file: string, observations: readonly CaseloadObservation[]): void {
  const needed = method === "auto" ? (findForecastMethod("drift") ?? forecastMethods[0]) : findForecastMethod(method);
  if (needed && observations.length < needed.minimumObservations) {
    const what = method === "auto" ? "a forecast" : `the ${needed.label} method`;
    throw new InputError(
      `${file}: expected at least ${needed.minimumObservations} years of figures for ${what}; found ${observations.length}`,
    );
  }
}

/**
 * The forecast stage on a loaded history. A method named with --method that cannot be fitted to it
 * even with years enough (compound growth on counts that swing by orders of magnitude) is refused as
 * bad input naming the file; `auto` leaves such a method out with a warning instead.
 *
 * @param file the history file as the user named it, for the message
 * @throws {InputError} if the method named cannot be fitted to the history
 */
export function forecastLoadedHistory(file: string, history: LoadedCaseloadHistory, options: CaseloadForecastOptions): CaseloadForecast {
  try {
    return forecastCaseload(history.series, options);
  } catch (error) {
    if (!(error instanceof RangeError) || options.method === "auto") throw error;
    throw new InputError(`${file}: expected a history the method ${options.method} can be fitted to; found that ${error.message}`);
  }
}
