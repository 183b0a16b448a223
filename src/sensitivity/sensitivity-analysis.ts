import type { StaffingScenario } from "../inputs/staffing-scenario.js";
import { leastCostPlan, type LeastCostPlan } from "../scenarios/least-cost-plan.js";
import { UnplannableError } from "../scenarios/monthly-hiring-search.js";
import type { Baseline } from "../scenarios/scenario-projection.js";
import { yearOfPeriodEnding } from "../scenarios/year-of-period-ending.js";
import { postsToFund } from "../workload/posts-to-fund.js";
import type { ForceValues, RiskLevel, WorkloadStandardValues } from "../workload/staffing-rules.js";
import { flowsForYears, type RegisterFlows } from "../workload/register-flows.js";
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
  /** The chosen option, the least-cost hiring plan, found again with this setting; null without a chosen option. */
  plan: PlanOutcome | null;
}

/** The least-cost plan found with one setting of the assumptions, or why none can be found. */
export type PlanOutcome =
  | {
      found: true;
      /** The plan's pay bill over its forecast years (five in the report): Σ average FTE in post × cost per FTE, pounds. */
      totalCost: number;
      /** Month ends whose caseload target no hire can meet, because new offender managers are still training then. */
      monthEndsBeyondReach: number;
      /** The search stopped at its cap on moves: the plan meets its targets, but a cheaper one may exist. */
      stoppedAtCap: boolean;
    }
  | {
      found: false;
      /** Why no plan can be found, as the search says it. */
      reason: string;
    };

/**
 * The option the report chooses, the least-cost hiring plan, with what it was found from: each
 * assumption is changed there and the plan found again.
 */
export interface ChosenOption {
  /** The forecast (the plan's own, five years) and the rules the plan was found on. */
  baseline: Baseline;
  /** The scenario the plan starts from. */
  start: StaffingScenario;
  /** The interval level whose upper bound the plan plans for; undefined for the starting scenario's own caseload. */
  upperBoundLevel?: number;
  /** The plan found with the model's values: the baseline's, not searched for again. */
  found: LeastCostPlan;
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
  /**
   * Whether the least-cost plan reads this assumption and was found again at each end; false for an
   * assumption that changes only the hours of work, whose plan at both ends is the report's own.
   */
  planReadsAssumption: boolean;
}

export interface SensitivityAnalysis {
  /** The last forecast year the need figures are for. */
  periodEnding: string;
  /** The forecast years the chosen option is costed over (five in the report); null without a chosen option. */
  planYears: number | null;
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
  /** Each forecast year's joiners and releases where the caseload is the register projection's: their one-off work is counted, as in the staffing section. */
  flows?: RegisterFlows;
  standards: WorkloadStandardValues;
  force: ForceValues;
  /** The least-cost plan the report chooses; without one every outcome's `plan` is null. */
  chosenOption?: ChosenOption;
}

/**
 * One setting of the assumptions: the staffing model, and what the plan is found from where there is one;
 * `"unchanged"` for a setting that changes nothing the plan reads, whose plan is the report's own.
 */
interface Setting {
  model: SensitivityModel;
  plan: PlanInputs | "unchanged" | null;
}

/** What the plan is found from: the baseline forecast and rules, and the starting scenario. */
interface PlanInputs {
  baseline: Baseline;
  start: StaffingScenario;
}

/** The model's own setting, from which each assumption is moved. */
interface BaseSetting extends Setting {
  plan: PlanInputs | null;
}

