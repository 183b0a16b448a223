import { postsToFund } from "../workload/posts-to-fund.js";
import type { ForceValues, RiskLevel, WorkloadStandardValues } from "../workload/staffing-rules.js";
import { staffingNeed } from "../workload/staffing-need.js";

/** The forecast community caseload, year by year, at the point forecast and the edges of its 80% interval. */
export interface CaseloadRange {
  /** YYYY-MM-DD, one per forecast year. */
  periodEnding: readonly string[];
  point: readonly number[];
  lower80: readonly number[];
  upper80: readonly number[];
}

/** What one setting of the assumptions gives: the figures a business case argues from. */
export interface SensitivityOutcome {
  /** Offender managers needed in the last forecast year, at the point forecast (FTE). */
  offenderManagersNeeded: number;
  /** Supervisors needed in the last forecast year, at the point forecast (FTE). */
  supervisorsNeeded: number;
  /**
   * The pay bill, over every forecast year, of staffing each year to its need in whole posts:
   * Σ (posts needed × cost per FTE), posts rounded up as `postsToFund` rounds them.
   */
  costOfStaffingToNeed: number;
}

/** One assumption moved from the low to the high end of its stated range, the others held. */
export interface SensitivityRow {
  /** Stable key for CSV and charts, such as `caseload_target`. */
  key: string;
  /** The assumption in words. */
  assumption: string;
  /** The range and where it comes from, in words. */
  range: string;
  /** The value the model uses, and the values at either end, as text with units. */
  baselineValue: string;
  lowValue: string;
  highValue: string;
  low: SensitivityOutcome;
  high: SensitivityOutcome;
}

export interface SensitivityAnalysis {
  /** The last forecast year the need figures are for. */
  periodEnding: string;
  baseline: SensitivityOutcome;
  /** One row per assumption, largest swing in offender managers needed first. */
  rows: SensitivityRow[];
}

/** The model as the staffing stage runs it. */
export interface SensitivityModel {
  caseload: CaseloadRange;
  /** People in custody in each forecast year. */
  peopleInCustody: readonly number[];
  /** Each forecast year's risk mix where the caseload is the register projection's; otherwise `force.riskMix` in every year. */
  riskMix?: readonly RiskMix[];
  standards: WorkloadStandardValues;
  force: ForceValues;
}

/**
 * One-at-a-time sensitivity analysis ("tornado"): each key assumption is moved to the low and then the
 * high end of a stated range, everything else held at the model's values, and the need in the last
 * forecast year and the pay bill of staffing to need are worked out again by `staffingNeed`. The ranges:
 *
 *   caseload target           40 to 80 people per offender manager (inspections have found caseloads of
 *                             50 to 100; Norfolk's officers called 77 unmanageable)
 *   caseload growth           every year at the lower, then the upper, bound of the forecast's 80% interval
 *   hours per home visit      half to one and a half times the standard
 *   staff per home visit      1 to 2 (APP: visits in pairs)
 *   low risk managed reactively
 *                             none to 62% of the low-risk caseload (NPCC: about 16,000 of the 26,000
 *                             low-risk people eligible)
 *   abstraction share         none to three times the profile's share
 *   people in custody         half to one and a half times the model's figure
 *   risk mix                  every band's share moved one band down (very high → high, …; low keeps its
 *                             own and gains medium's), then one band up
 *
 * A pure function: the same model gives the same figures.
 */
