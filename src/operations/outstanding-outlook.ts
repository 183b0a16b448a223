import { type CalendarDay, calendarDay, dateParts, daysInMonth, isoDate } from "../math/calendar-day.js";
import type { ScenarioProjection, ScenarioYear } from "../scenarios/scenario-projection.js";
import { activityCounts } from "../workload/activity-counts.js";
import { activityHours } from "../workload/activity-hours.js";
import type { CaseloadByRiskLevel } from "../workload/caseload-by-risk-level.js";
import type { StaffingNeed } from "../workload/staffing-need.js";
import { managementGroups, type ManagementGroup, type WorkloadStandardValues } from "../workload/staffing-rules.js";
import { type ItemType, type RiskLevel, type WorkItem, itemTypes, riskLevels } from "./work-item.js";

/** Months the outlook looks ahead. */
export const outlookMonths = 12;

/** The outlook's rules, as the report and its provenance state them. */
export const outlookRules: readonly string[] = [
  "Outlook start: the items outstanding on the as-of date and due on or before it, by risk level and kind; those due before it are overdue. Items in the extract due after the as-of date are left out, because they are part of the work the workload standards bring due each month and would otherwise be counted twice.",
  "Outlook work falling due: each month, a twelfth of the year's home visits, ARMS assessments and risk management plan reviews that the workload standards give for the scenario's planned caseload at each risk level, split by the profile's risk mix (low risk includes reactive management). Work falling due in a month is taken as due on its last day, so it is overdue only if still outstanding after that month.",
  "Outlook capacity: a month has a twelfth of the yearly hours of the offender managers trained at the end of the scenario year it falls in, after leave, training, sickness and abstraction (the staffing model's productive hours). Visits, ARMS assessments and RMP reviews get the share of those hours that they have of the workload; the rest goes to intelligence checks, responsive work, custody and, where a register projection gives the yearly flows, the one-off work on joining the register and on release from custody. At 100% capacity used the team keeps pace with the work falling due; below it, the spare hours clear backlog.",
  "Outlook hours per item: the workload standards' hours, whatever the item's age: a home visit takes the hours of every member of staff on it, an ARMS assessment or RMP review its hours each.",
  "Outlook order of work: highest risk level first (very high, then high, medium, low); within a level, overdue items before those falling due that month; within those, each kind of item in proportion to its hours. Work not done waits for the next month.",
  "Outlook scenario years: a month uses the scenario year it falls in, the first forecast year ending on or after the month's last day; a month after the forecast's last year uses that year.",
  "Months to clear the backlog: the first month from whose end on, to the end of the 12 months, no item at that risk level is left undone, overdue or due that month (0 if none was outstanding on the as-of date or at any month end), or none if work is still outstanding at the end of the 12 months. A level whose work due in a month is never all done is not cleared, even when nothing is yet overdue at a month's end. A backlog grows when more is outstanding at the end of the 12 months than on the as-of date.",
  "The outlook gives expected numbers of items, not whole items, from the model; when small counts are suppressed for publication (--suppress-below) it is left out, as it starts from counts the other tables hide.",
];

/** One risk level at the end of one month of the outlook. Counts are expected numbers of items, not whole items. */
export interface OutlookRiskLevel {
  riskLevel: RiskLevel;
  /** Items falling due in the month. */
  fallingDue: number;
  /** Items done in the month, overdue ones and those falling due. */
  completed: number;
  /** Items due by the month's end and not done. */
  outstanding: number;
  /** Of those, items due before the month began: overdue at its end. */
  overdue: number;
}

/** One month of the outlook. */
export interface OutlookMonth {
  /** 1 to 12 months after the as-of date. */
  month: number;
  /** YYYY-MM-DD. */
  monthEnding: string;
  /** The scenario year whose staff and caseload the month uses. */
  scenarioPeriodEnding: string;
  /** Hours a month of the trained offender managers after leave, training, sickness and abstraction. */
  availableHours: number;
  /** Of those, the hours for visits, ARMS assessments and RMP reviews. */
  hoursForItems: number;
  /** In the order of `riskLevels`, very high first. */
  byRiskLevel: OutlookRiskLevel[];
}

/** The outstanding work of one scenario over the twelve months after the as-of date. */
export interface ScenarioOutlook {
  scenario: string;
  /** YYYY-MM-DD. */
  asOf: string;
  /** On the as-of date: outstanding items due on or before it, and of them those overdue; very high first. */
  start: { riskLevel: RiskLevel; outstanding: number; overdue: number }[];
  months: OutlookMonth[];
  /**
   * First month from whose end on nothing at the level is outstanding (overdue, or due and not done) at
   * any month end of the outlook; 0 if nothing was outstanding at the start or at any month end; null if
   * work is still outstanding at the end of the outlook.
   */
  monthsToClearOverdue: Readonly<Record<RiskLevel, number | null>>;
  /** The same for every risk level at once. */
  monthsToClearAllOverdue: number | null;
  /** Levels with more outstanding at the end of the outlook than on the as-of date. */
  backlogGrows: Readonly<Record<RiskLevel, boolean>>;
  /** Months that had to use a scenario year they do not fall in. */
  warnings: string[];
}

