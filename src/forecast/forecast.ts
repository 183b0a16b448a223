/** The range a future value is expected to fall in with the stated probability. */
export interface PredictionInterval {
  /** Nominal coverage in per cent, such as 80 or 95. */
  level: number;
  /** Lower bound for each step ahead, 1 to horizon. */
  lower: number[];
  /** Upper bound for each step ahead, 1 to horizon. */
  upper: number[];
}

/** A forecast for steps 1 to horizon after the last observation. */
export interface Forecast {
  /** Name of the method that made it, as in the method list (`src/forecast/methods.ts`). */
  method: string;
  /** Point forecast for each step ahead: the mean of the forecast distribution unless the method says otherwise. */
  point: number[];
  /** One interval per requested level, in the order requested. */
  intervals: PredictionInterval[];
}

export interface ForecastOptions {
  /** Interval levels in per cent, each strictly between 0 and 100, such as [80, 95]. */
  levels: readonly number[];
}

/**
 * The one signature every forecasting method has: a history of equally spaced observations, oldest
 * first and with no gaps, and how many steps ahead to forecast.
 */
export type ForecastFunction = (history: readonly number[], horizon: number, options: ForecastOptions) => Forecast;
