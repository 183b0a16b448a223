import type { ForecastFunction } from "./forecast.js";

/** A forecasting method as the command line and the backtest know it. */
export interface ForecastMethod {
  /** Name used on the command line (`--method drift`) and in every output. */
  name: string;
  /** What an analyst reads in a report, such as "random walk with drift". */
  label: string;
  /** Fewest observations the method can be fitted to. */
  minimumObservations: number;
  /** Where the method is defined, and the established implementation it is checked against. */
  reference: string;
  forecast: ForecastFunction;
}

/**
 * The one list of methods. Its order is the order of every table and chart, and the order in which
 * ties are broken when `auto` chooses.
 */
export const forecastMethods: readonly ForecastMethod[] = [
  // each method file adds its entry here
];

/** The method of that name, or undefined. */
export function findForecastMethod(name: string): ForecastMethod | undefined {
  return forecastMethods.find((method) => method.name === name);
}