/**
 * One-at-a-time sensitivity analysis ("tornado"): each key assumption is moved to the low and then the
 * high end of a stated range, everything else held at the model's values, and the need in the last
 * forecast year and the pay bill of staffing to need are worked out again by `staffingNeed`.
 *
 * The chosen option, the least-cost hiring plan (`leastCostPlan`), is found again, from the same
 * starting scenario and interval level, for each end of the caseload target and the caseload growth:
 * the plan keeps caseload per trained offender manager and offender managers per supervisor within
 * their targets, so it reads the caseload, the targets, the staff, their training, leavers and costs.
 * The other assumptions change only the hours of work (visits, reactive management, abstraction,
 * custody, risk mix), which the plan does not read: under them the plan is the report's own, and the
 * row says so (`planReadsAssumption` false) rather than search again for the same plan. (The tests find
 * those plans again with the assumption changed, and check they cost the same.) A setting under which
 * no plan can be found (`UnplannableError`) says so and why, rather than fail. The ranges:
 *
 *   caseload target           40 to 80 people per offender manager (inspections have found caseloads of
 *                             50 to 100; Norfolk's officers called 77 unmanageable)
 *   caseload growth           every year at the lower, then the upper, bound of the forecast's 80% interval;
 *                             for the plan, its own forecast's whole distribution is moved by the same
 *                             bound − point every year, as a scenario's shocks move it, so a plan for the
 *                             upper bound of the 80% interval plans for upper + (bound − point)
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
  const { force, standards, chosenOption } = model;
  const base: BaseSetting = { model, plan: chosenOption === undefined ? null : { baseline: chosenOption.baseline, start: chosenOption.start } };
  const baseline: SensitivityOutcome = { ...needOutcome(model), plan: chosenOption === undefined ? null : foundOutcome(chosenOption.found) };
  const homeVisit = standards.homeVisit;
  const abstraction = force.workingTime.abstractionShare;
  const otherTimeAway = force.workingTime.leaveShare + force.workingTime.trainingShare + force.workingTime.sicknessShare;
  // three times the share, but always leaving some time for casework
  const highAbstraction = Math.min(abstraction * 3, (1 - otherTimeAway) * 0.9);
  const caseloadTarget = (maxCaseloadPerOffenderManager: number) => withCaseloadTarget(base, maxCaseloadPerOffenderManager);
  const hours = (changed: SensitivityModel): Setting => ({ model: changed, plan: base.plan === null ? null : "unchanged" });
  const withStandards = (change: Partial<WorkloadStandardValues["homeVisit"]>) => hours({ ...model, standards: { ...standards, homeVisit: { ...homeVisit, ...change } } });
  const withValues = (change: Partial<ForceValues>) => hours({ ...model, force: { ...force, ...change } });
  const lastMix = model.riskMix?.[model.riskMix.length - 1] ?? force.riskMix;

  const settings = [
    row("caseload_target", "Caseload target (people per offender manager)", "40 to 80", number(force.targets.maxCaseloadPerOffenderManager), "40", "80",
      caseloadTarget(40),
      caseloadTarget(80)),
    row("caseload_growth", "Caseload growth", "the forecast's 80% interval, every year", "point forecast", "lower 80% bound", "upper 80% bound",
      withCaseloadAt(base, "lower"),
      withCaseloadAt(base, "upper")),
    row("hours_per_visit", "Hours per home visit, per member of staff", "half to one and a half times the standard", number(homeVisit.hoursPerVisit), number(homeVisit.hoursPerVisit * 0.5), number(homeVisit.hoursPerVisit * 1.5),
      withStandards({ hoursPerVisit: homeVisit.hoursPerVisit * 0.5 }),
      withStandards({ hoursPerVisit: homeVisit.hoursPerVisit * 1.5 })),
    row("staff_per_visit", "Staff on each home visit", "1 to 2 (APP: in pairs)", number(homeVisit.staffPerVisit), "1", "2",
      withStandards({ staffPerVisit: 1 }),
      withStandards({ staffPerVisit: 2 })),
    row("reactive_share_of_low_risk", "Share of low risk managed reactively", "0 to 0.62 (NPCC: about 16,000 of 26,000 low-risk people eligible)", number(force.reactiveShareOfLowRisk), "0", "0.62",
      withValues({ reactiveShareOfLowRisk: 0 }),
      withValues({ reactiveShareOfLowRisk: 0.62 })),
    row("abstraction_share", "Abstraction to other duties (share of contracted time)", highAbstraction < abstraction * 3 ? "none to three times the profile's share, held to leave a tenth of the time left for casework" : "none to three times the profile's share", number(abstraction), "0", number(highAbstraction),
      withValues({ workingTime: { ...force.workingTime, abstractionShare: 0 } }),
      withValues({ workingTime: { ...force.workingTime, abstractionShare: highAbstraction } })),
    row("people_in_custody", "People in custody", "half to one and a half times the model's figure", number(model.peopleInCustody[model.peopleInCustody.length - 1]), "× 0.5", "× 1.5",
      hours({ ...model, peopleInCustody: model.peopleInCustody.map((people) => people * 0.5) }),
      hours({ ...model, peopleInCustody: model.peopleInCustody.map((people) => people * 1.5) })),
    row("risk_mix", "Risk mix", "every band moved one band down, then one band up", mixText(lastMix), mixText(shiftDown(lastMix)), mixText(shiftUp(lastMix)),
      hours(withMix(model, shiftDown)),
      hours(withMix(model, shiftUp))),
  ];
  const rows = settings.map(({ low, high, ...described }): SensitivityRow => ({
    ...described,
    // found again from the same first month a hire can start as the report's plan
    low: outcome(low, baseline.plan, chosenOption?.upperBoundLevel, chosenOption?.found.noHireBefore),
    high: outcome(high, baseline.plan, chosenOption?.upperBoundLevel, chosenOption?.found.noHireBefore),
    planReadsAssumption: low.plan !== "unchanged",
  }));
  rows.sort((a, b) => swing(b) - swing(a) || a.key.localeCompare(b.key));
  const planYears = chosenOption === undefined ? null : chosenOption.found.projection.years.length;
  return { periodEnding: model.caseload.periodEnding[model.caseload.periodEnding.length - 1], planYears, baseline, rows };
}

/** How far offender managers needed moves across the range: the length of the assumption's bar. */
export function swing(row: SensitivityRow): number {
  return Math.abs(row.high.offenderManagersNeeded - row.low.offenderManagersNeeded);
}

/**
 * How far the chosen option's cost moves across the range: the length of the assumption's cost bar;
 * null without a chosen option, or when either end has no plan.
 */
