import type { CaseloadForecast } from "../forecast/caseload-forecast.js";
import type { YearlyCaseloadMix } from "./force-in-year.js";

/** The forecast caseload the staffing model plans for: one value per future year, at two levels. */
export interface CaseloadPath {
  /** The date each forecast year ends on, YYYY-MM-DD. */
  periodEnding: readonly string[];
  /** The point forecast of registered sex offenders in the community. */
  point: readonly number[];
  /** The upper bound of the 80% prediction interval: a caseload to be ready for. */
  upper80: readonly number[];
  /** Each year's risk mix and people in custody, where the caseload is the register projection's. */
  yearly?: readonly YearlyCaseloadMix[];
}

/**
 * The interval levels to forecast the caseload at for the staffing model: 80, whose upper bound it plans
 * to, and 95, shown beside it in the forecast's outputs.
 */
export const staffingForecastLevels: readonly number[] = [80, 95];

/**
 * The point forecast and the upper 80% bound of the chosen method's forecast. A forecast below zero
 * (a steep fall carried on) is read as zero people.
 *
 * @throws {RangeError} if the forecast has no 80% interval
 */
export function caseloadPath(forecast: CaseloadForecast): CaseloadPath {
  return { ...pointAndUpper80(forecast) };
}

/**
 * The lower bound of the chosen forecast's 80% interval, year by year, read as zero people below zero:
 * the other edge of the range the Recommendation 8 summary and the sensitivity analysis quote.
 *
 * @throws {RangeError} if the forecast has no 80% interval
 */
export function lower80Path(forecast: CaseloadForecast): number[] {
  return eightyInterval(forecast).lower.map((value) => Math.max(0, value));
}

function eightyInterval(forecast: CaseloadForecast) {
  const eighty = forecast.chosen.forecast.intervals.find((interval) => interval.level === 80);
  if (!eighty) throw new RangeError("the staffing model needs the forecast's 80% interval; forecast with 80 among the levels");
  return eighty;
}

function pointAndUpper80(forecast: CaseloadForecast): CaseloadPath {
  const eighty = eightyInterval(forecast);
  return {
    periodEnding: [...forecast.futurePeriodEnding],
    point: forecast.chosen.forecast.point.map((value) => Math.max(0, value)),
    upper80: eighty.upper.map((value) => Math.max(0, value)),
    ...(forecast.register === undefined ? {} : { yearly: forecast.register.years }),
  };
}
