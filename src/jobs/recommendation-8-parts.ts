import { join } from "node:path";
import type { CaseloadForecast } from "../forecast/caseload-forecast.js";
import { forceValues, type ForceProfile } from "../inputs/force-profile.js";
import { parseRecommendation8Rules, recommendation8RuleValues } from "../inputs/recommendation-8-rules.js";
import { readTextFile } from "../io/read-text-file.js";
import { toolFolder } from "../io/tool-folder.js";
import { assessAbstractions } from "../recommendation-8/assess-abstractions.js";
import { assessDemand } from "../recommendation-8/assess-demand.js";
import { assessOutstandingWork } from "../recommendation-8/assess-outstanding-work.js";
import { assessSupervisorReviews } from "../recommendation-8/assess-supervisor-reviews.js";
import type { ProvenanceInput } from "../report/provenance.js";
import type { DemandYearEvidence, Recommendation8Evidence, StaffingOption } from "../report/recommendation-8-summary.js";
import { lower80Path } from "../workload/caseload-path.js";
import type { StaffingResult } from "../workload/staffing-result.js";
import { besideProfile } from "./load-force-model.js";
import type { OperationsParts } from "./operations-parts.js";
import type { ScenarioParts } from "./scenario-parts.js";

/** The tool's own rules, used when a profile names none. */
const defaultRulesPath = () => join(toolFolder(), "models", "recommendation-8-rules.json");
/** How reports name the tool's own rules file: never by this machine's path. */
export const defaultRulesName = "recommendation-8-rules.json (mosovo-workload's defaults)";

/** What the Recommendation 8 summary is made from: the stages' results, already computed. */
export interface Recommendation8Input {
  profileFile: string;
  profile: ForceProfile;
  forecast: CaseloadForecast;
  staffing: StaffingResult;
  scenarios?: ScenarioParts;
  operations?: OperationsParts;
}

/**
 * Reads the Recommendation 8 rules the profile names (`recommendation8Rules`, relative to the profile),
 * or the tool's defaults, and assesses each part on the stages' results.
 *
 * @throws {InputError} for a rules file that cannot be read or does not fit
 */
export function recommendation8Parts(input: Recommendation8Input): { evidence: Recommendation8Evidence; rulesInput: ProvenanceInput } {
  const named = input.profile.recommendation8Rules;
  const rulesFile = named === undefined ? defaultRulesName : besideProfile(input.profileFile, named);
  const text = readTextFile(named === undefined ? defaultRulesPath() : rulesFile);
  const rules = recommendation8RuleValues(parseRecommendation8Rules(rulesFile, text.text));
  const force = forceValues(input.profile);
  const lower80 = lower80Path(input.forecast);

  const years: DemandYearEvidence[] = input.staffing.years.map((year, index) => {
    return {
      periodEnding: year.periodEnding,
      caseload: { point: year.point.registeredSexOffenders, lower80: lower80[index], upper80: year.upper80.registeredSexOffenders },
      needAtPoint: { offenderManagers: year.point.offenderManagersNeeded, supervisors: year.point.supervisorsNeeded },
      needAtUpper80: { offenderManagers: year.upper80.offenderManagersNeeded, supervisors: year.upper80.supervisorsNeeded },
      inPost: { offenderManagers: year.point.offenderManagersInPost, supervisors: year.point.supervisorsInPost },
      postsToFundAtPoint: { offenderManagers: year.point.offenderManagerPostsToFund, supervisors: year.point.supervisorPostsToFund },
      postsToFundAtUpper80: { offenderManagers: year.upper80.offenderManagerPostsToFund, supervisors: year.upper80.supervisorPostsToFund },
      costOfPostsAtPoint: year.point.postsToFundCost,
      costOfPostsAtUpper80: year.upper80.postsToFundCost,
    };
  });

  const scenarios = input.scenarios;
  const options: StaffingOption[] | null =
    scenarios === undefined
      ? null
      : scenarios.compared.map((projection, index) => {
          const last = projection.years[projection.years.length - 1];
          const summary = scenarios.summaries[index];
          return {
            name: projection.name,
            lastYearStaff: { offenderManagers: last.workforce.offenderManagersInPost, supervisors: last.workforce.supervisorsInPost },
            totalCost: summary.totalCost,
            // the years' caseloads are taken to move together, so a breach in any year is at least as
            // likely as one in the worst year (see the scenarios section)
            probabilityOfABreachInAnyYear: summary.highestBreachProbability,
            // a year that ends before any hire can start is the same for every option, so the options are
            // set side by side over the years a hire can still change
            onceHiresCanStart: summary.breachProbabilityOnceHiresCanStart,
            lastYearCapacityPercent: last.capacityPercent,
          };
        });

  const measures = input.operations?.measures;
  const evidence: Recommendation8Evidence = {
    rulesFile,
    rules,
    demand: {
      assessment: assessDemand(years),
      lastRecorded: input.staffing.lastRecorded,
      years,
      options,
      chosenOption: input.scenarios === undefined ? null : input.scenarios.planName,
    },
    operations:
      measures === undefined || input.operations === undefined
        ? null
        : {
            asOf: measures.asOf,
            abstractions: assessAbstractions(measures.abstractions, {
              asOf: measures.asOf,
              availableHoursPerMonth: input.operations.availableHoursPerMonth,
              assumed: force.workingTime,
            }),
            outstanding: assessOutstandingWork(measures.outstanding, measures.workItemCount, rules.outstandingWork),
            reviews: assessSupervisorReviews(measures.supervisorReviews, measures.asOf, rules.supervisorReviews),
          },
  };
  return { evidence, rulesInput: { file: rulesFile, sha256: text.sha256, rowsUsed: 1 } };
}
