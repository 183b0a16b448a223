import { chooseMethod } from "../forecast/choose-method.js";
import { forecastMethods } from "../forecast/methods.js";
import { normalQuantile } from "../math/normal-quantile.js";
import type { RegisterHistory } from "./register-history.js";

/** The joiners a year expected, and how uncertain the expectation itself is. */
export interface JoinerForecast {
  /** Joiners in each whole year of history, oldest first: years ending at the history's last month end. */
  yearlyHistory: number[];
  /** The method label, or a sentence saying why none was used. */
  method: string;
  /** Expected joiners in each year ahead. */
  yearlyMean: number[];
  /** Standard deviation of each year's expected joiners (the level, apart from Poisson chance). */
  yearlyLevelDeviation: number[];
}

const z975 = normalQuantile(0.975);

/**
 * Forecasts yearly joiners with the project's forecasting engine and its `auto` rule (the combination
 * from ten years of history, drift from three, naive from two) on the joiners in each whole year of
 * the reconstructed history. The forecast's 95% interval gives its standard deviation,
 * (upper − lower) ÷ (2 × 1.96); the part of its variance that is a Poisson count's own chance (equal to
 * the mean) is taken off, so that the simulation, which draws each month's joiners as Poisson around a
 * level drawn from what is left, has about the forecast's spread. With less than two whole years the
 * mean monthly joiners so far, times twelve, is carried flat, with no uncertainty in the level.
 */
export function joinerForecast(history: RegisterHistory, horizonYears: number): JoinerForecast {
  const months = history.months;
  const years = Math.floor(months.length / 12);
  const yearlyHistory = Array.from({ length: years }, (_, year) => {
    const start = months.length - (years - year) * 12;
    return months.slice(start, start + 12).reduce((sum, month) => sum + month.joiners, 0);
  });
  if (years < 2 || yearlyHistory.every((count) => count === yearlyHistory[0])) {
    const total = months.reduce((sum, month) => sum + month.joiners, 0);
    const mean = months.length === 0 ? 0 : (total / months.length) * 12;
    const method = months.length === 0 ? "no joiners: no whole month of history" : years < 2 ? "mean of the months of history, carried flat (under two whole years)" : "the same count every year, carried flat";
    return { yearlyHistory, method, yearlyMean: Array(horizonYears).fill(mean), yearlyLevelDeviation: Array(horizonYears).fill(0) };
  }
  const fitted = forecastMethods.filter((method) => method.minimumObservations <= years);
  const choice = chooseMethod([], fitted, years);
  const method = fitted.find((candidate) => candidate.name === choice.method)!;
  const forecast = method.forecast(yearlyHistory, horizonYears, { levels: [95] });
  const [interval] = forecast.intervals;
  return {
    yearlyHistory,
    method: method.label,
    yearlyMean: forecast.point.map((point) => Math.max(0, point)),
    yearlyLevelDeviation: forecast.point.map((point, step) => {
      const deviation = (interval.upper[step] - interval.lower[step]) / (2 * z975);
      return Math.sqrt(Math.max(0, deviation * deviation - Math.max(0, point)));
    }),
  };
}