export function sensitivityAnalysis(model: SensitivityModel): SensitivityAnalysis {
  const baseline = outcome(model);
  const { force, standards } = model;
  const homeVisit = standards.homeVisit;
  const abstraction = force.workingTime.abstractionShare;
  const otherTimeAway = force.workingTime.leaveShare + force.workingTime.trainingShare + force.workingTime.sicknessShare;
  // three times the share, but always leaving some time for casework
  const highAbstraction = Math.min(abstraction * 3, (1 - otherTimeAway) * 0.9);
  const lastMix = model.riskMix?.[model.riskMix.length - 1] ?? force.riskMix;

  const rows: SensitivityRow[] = [
    row("caseload_target", "Caseload target (people per offender manager)", "40 to 80", number(force.targets.maxCaseloadPerOffenderManager), "40", "80",
      withForce(model, { targets: { ...force.targets, maxCaseloadPerOffenderManager: 40 } }),
      withForce(model, { targets: { ...force.targets, maxCaseloadPerOffenderManager: 80 } })),
    row("caseload_growth", "Caseload growth", "the forecast's 80% interval, every year", "point forecast", "lower 80% bound", "upper 80% bound",
      { ...model, caseload: { ...model.caseload, point: model.caseload.lower80 } },
      { ...model, caseload: { ...model.caseload, point: model.caseload.upper80 } }),
    row("hours_per_visit", "Hours per home visit, per member of staff", "half to one and a half times the standard", number(homeVisit.hoursPerVisit), number(homeVisit.hoursPerVisit * 0.5), number(homeVisit.hoursPerVisit * 1.5),
      withStandards(model, { homeVisit: { ...homeVisit, hoursPerVisit: homeVisit.hoursPerVisit * 0.5 } }),
      withStandards(model, { homeVisit: { ...homeVisit, hoursPerVisit: homeVisit.hoursPerVisit * 1.5 } })),
    row("staff_per_visit", "Staff on each home visit", "1 to 2 (APP: in pairs)", number(homeVisit.staffPerVisit), "1", "2",
      withStandards(model, { homeVisit: { ...homeVisit, staffPerVisit: 1 } }),
      withStandards(model, { homeVisit: { ...homeVisit, staffPerVisit: 2 } })),
    row("reactive_share_of_low_risk", "Share of low risk managed reactively", "0 to 0.62 (NPCC: about 16,000 of 26,000 low-risk people eligible)", number(force.reactiveShareOfLowRisk), "0", "0.62",
      withForce(model, { reactiveShareOfLowRisk: 0 }),
      withForce(model, { reactiveShareOfLowRisk: 0.62 })),
    row("abstraction_share", "Abstraction to other duties (share of contracted time)", highAbstraction < abstraction * 3 ? "none to three times the profile's share, held to leave a tenth of the time left for casework" : "none to three times the profile's share", number(abstraction), "0", number(highAbstraction),
      withForce(model, { workingTime: { ...force.workingTime, abstractionShare: 0 } }),
      withForce(model, { workingTime: { ...force.workingTime, abstractionShare: highAbstraction } })),
    row("people_in_custody", "People in custody", "half to one and a half times the model's figure", number(model.peopleInCustody[model.peopleInCustody.length - 1]), "× 0.5", "× 1.5",
      { ...model, peopleInCustody: model.peopleInCustody.map((people) => people * 0.5) },
      { ...model, peopleInCustody: model.peopleInCustody.map((people) => people * 1.5) }),
    row("risk_mix", "Risk mix", "every band moved one band down, then one band up", mixText(lastMix), mixText(shiftDown(lastMix)), mixText(shiftUp(lastMix)),
      withMix(model, shiftDown),
      withMix(model, shiftUp)),
  ];
  rows.sort((a, b) => swing(b) - swing(a) || a.key.localeCompare(b.key));
  return { periodEnding: model.caseload.periodEnding[model.caseload.periodEnding.length - 1], baseline, rows };
}

/** How far offender managers needed moves across the range: the length of the assumption's bar. */
export function swing(row: SensitivityRow): number {
  return Math.abs(row.high.offenderManagersNeeded - row.low.offenderManagersNeeded);
}

function row(
  key: string,
  assumption: string,
  range: string,
  baselineValue: string,
  lowValue: string,
  highValue: string,
  lowModel: SensitivityModel,
  highModel: SensitivityModel,
): SensitivityRow {
  return { key, assumption, range, baselineValue, lowValue, highValue, low: outcome(lowModel), high: outcome(highModel) };
}

function outcome({ caseload, peopleInCustody, riskMix, standards, force }: SensitivityModel): SensitivityOutcome {
  const needs = caseload.point.map((registeredSexOffenders, year) =>
    staffingNeed(
      { registeredSexOffenders, peopleInCustody: peopleInCustody[year], offenderManagersInPost: force.offenderManagers.inPost, supervisorsInPost: force.supervisors.inPost },
      standards,
      riskMix === undefined ? force : { ...force, riskMix: riskMix[year] },
    ),
  );
  const last = needs[needs.length - 1];
  const costOfStaffingToNeed = needs.reduce(
    (total, need) =>
      total + postsToFund(need.offenderManagersNeeded) * force.offenderManagers.costPerFte + postsToFund(need.supervisorsNeeded) * force.supervisors.costPerFte,
    0,
  );
  return { offenderManagersNeeded: last.offenderManagersNeeded, supervisorsNeeded: last.supervisorsNeeded, costOfStaffingToNeed };
}

function withForce(model: SensitivityModel, change: Partial<ForceValues>): SensitivityModel {
  return { ...model, force: { ...model.force, ...change } };
}

/** The risk mix moved in every year: the register's year by year, or the profile's one mix. */
function withMix(model: SensitivityModel, shift: (mix: RiskMix) => RiskMix): SensitivityModel {
  return model.riskMix === undefined ? withForce(model, { riskMix: shift(model.force.riskMix) }) : { ...model, riskMix: model.riskMix.map(shift) };
}

function withStandards(model: SensitivityModel, change: Partial<WorkloadStandardValues>): SensitivityModel {
  return { ...model, standards: { ...model.standards, ...change } };
}

type RiskMix = Readonly<Record<RiskLevel, number>>;

/** Each band's people one band lower: very high → high, high → medium, medium → low; low stays low. */
function shiftDown(mix: RiskMix): RiskMix {
  return { veryHigh: 0, high: mix.veryHigh, medium: mix.high, low: mix.medium + mix.low };
}

/** Each band's people one band higher: low → medium, medium → high, high → very high; very high stays. */
function shiftUp(mix: RiskMix): RiskMix {
  return { veryHigh: mix.veryHigh + mix.high, high: mix.medium, medium: mix.low, low: 0 };
}

function mixText(mix: RiskMix): string {
  return `${number(mix.veryHigh)} / ${number(mix.high)} / ${number(mix.medium)} / ${number(mix.low)}`;
}

/** A model value as text: at most four decimals, no trailing zeros. */
function number(value: number): string {
  return String(Number(value.toFixed(4)));
}
