import type { StaffingResult } from "../workload/staffing-result.js";
import type { KeyFinding } from "./key-findings-section.js";
import { readableDate } from "./readable-date.js";
import { readableNumber } from "./readable-number.js";

/** The probation Workload Measurement Tool counts capacity over 110% as excessive. */
const excessiveCapacityPercent = 110;

/**
 * The staffing section's figures for "At a glance", for the last forecast year (the one a five-year
 * business case is argued to), each as the staffing tables print it (FTE to one decimal, people and
 * pounds whole):
 *
 * 1. need against staff in post: the planning figures (the larger of ratio and activity) for offender
 *    managers and supervisors, at the point forecast and the upper 80% bound;
 * 2. posts to fund and the cost a year of those whole posts (posts × cost per FTE), at both: a post is
 *    funded whole, so the FTE gap's smaller cost is not what the posts named cost;
 * 3. with the staff in post, caseload per offender manager against the target and capacity used
 *    against the 110% line, at the point forecast (left out with no offender managers in post).
 */
export function staffingKeyFindings(result: StaffingResult): KeyFinding[] {
  const last = result.years[result.years.length - 1];
  const { point, upper80 } = last;
  const year = `the year ending ${readableDate(last.periodEnding)}`;
  const findings: KeyFinding[] = [
    {
      text:
        `In ${year}, a caseload of ${people(point.registeredSexOffenders)} in the community needs ${fte(point.offenderManagersNeeded)} offender managers ` +
        `and ${fte(point.supervisorsNeeded)} supervisors (FTE); at the upper 80% bound of ${people(upper80.registeredSexOffenders)}, ` +
        `${fte(upper80.offenderManagersNeeded)} and ${fte(upper80.supervisorsNeeded)}. In post: ${fte(point.offenderManagersInPost)} and ${fte(point.supervisorsInPost)}.`,
      sectionId: "staffing",
    },
    {
      text:
        `Posts to fund in ${year}: ${posts(point.offenderManagerPostsToFund, point.supervisorPostsToFund)} at the point forecast` +
        `${postsCost(point.postsToFundCost)}, ${posts(upper80.offenderManagerPostsToFund, upper80.supervisorPostsToFund)} at the upper 80% bound` +
        `${postsCost(upper80.postsToFundCost)}.`,
      sectionId: "staffing",
    },
  ];
  if (point.caseloadPerOffenderManager !== null && point.capacityPercent !== null) {
    const over = point.capacityPercent > excessiveCapacityPercent ? `, over the ${excessiveCapacityPercent}% the probation Workload Measurement Tool counts as excessive` : "";
    findings.push({
      text:
        `With the staff in post, each offender manager would carry ${readableNumber(point.caseloadPerOffenderManager, 1)} people in ${year} ` +
        `against the target of at most ${readableNumber(result.targets.maxCaseloadPerOffenderManager)}, and the work would take ` +
        `${readableNumber(point.capacityPercent)}% of their available hours${over}.`,
      sectionId: "staffing",
    });
  }
  return findings;
}

const fte = (value: number) => readableNumber(value, 1);
const people = (value: number) => readableNumber(value);

function postsCost(cost: number): string {
  return cost > 0 ? ` (£${readableNumber(cost)} a year)` : "";
}

function posts(offenderManagers: number, supervisors: number): string {
  if (offenderManagers === 0 && supervisors === 0) return "none";
  return `${offenderManagers} offender manager${offenderManagers === 1 ? "" : "s"} and ${supervisors} supervisor${supervisors === 1 ? "" : "s"}`;
}