export function planCostSwing(row: SensitivityRow): number | null {
  const { low, high } = row;
  if (low.plan === null || high.plan === null || !low.plan.found || !high.plan.found) return null;
  return Math.abs(high.plan.totalCost - low.plan.totalCost);
}

function row(key: string, assumption: string, range: string, baselineValue: string, lowValue: string, highValue: string, low: Setting, high: Setting) {
  return { key, assumption, range, baselineValue, lowValue, highValue, low, high };
}

function outcome(setting: Setting, reportPlan: PlanOutcome | null, upperBoundLevel: number | undefined, noHireBefore: string | undefined): SensitivityOutcome {
  const { plan } = setting;
  return { ...needOutcome(setting.model), plan: plan === null || plan === "unchanged" ? reportPlan : planOutcome(plan.baseline, plan.start, upperBoundLevel, noHireBefore) };
}

function needOutcome({ caseload, peopleInCustody, riskMix, flows, standards, force }: SensitivityModel): Omit<SensitivityOutcome, "plan"> {
  const yearFlows = flows === undefined ? undefined : flowsForYears(caseload.periodEnding, flows);
  const needs = caseload.point.map((registeredSexOffenders, year) =>
    staffingNeed(
      {
        registeredSexOffenders,
        peopleInCustody: peopleInCustody[year],
        offenderManagersInPost: force.offenderManagers.inPost,
        supervisorsInPost: force.supervisors.inPost,
        ...(yearFlows === undefined ? {} : { flows: { joiners: yearFlows[year].joiners, releases: yearFlows[year].releases } }),
      },
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

function planOutcome(baseline: Baseline, start: StaffingScenario, upperBoundLevel: number | undefined, noHireBefore: string | undefined): PlanOutcome {
  try {
    return foundOutcome(leastCostPlan(baseline, start, upperBoundLevel, noHireBefore));
  } catch (error) {
    if (error instanceof UnplannableError) return { found: false, reason: error.message };
    throw error;
  }
}

function foundOutcome(plan: LeastCostPlan): PlanOutcome {
  return {
    found: true,
    totalCost: plan.projection.years.reduce((total, year) => total + year.cost, 0),
    monthEndsBeyondReach: plan.monthsBeyondReach.reduce((total, year) => total + year.months.length, 0),
    stoppedAtCap: plan.stoppedAtCap,
  };
}

/** The caseload target for the staffing model and in the plan's baseline rules (a scenario cannot set it). */
function withCaseloadTarget(base: BaseSetting, maxCaseloadPerOffenderManager: number): Setting {
  const change = (values: ForceValues): ForceValues => ({ ...values, targets: { ...values.targets, maxCaseloadPerOffenderManager } });
  const { model, plan } = base;
  return {
    model: { ...model, force: change(model.force) },
    plan: plan === null ? null : { ...plan, baseline: { ...plan.baseline, force: change(plan.baseline.force) } },
  };
}

/**
 * The caseload every year at one bound of the 80% interval. The staffing model takes the bound as its
 * point. The plan's starting scenario gets, as step shocks, the bound − point of the plan's own forecast
 * (of the method the scenario uses) in each year, which moves its whole distribution, as any shock does.
 */
function withCaseloadAt(base: BaseSetting, bound: "lower" | "upper"): Setting {
  const { model, plan } = base;
  const point = bound === "lower" ? model.caseload.lower80 : model.caseload.upper80;
  return {
    model: { ...model, caseload: { ...model.caseload, point } },
    plan: plan === null ? null : { ...plan, start: withCaseloadShift(plan.baseline, plan.start, bound) },
  };
}

function withCaseloadShift(baseline: Baseline, start: StaffingScenario, bound: "lower" | "upper"): StaffingScenario {
  const { forecast } = baseline;
  const named = start.demand?.method;
  const method = named === undefined || named === "auto" ? forecast.chosen : forecast.methods.find((fitted) => fitted.method === named);
  const eighty = method?.forecast.intervals.find((interval) => interval.level === 80);
  if (method === undefined || eighty === undefined) throw new RangeError("the sensitivity analysis needs the plan's forecast with its 80% interval");
  const shift = method.forecast.point.map((point, step) => eighty[bound][step] - point);
  const shocks = forecast.futurePeriodEnding.map((periodEnding, step) => ({
    kind: "step" as const,
    fromYearEnding: yearOfPeriodEnding(periodEnding),
    extraRegisteredSexOffenders: shift[step] - (step === 0 ? 0 : shift[step - 1]),
    source: `the caseload at the ${bound} bound of the forecast's 80% interval`,
  }));
  return { ...start, demand: { ...start.demand, shocks: [...(start.demand?.shocks ?? []), ...shocks] } };
}

/** The risk mix moved in every year: the register's year by year, or the profile's one mix. */
function withMix(model: SensitivityModel, shift: (mix: RiskMix) => RiskMix): SensitivityModel {
  return model.riskMix === undefined ? { ...model, force: { ...model.force, riskMix: shift(model.force.riskMix) } } : { ...model, riskMix: model.riskMix.map(shift) };
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
