import { activityCounts, type ActivityCounts } from "./activity-counts.js";
import { activityHours, type ActivityHours } from "./activity-hours.js";
import { availableHours } from "./available-hours.js";
import { caseloadByRiskLevel, type CaseloadByRiskLevel } from "./caseload-by-risk-level.js";
import { oneOffWorkHours, type OneOffWorkHours } from "./one-off-work.js";
import { postsToFund } from "./posts-to-fund.js";
import type { ForceValues, WorkloadStandardValues } from "./staffing-rules.js";
import { supervisorReviewHours } from "./supervisor-review-hours.js";

/** The caseload and staff of one year. Scenarios give each year its own staff in post. */
export interface StaffingSituation {
  /** People on the register in the community: the forecast caseload. */
  registeredSexOffenders: number;
  peopleInCustody: number;
  /** FTE. */
  offenderManagersInPost: number;
  /** FTE. */
  supervisorsInPost: number;
  /** The year's joiners and releases from a register projection; without them no one-off work is counted. */
  flows?: { joiners: number; releases: number };
}

/** Staffing need for one year's caseload, and how the staff in post compare with it. All FTE unrounded. */
export interface StaffingNeed extends StaffingSituation {
  caseloadByRiskLevel: CaseloadByRiskLevel;
  activityCounts: ActivityCounts;
  activityHours: ActivityHours;
  /** The one-off work of the year's joiners and releases, where the flows and the standards' hours are both given. */
  oneOffWork?: OneOffWorkHours;
  supervisorReviewHours: number;
  /** Productive hours a year of one FTE, offender manager or supervisor. */
  productiveHoursPerFte: number;
  offenderManagersNeededByRatio: number;
  offenderManagersNeededByActivity: number;
  /** The larger of the two methods: the planning figure. */
  offenderManagersNeeded: number;
  supervisorsNeededBySpan: number;
  supervisorsNeededByReviewHours: number;
  /** The larger of span and review hours. */
  supervisorsNeeded: number;
  /** Community caseload ÷ offender managers in post; null with none in post. */
  caseloadPerOffenderManager: number | null;
  offenderManagersPerSupervisor: number | null;
  registeredSexOffendersPerSupervisor: number | null;
  /** Workload hours ÷ hours available from the offender managers in post × 100; null with none in post. */
  capacityPercent: number | null;
  /** Offender managers needed − in post, or 0 if there are enough. */
  additionalOffenderManagersNeeded: number;
  additionalSupervisorsNeeded: number;
  /** The FTE gap's cost: the additional FTE × cost per FTE of each role, a year. Not what funding the posts costs. */
  additionalCost: number;
  offenderManagerPostsToFund: number;
  supervisorPostsToFund: number;
  /** The whole posts' cost: posts to fund × cost per FTE of each role, a year. */
  postsToFundCost: number;
}

/**
 * How many offender managers and supervisors one year's caseload needs, reckoned both ways a business
 * case argues it:
 *
 *   by ratio      offender managers = community caseload ÷ maxCaseloadPerOffenderManager
 *   by activity   offender managers = workload hours ÷ productive hours per FTE
 *                 (workload hours from `activityHours`, productive hours from `availableHours`)
 *   planning figure = the larger of the two
 *
 *   supervisors = the larger of
 *                   planning offender managers ÷ maxOffenderManagersPerSupervisor (APP: at most ten), and
 *                   supervisor review hours ÷ (productive hours per FTE × shareOfTimeForReviews)
 *
 * Against the staff in post it gives caseload per offender manager, offender managers and registered
 * sex offenders per supervisor, and capacity % as the probation Workload Measurement Tool reports it
 * (workload hours ÷ hours available × 100; over 110% is excessive). The gap is need − in post, never
 * below 0; its cost is the gap × cost per FTE; posts to fund are the gap rounded up (`postsToFund`), and
 * their cost is the whole posts × cost per FTE, since a post is funded whole.
 *
 * The ratio counts people in the community only, as HMICFRS's "active cases per officer" does; the
 * work for people in custody is counted by the activity method alone, as is the one-off work of the
 * year's joiners and releases (`oneOffWorkHours`), which is added to the workload hours and, for the
 * reviews of its assessments, plans and visits, to the supervisor review hours when the situation gives
 * the flows and the standards give `oneOffWork`.
 */
