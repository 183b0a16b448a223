import type { CaseloadForecast } from "../forecast/caseload-forecast.js";
import type { RegisterCaseloadSource } from "../forecast/register-caseload-forecast.js";
import { forceValues, type ForceProfile } from "../inputs/force-profile.js";
import { listSourcedValues, type SourcedValueRow } from "../inputs/sourced-value.js";
import { workloadStandardValues, type WorkloadStandards } from "../inputs/workload-standards.js";
import { availableHours } from "./available-hours.js";
import { caseloadPath } from "./caseload-path.js";
import type { CustodyFigure } from "./custody-figure.js";
import { postsToFundRule } from "./posts-to-fund.js";
import type { ForceValues } from "./staffing-rules.js";
import { staffingProjection, type StaffingYear } from "./staffing-projection.js";

/** The staffing stage's result: what the CSV, the JSON and the report section are made from. */
export interface StaffingResult {
  force: { name: string; description: string; illustrative: boolean };
  /** The label of the forecasting method the caseload comes from. */
  forecastMethod: string;
  /** What the caseload forecast counts (always people in the community) and where it comes from. */
  caseloadCounted: { basis: "community" | "rsos"; statement: string } | null;
  /**
   * Where the community caseload comes from: the trend forecast of the caseload history, or the register
   * projection (extract, as-of and completeness dates, paths, seed, and each year's risk mix and custody).
   */
  caseloadFrom: { source: "history" } | ({ source: "register"; method: string } & RegisterCaseloadSource);
  /** The people in custody custody work is counted on in every year, and where the figure comes from. */
  custody: CustodyFigure;
  /** The last recorded year, which the forecast starts from. */
  lastRecorded: { periodEnding: string; registeredSexOffenders: number };
  years: StaffingYear[];
  targets: ForceValues["targets"];
  /** Hours a year of one FTE for casework, after leave, training, sickness and abstraction. */
  productiveHoursPerFte: number;
  /** Staff on each home visit, as the workload standards set it (APP: two). */
  staffPerVisit: number;
  /** Every number of the standards and the profile with its source, assumptions marked. */
  modelValues: SourcedValueRow[];
  postsToFundRule: string;
}

/** The checked model files, and the names the user gave them, for the assumptions table. */
export interface StaffingModels {
  standards: WorkloadStandards;
  standardsFile: string;
  profile: ForceProfile;
  profileFile: string;
  /** The custody figure chosen from the history and the profile (`custodyFigure`). */
  custody: CustodyFigure;
}

/**
 * Staffing need year by year for a caseload forecast, at the point forecast and at the upper 80% bound
 * (`staffingProjection`), with the staff in post the profile gives and custody work counted on the
 * chosen custody figure, and every model value used listed with its source for the report (the
 * profile's `peopleInCustody` is left out of the list when the history's custody figure is used, and its
 * `riskMix` when the register projection's is).
 */
export function staffingResult(forecast: CaseloadForecast, models: StaffingModels): StaffingResult {
  const standards = workloadStandardValues(models.standards);
  const force = { ...forceValues(models.profile), peopleInCustody: models.custody.people };
  const last = forecast.history.periodEnding.length - 1;
  // a figure the history or the register gives in place of the profile's is not listed as used
  const profileValues = listSourcedValues(models.profileFile, models.profile).filter(
    (row) => (models.custody.from === "profile" || row.path !== "peopleInCustody") && (forecast.register === undefined || !row.path.startsWith("riskMix.")),
  );
  return {
    force: { name: models.profile.name, description: models.profile.description, illustrative: models.profile.illustrative },
    forecastMethod: forecast.chosen.label,
    caseloadFrom: forecast.register === undefined ? { source: "history" } : { source: "register", method: forecast.chosen.label, ...forecast.register },
    caseloadCounted: forecast.history.counted ?? null,
    custody: models.custody,
    lastRecorded: { periodEnding: forecast.history.periodEnding[last], registeredSexOffenders: forecast.history.values[last] },
    years: staffingProjection(caseloadPath(forecast), standards, force),
    targets: force.targets,
    productiveHoursPerFte: availableHours(force.workingTime).productive,
    staffPerVisit: standards.homeVisit.staffPerVisit,
    modelValues: [...listSourcedValues(models.standardsFile, models.standards), ...profileValues],
    postsToFundRule,
  };
}