/** The scenario figures the outlook uses: each year's staffing need and the scenario's standards. */
export type OutlookScenario = Pick<ScenarioProjection, "name"> & {
  rules: Pick<ScenarioProjection["rules"], "standards">;
  years: readonly Pick<ScenarioYear, "periodEnding" | "staffing">[];
};

/** The management groups of the staffing model that make up each risk level of an extract. */
const groupsOfRiskLevel: Readonly<Record<RiskLevel, readonly ManagementGroup[]>> = {
  very_high: ["veryHigh"],
  high: ["high"],
  medium: ["medium"],
  low: ["low", "lowReactive"],
};

/** An hour in a billion: the floating-point remainder below which a level's work counts as done. */
const hoursTolerance = 1e-9;

/** A billionth of an item: the floating-point remainder below which nothing counts as outstanding. */
const itemsTolerance = 1e-9;

type ItemCounts = Record<ItemType, number>;

/**
 * The outstanding ARMS assessments, risk management plans and home visits by risk level over the
 * twelve months after the as-of date under one scenario, and the months the team takes to clear the
 * overdue ones. A month-by-month stock of work, with the rules `outlookRules` states:
 *
 *   start           items outstanding on the as-of date and due on or before it (by level and kind)
 *   falling due(m)  activityCounts(caseload at the level in m's scenario year) ÷ 12
 *   hours for items availableHours(m) × (visit + ARMS + RMP hours) ÷ workload hours, both from the year's
 *                   `staffingNeed`; availableHours(m) = trained offender managers × productive hours ÷ 12;
 *                   the workload hours include the year's one-off work where the scenario counts it
 *                   (its baseline's flows), which takes its share of the hours as custody work does
 *   each month      the hours go to the levels from very high down, overdue items before new ones,
 *                   each item taking its `activityHours` hours; what is not done is carried on, and
 *                   is overdue at the end of the next month
 *
 * @param items the checked extract; only outstanding items due by the as-of date are used
 * @param scenario a scenario projection (`scenarioProjection`), or any years of staffing need with their standards
 * @throws {RangeError} if the scenario has no years
 */
export function outstandingOutlook(items: readonly WorkItem[], scenario: OutlookScenario, { asOf }: { asOf: CalendarDay }): ScenarioOutlook {
  if (scenario.years.length === 0) throw new RangeError(`scenario ${scenario.name} has no years to take staff and caseload from`);
  const { standards } = scenario.rules;
  const hoursEach = hoursPerItem(standards);

  const carried = Object.fromEntries(riskLevels.map((level) => [level, zeroCounts()])) as Record<RiskLevel, ItemCounts>;
  const overdueAtStart = Object.fromEntries(riskLevels.map((level) => [level, 0])) as Record<RiskLevel, number>;
  for (const item of items) {
    if (item.completedDay !== null || item.dueDay > asOf) continue;
    carried[item.riskLevel][item.itemType]++;
    if (item.dueDay < asOf) overdueAtStart[item.riskLevel]++;
  }
  const start = riskLevels.map((riskLevel) => ({ riskLevel, outstanding: total(carried[riskLevel]), overdue: overdueAtStart[riskLevel] }));

  const warnings: string[] = [];
  const months = Array.from({ length: outlookMonths }, (_, index): OutlookMonth => {
    const month = index + 1;
    const monthEnding = isoDate(monthEndingAfter(asOf, month));
    const year = scenarioYearOf(scenario.years, monthEnding, warnings);
    const { availableHours, hoursForItems } = monthlyHours(year.staffing);
    let hoursLeft = hoursForItems;
    const byRiskLevel = riskLevels.map((riskLevel): OutlookRiskLevel => {
      const fallingDue = itemsFallingDue(year.staffing.caseloadByRiskLevel, riskLevel, standards);
      const overdueWork = work(carried[riskLevel], hoursLeft, hoursEach);
      const newWork = work(fallingDue, overdueWork.hoursLeft, hoursEach);
      hoursLeft = newWork.hoursLeft;
      carried[riskLevel] = Object.fromEntries(itemTypes.map((type) => [type, overdueWork.left[type] + newWork.left[type]])) as ItemCounts;
      const overdue = total(overdueWork.left);
      return {
        riskLevel,
        fallingDue: total(fallingDue),
        completed: overdueWork.done + newWork.done,
        outstanding: overdue + total(newWork.left),
        overdue,
      };
    });
    return { month, monthEnding, scenarioPeriodEnding: year.periodEnding, availableHours, hoursForItems, byRiskLevel };
  });

  const clearAt = (month: OutlookMonth, levels: readonly RiskLevel[]) =>
    month.byRiskLevel.every((row) => !levels.includes(row.riskLevel) || row.outstanding <= itemsTolerance);
  const firstClear = (levels: readonly RiskLevel[]): number | null => {
    // the last month end with work outstanding: the backlog is cleared, and stays so, from the month after it
    let lastOutstanding = -1;
    months.forEach((month, index) => {
      if (!clearAt(month, levels)) lastOutstanding = index;
    });
    if (lastOutstanding === months.length - 1) return null;
    if (lastOutstanding >= 0) return lastOutstanding + 2;
    return levels.every((level) => startOutstanding(level) <= itemsTolerance) ? 0 : 1;
  };
  const startOutstanding = (level: RiskLevel) => start.find((row) => row.riskLevel === level)!.outstanding;
  const last = months[months.length - 1];
  return {
    scenario: scenario.name,
    asOf: isoDate(asOf),
    start,
    months,
    monthsToClearOverdue: Object.fromEntries(riskLevels.map((level) => [level, firstClear([level])])) as Record<RiskLevel, number | null>,
    monthsToClearAllOverdue: firstClear(riskLevels),
    backlogGrows: Object.fromEntries(
      riskLevels.map((level) => [level, last.byRiskLevel.find((row) => row.riskLevel === level)!.outstanding > startOutstanding(level) + itemsTolerance]),
    ) as Record<RiskLevel, boolean>,
    warnings: [...new Set(warnings)],
  };
}

