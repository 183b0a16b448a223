import { forceValues } from "../inputs/force-profile.js";
import { listSourcedValues } from "../inputs/sourced-value.js";
import { workloadStandardValues } from "../inputs/workload-standards.js";
import { availableHours } from "./available-hours.js";
import { caseloadPath } from "./caseload-path.js";
import { postsToFundRule } from "./posts-to-fund.js";
import { staffingProjection } from "./staffing-projection.js";
/**
 * Staffing need year by year for a caseload forecast, at the point forecast and at the upper 80% bound
 * (`staffingProjection`), with the staff in post the profile gives, and every model value listed with
 * its source for the report.
 */
export function staffingResult(forecast, models) {
    const standards = workloadStandardValues(models.standards);
    const force = forceValues(models.profile);
    const last = forecast.history.periodEnding.length - 1;
    return {
        force: { name: models.profile.name, description: models.profile.description, illustrative: models.profile.illustrative },
        forecastMethod: forecast.chosen.label,
        lastRecorded: { periodEnding: forecast.history.periodEnding[last], registeredSexOffenders: forecast.history.values[last] },
        years: staffingProjection(caseloadPath(forecast), standards, force),
        targets: force.targets,
        productiveHoursPerFte: availableHours(force.workingTime).productive,
        modelValues: [...listSourcedValues(models.standardsFile, models.standards), ...listSourcedValues(models.profileFile, models.profile)],
        postsToFundRule,
    };
}
