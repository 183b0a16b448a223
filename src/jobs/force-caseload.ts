import { InputError } from "../errors.js";
import { daysInMonth } from "../math/calendar-day.js";
import type { CaseloadForecast } from "../forecast/caseload-forecast.js";
import type { CaseloadForecastOptions } from "../forecast/forecast-caseload.js";
import { registerCaseloadForecast, registerMethodName } from "../forecast/register-caseload-forecast.js";
import { forceValues, registerProjectionDefaults, type ForceProfile } from "../inputs/force-profile.js";
import type { Assumption, Provenance, ProvenanceInput } from "../report/provenance.js";
import type { CustodyFigure } from "../workload/custody-figure.js";
import type { RegisterFlows } from "../workload/register-flows.js";
import { forecastLoadedHistory } from "./load-caseload-history.js";
import { besideProfile, type LoadedForceModel } from "./load-force-model.js";
import { projectRegisterExtract, type RegisterDateNames, type RegisterPartsInput } from "./register-parts.js";

/** The caseload forecast the staffing figures use, and the custody figure that goes with it. */
export interface ForceCaseload {
  forecast: CaseloadForecast;
  custody: CustodyFigure;
  /** The register extract, when the caseload is its projection's. */
  inputs: ProvenanceInput[];
  methodReferences: Provenance["methodReferences"];
  assumptions: Assumption[];
  /** The seed of the register projection, when the caseload is its; null otherwise. */
  seed: number | null;
}

/**
 * The caseload forecast of a force model: the trend forecast of its caseload history, or, where the
 * profile names its register with `caseloadFrom: "register"`, the register projection at the forecast's
 * year ends (`registerCaseloadForecast`), with each year's risk mix and custody, and the trend forecast
 * beside it. The projection runs from the extract's as-of date for as many whole years as reach the last
 * forecast year.
 *
 * @throws {InputError} for a history the method cannot be fitted to, an extract that cannot be read or
 *   does not fit its format, or one whose months do not reach the forecast's years
 */
export function forceCaseloadForecast(model: LoadedForceModel, options: CaseloadForecastOptions): ForceCaseload {
  const trend = forecastLoadedHistory(model.historyFile, model.history, options);
  const settings = model.profile.register;
  if (settings === undefined || settings.caseloadFrom === "history") {
    return { forecast: trend, custody: model.custody, inputs: [], methodReferences: [], assumptions: [], seed: null };
  }
  const input = profileRegisterInput(model.profileFile, model.profile, {
    horizonYears: yearsToReach(settings.asOf, trend.futurePeriodEnding[trend.futurePeriodEnding.length - 1]),
    levels: trend.levels,
  });
  const { people, sha256, projection } = projectRegisterExtract(input, profileDateNames(model.profileFile));
  let forecast;
  try {
    forecast = registerCaseloadForecast(projection, trend, { extractFile: input.extractFile, asOf: input.asOf, paths: input.paths, seed: input.seed }, forceValues(model.profile).riskMix);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new InputError(
      `${model.profileFile}, JSON path register: expected a register extract whose months cover the forecast's years ending ${trend.futurePeriodEnding.join(", ")}; found that ${error.message}`,
    );
  }
  const warnings = [
    `${model.profileFile}: ${model.profile.peopleInCustody === undefined ? "riskMix is" : `riskMix and peopleInCustody (${model.profile.peopleInCustody.value}) are`} not used: the caseload, its risk mix and custody are the register projection's of ${input.extractFile} (register.caseloadFrom "register").`,
    ...(projection.inCustodyWithoutRelease > 0
      ? [`${projection.inCustodyWithoutRelease} people in custody at ${input.asOf} in ${input.extractFile} have no expected release date; the register projection keeps them in custody.`]
      : []),
  ];
  const years = forecast.register.years;
  return {
    forecast: { ...forecast, warnings: [...forecast.warnings, ...warnings] },
    custody: {
      from: "register",
      file: input.extractFile,
      asOf: input.asOf,
      people: years[0].peopleInCustody,
      byYear: years.map((year) => ({ periodEnding: year.periodEnding, people: year.peopleInCustody })),
      profileValueNotUsed: model.profile.peopleInCustody?.value ?? null,
    },
    inputs: [{ file: input.extractFile, sha256, rowsUsed: people.length }],
    methodReferences: [
      {
        method: "Register projection",
        reference: `A monthly stock-and-flow microsimulation of the register (mosovo register), as the Ministry of Justice projects the prison population; ${input.paths} Monte Carlo paths from seed ${input.seed}; ranges are R type 7 sample quantiles of the paths`,
      },
    ],
    assumptions: [
      {
        statement: `The community caseload, its risk mix and the people in custody in each forecast year are the register projection's (${registerMethodName}), at the end of the month each year ends in; people not yet assessed are shared among the risk levels in proportion to the assessed mix, and the profile's riskMix is not used`,
        source: `${input.extractFile} as at ${input.asOf}, complete from ${forecast.register.completeFrom}; the force profile's register.caseloadFrom`,
        isAssumption: true,
      },
    ],
    seed: input.seed,
  };
}