/**
 * The day `months` months after the as-of date: the same day of that month, or its last day when it is
 * shorter; when the as-of date is the last day of its month, the last day of each month after it
 * (31 March → 30 April → 31 May; 15 January → 15 February; 30 April → 31 May).
 */
export function monthEndingAfter(asOf: CalendarDay, months: number): CalendarDay {
  const { year, month, dayOfMonth } = dateParts(asOf);
  const atMonthEnd = dayOfMonth === daysInMonth(year, month);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const last = daysInMonth(targetYear, targetMonth);
  return calendarDay(targetYear, targetMonth, atMonthEnd ? last : Math.min(dayOfMonth, last));
}

/** The hours of one item of each kind, as `activityHours` counts them (a visit for every member of staff on it). */
function hoursPerItem(standards: WorkloadStandardValues): ItemCounts {
  const one = activityHours({ visits: 1, armsAssessments: 1, riskManagementPlanReviews: 1, intelligenceChecks: 0 }, 0, standards);
  return { arms_assessment: one.armsAssessments, risk_management_plan: one.riskManagementPlanReviews, home_visit: one.visits };
}

/** Items of each kind falling due in a month at one risk level: the year's `activityCounts` for its groups ÷ 12. */
function itemsFallingDue(caseload: CaseloadByRiskLevel, riskLevel: RiskLevel, standards: WorkloadStandardValues): ItemCounts {
  const groups = groupsOfRiskLevel[riskLevel];
  const atLevel = Object.fromEntries(managementGroups.map((group) => [group, groups.includes(group) ? caseload[group] : 0])) as CaseloadByRiskLevel;
  const counts = activityCounts(atLevel, standards);
  return { arms_assessment: counts.armsAssessments / 12, risk_management_plan: counts.riskManagementPlanReviews / 12, home_visit: counts.visits / 12 };
}

/** A month's hours, and the share of them for items: with no workload at all, every hour. */
function monthlyHours(staffing: StaffingNeed): { availableHours: number; hoursForItems: number } {
  const availableHours = (staffing.offenderManagersInPost * staffing.productiveHoursPerFte) / 12;
  const hours = staffing.activityHours;
  const itemHours = hours.visits + hours.armsAssessments + hours.riskManagementPlanReviews;
  return { availableHours, hoursForItems: hours.total > 0 ? (availableHours * itemHours) / hours.total : availableHours };
}

/** Does as much of `items` as `hours` allow, every kind in the same proportion. */
function work(items: ItemCounts, hours: number, hoursEach: ItemCounts): { left: ItemCounts; done: number; hoursLeft: number } {
  const needed = itemTypes.reduce((sum, type) => sum + items[type] * hoursEach[type], 0);
  if (needed <= hours + hoursTolerance) return { left: zeroCounts(), done: total(items), hoursLeft: Math.max(0, hours - needed) };
  const shareDone = hours / needed;
  const left = Object.fromEntries(itemTypes.map((type) => [type, items[type] * (1 - shareDone)])) as ItemCounts;
  return { left, done: total(items) * shareDone, hoursLeft: 0 };
}

/** The scenario year a month ending falls in, noting a month outside the forecast's years. */
function scenarioYearOf<Year extends { periodEnding: string }>(years: readonly Year[], monthEnding: string, warnings: string[]): Year {
  const index = years.findIndex((year) => year.periodEnding >= monthEnding);
  if (index < 0) {
    const last = years[years.length - 1];
    warnings.push(`Outlook months after ${last.periodEnding}, the forecast's last year end, use that year's staff and caseload.`);
    return last;
  }
  const first = years[0].periodEnding;
  const yearBefore = `${Number(first.slice(0, 4)) - 1}${first.slice(4)}`;
  if (index === 0 && monthEnding <= yearBefore) {
    warnings.push(`Outlook months ending on or before ${yearBefore}, before the forecast's first year, use the staff and caseload of the year ending ${first}.`);
  }
  return years[index];
}

function zeroCounts(): ItemCounts {
  return { arms_assessment: 0, risk_management_plan: 0, home_visit: 0 };
}

function total(counts: ItemCounts): number {
  return itemTypes.reduce((sum, type) => sum + counts[type], 0);
}
