import type { RegisterCaseloadSource } from "../forecast/register-caseload-forecast.js";
import { readableDate } from "./readable-date.js";

/** One sentence saying that the caseload, its risk mix and custody are the register projection's, and how it was made. */
export function registerCaseloadStatement(register: RegisterCaseloadSource): string {
  return (
    `The community caseload, its risk mix and the people in custody are the register projection's, not a trend through the caseload history: ` +
    `${register.extractFile} as at ${readableDate(register.asOf)}, holding everyone who left from ${readableDate(register.completeFrom)}, ` +
    `the mean and ranges of ${register.paths} simulated paths (seed ${register.seed}), at each forecast year end; ` +
    `people not yet assessed are shared among the risk levels in proportion to the assessed mix.`
  );
}

/** The note above the report's register section: whether the staffing figures use the projection shown, or set it beside the trend forecast. */
export function registerSectionNote(caseloadFrom: "register" | "history", paths: number): string {
  return caseloadFrom === "register"
    ? `The staffing figures in this report use this projection (the force profile's register.caseloadFrom is "register"); the trend forecast of the caseload history is shown beside it in the forecast section. ${paths} simulated paths.`
    : `The staffing figures in this report use the trend forecast of the caseload history (the force profile's register.caseloadFrom is "history"); this projection of the register is shown beside it for comparison, from ${paths} simulated paths.`;
}
