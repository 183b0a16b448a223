import { dirname, isAbsolute, join } from "node:path";
import { InputError } from "../errors.js";
import { parseForceProfile, type ForceProfile } from "../inputs/force-profile.js";
import { parseWorkloadStandards, type WorkloadStandards } from "../inputs/workload-standards.js";
import { readTextFile, type TextFile } from "../io/read-text-file.js";
import type { ProvenanceInput } from "../report/provenance.js";
import { custodyFigure, type CustodyFigure } from "../workload/custody-figure.js";
import { loadCaseloadHistory, type LoadedCaseloadHistory } from "./load-caseload-history.js";

/** A force profile with the workload standards and caseload history it names, read and checked. */
export interface LoadedForceModel {
  profileFile: string;
  profileInput: TextFile;
  profile: ForceProfile;
  standardsFile: string;
  standardsInput: TextFile;
  standards: WorkloadStandards;
  historyFile: string;
  history: LoadedCaseloadHistory;
  /** The people in custody custody work is counted on: the history's latest figure, or the profile's. */
  custody: CustodyFigure;
}

/**
 * Reads a force profile and the files it names (paths relative to the profile), and chooses the custody
 * figure (`custodyFigure`): the history's latest, where it gives custody, else the profile's.
 *
 * @param method the forecast method to be used, so that too short a history is refused here
 * @throws {InputError} for any file that cannot be read or does not fit its format, and for a profile
 *   without `peopleInCustody` when the history gives no custody figure
 */
export function loadForceModel(profileFile: string, method: string): LoadedForceModel {
  const profileInput = readTextFile(profileFile);
  const profile = parseForceProfile(profileFile, profileInput.text);
  const standardsFile = besideProfile(profileFile, profile.workloadStandards);
  const standardsInput = readTextFile(standardsFile);
  const standards = parseWorkloadStandards(standardsFile, standardsInput.text);
  const historyFile = besideProfile(profileFile, profile.caseloadHistory);
  const loaded = loadCaseloadHistory(historyFile, method);
  const chosen = custodyFigure({ file: historyFile, latestCustody: loaded.caseload.latestCustody }, { file: profileFile, peopleInCustody: profile.peopleInCustody });
  const fromRegister = profile.register?.caseloadFrom === "register";
  if (chosen === null && !fromRegister) {
    throw new InputError(
      `${profileFile}, JSON path peopleInCustody: expected the people on the register in custody, written {"value": …, "source": "…"}, because ${historyFile} gives no custody figure ` +
        `(or give the history community and custody columns, or a register extract with caseloadFrom "register"); found nothing (the key is missing)`,
    );
  }
  // Where the register projection gives custody (forceCaseloadForecast), this figure is replaced before
  // any use; with neither history nor profile giving one it is NaN, so that any use of it is refused
  // loudly as a figure that is not finite rather than counted as nobody.
  const { custody, warnings } = chosen ?? { custody: { from: "profile" as const, file: profileFile, people: Number.NaN, source: "none: the register projection gives custody" }, warnings: [] };
  // the series' warnings reach every command's output and report, as the history's own do; where the
  // register projection gives custody, its job says what is used instead
  const custodyWarnings = fromRegister ? [] : warnings;
  const history = { ...loaded, series: { ...loaded.series, warnings: [...loaded.series.warnings, ...custodyWarnings] } };
  return { profileFile, profileInput, profile, standardsFile, standardsInput, standards, historyFile, history, custody };
}

/** The three files of a force model, as the report's provenance lists them. */
export function forceModelInputs(model: LoadedForceModel): ProvenanceInput[] {
  return [
    { file: model.profileFile, sha256: model.profileInput.sha256, rowsUsed: 1 },
    { file: model.standardsFile, sha256: model.standardsInput.sha256, rowsUsed: 1 },
    { file: model.historyFile, sha256: model.history.input.sha256, rowsUsed: model.history.observations.length },
  ];
}

/** A path a profile names, taken relative to the profile's folder unless it is absolute. */
export function besideProfile(profileFile: string, path: string): string {
  return isAbsolute(path) ? path : join(dirname(profileFile), path);
}