export function staffingNeed(situation: StaffingSituation, standards: WorkloadStandardValues, force: ForceValues): StaffingNeed {
  const caseload = caseloadByRiskLevel(situation.registeredSexOffenders, force);
  const counts = activityCounts(caseload, standards);
  const oneOffWork = situation.flows && standards.oneOffWork ? oneOffWorkHours(situation.flows, standards.oneOffWork, standards) : undefined;
  const recurringHours = activityHours(counts, situation.peopleInCustody, standards);
  const hours = oneOffWork ? { ...recurringHours, oneOffWork: oneOffWork.total, total: recurringHours.total + oneOffWork.total } : recurringHours;
  const reviewHours = supervisorReviewHours(counts, standards) + (oneOffWork?.supervisorReviewHours ?? 0);
  const productiveHoursPerFte = availableHours(force.workingTime).productive;

  const offenderManagersNeededByRatio = situation.registeredSexOffenders / force.targets.maxCaseloadPerOffenderManager;
  const offenderManagersNeededByActivity = hours.total / productiveHoursPerFte;
  const offenderManagersNeeded = Math.max(offenderManagersNeededByRatio, offenderManagersNeededByActivity);
  const supervisorsNeededBySpan = offenderManagersNeeded / force.targets.maxOffenderManagersPerSupervisor;
  const supervisorsNeededByReviewHours = reviewHours / (productiveHoursPerFte * force.supervisors.shareOfTimeForReviews);
  const supervisorsNeeded = Math.max(supervisorsNeededBySpan, supervisorsNeededByReviewHours);

  const { offenderManagersInPost, supervisorsInPost } = situation;
  const additionalOffenderManagersNeeded = Math.max(0, offenderManagersNeeded - offenderManagersInPost);
  const additionalSupervisorsNeeded = Math.max(0, supervisorsNeeded - supervisorsInPost);

  return {
    ...situation,
    caseloadByRiskLevel: caseload,
    activityCounts: counts,
    activityHours: hours,
    ...(oneOffWork ? { oneOffWork } : {}),
    supervisorReviewHours: reviewHours,
    productiveHoursPerFte,
    offenderManagersNeededByRatio,
    offenderManagersNeededByActivity,
    offenderManagersNeeded,
    supervisorsNeededBySpan,
    supervisorsNeededByReviewHours,
    supervisorsNeeded,
    caseloadPerOffenderManager: ratio(situation.registeredSexOffenders, offenderManagersInPost),
    offenderManagersPerSupervisor: ratio(offenderManagersInPost, supervisorsInPost),
    registeredSexOffendersPerSupervisor: ratio(situation.registeredSexOffenders, supervisorsInPost),
    capacityPercent: ratio(hours.total * 100, offenderManagersInPost * productiveHoursPerFte),
    additionalOffenderManagersNeeded,
    additionalSupervisorsNeeded,
    additionalCost: additionalOffenderManagersNeeded * force.offenderManagers.costPerFte + additionalSupervisorsNeeded * force.supervisors.costPerFte,
    offenderManagerPostsToFund: postsToFund(additionalOffenderManagersNeeded),
    supervisorPostsToFund: postsToFund(additionalSupervisorsNeeded),
    postsToFundCost:
      postsToFund(additionalOffenderManagersNeeded) * force.offenderManagers.costPerFte + postsToFund(additionalSupervisorsNeeded) * force.supervisors.costPerFte,
  };
}

/** A per-head figure, or null when there is no one to divide by. */
function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}