/**
 * The joiners and releases of each forecast year where the caseload is the register projection's, on
 * which the staffing model counts the one-off work of joining and release; undefined for a trend forecast,
 * which knows no flows.
 */
export function caseloadFlows(forecast: CaseloadForecast): RegisterFlows | undefined {
  return forecast.register?.years.map(({ periodEnding, joiners, releases }) => ({ periodEnding, joiners, releases }));
}

/** The subtitle of a staffing report: where the caseload comes from and how far ahead it goes. */
export function caseloadSubtitle(historyFile: string, forecast: CaseloadForecast, horizon: number): string {
  const last = forecast.history.periodEnding[forecast.history.periodEnding.length - 1];
  return forecast.register === undefined
    ? `Caseload from ${historyFile}, forecast ${horizon} years ahead from ${last}`
    : `Caseload from the register projection of ${forecast.register.extractFile} as at ${forecast.register.asOf}, for ${horizon} years ahead from ${last}`;
}

/** A profile's register settings as `registerParts` takes them, with the register command's paths and seed by default. */
export function profileRegisterInput(profileFile: string, profile: ForceProfile, run: Pick<RegisterPartsInput, "horizonYears" | "levels">): RegisterPartsInput {
  const settings = profile.register;
  if (settings === undefined) throw new RangeError("the profile names no register extract");
  return {
    extractFile: besideProfile(profileFile, settings.extract),
    asOf: settings.asOf,
    ...(settings.completeFrom === undefined ? {} : { completeFrom: settings.completeFrom }),
    horizonYears: run.horizonYears,
    paths: settings.paths ?? registerProjectionDefaults.paths,
    seed: settings.seed ?? registerProjectionDefaults.seed,
    levels: run.levels,
  };
}

/** The profile's file and JSON paths, for messages about its register dates. */
export function profileDateNames(profileFile: string): RegisterDateNames {
  return { asOf: `${profileFile}, JSON path register.asOf`, completeFrom: `${profileFile}, JSON path register.completeFrom` };
}

/**
 * Whole years of projection that reach the end of the month a day falls in. The projection's months
 * start with the as-of date's own month unless the as-of date is its last day.
 */
function yearsToReach(asOf: string, last: string): number {
  const month = (isoDay: string) => Number(isoDay.slice(0, 4)) * 12 + Number(isoDay.slice(5, 7));
  const [year, monthOfYear, day] = asOf.split("-").map(Number);
  const firstMonth = month(asOf) + (day === daysInMonth(year, monthOfYear) ? 1 : 0);
  return Math.max(1, Math.ceil((month(last) - firstMonth + 1) / 12));
}
