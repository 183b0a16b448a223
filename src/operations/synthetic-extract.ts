import { type CalendarDay, dayOfWeek, isoDate } from "../math/calendar-day.js";
import { seededRandom } from "../math/seeded-random.js";
import { type ItemType, type RiskLevel } from "./work-item.js";

/** What the synthetic force looks like. */
export interface SyntheticExtractOptions {
  /** Whole number from 0 to 2³²−1; the same seed gives the same extracts. */
  seed: number;
  /** The date the extracts describe; nothing is completed, reviewed or abstracted after it. */
  asOf: CalendarDay;
  /** Registered sex offenders managed in the community; default 1,200, a force the size of Norfolk. */
  registeredSexOffenders?: number;
  /** Months of history before the as-of date; default 24. */
  months?: number;
  /** Offender managers in the abstractions extract, `OM-01` on; default one per 60 registered sex offenders, rounded. */
  offenderManagers?: number;
}

/** A row of a work-item extract, cells as text under the extract's column names. */
export interface SyntheticWorkItemRow {
  item_id: string;
  item_type: ItemType;
  risk_level: RiskLevel;
  due_date: string;
  completed_date: string;
  reviewed_date: string;
}

/** A row of an abstractions extract, cells as text. */
export interface SyntheticAbstractionRow {
  date: string;
  staff_ref: string;
  hours: string;
  reason: string;
}

// Invented, but in proportion with the public figures in domain.md: the NPCC national risk mix; the
// pre-2017 minimum visit frequencies; about 60 registered sex offenders per offender manager; low-risk
// offenders on reactive management (no routine visits) about 16,000 of 52,000, so 60% of the low group.
const riskMix: readonly [RiskLevel, number][] = [["very_high", 0.02], ["high", 0.18], ["medium", 0.3], ["low", 0.5]];
const visitIntervalDays: Readonly<Record<RiskLevel, number>> = { very_high: 30, high: 91, medium: 182, low: 365 };
const assessmentIntervalDays: Readonly<Record<RiskLevel, number>> = { very_high: 182, high: 182, medium: 365, low: 365 };
const reactiveShareOfLow = 0.6;
const offendersPerOffenderManager = 60;
const daysAheadOfAsOf = 61;
// chance per working day per member of staff, and hours that day
const abstractionReasons: readonly { reason: string; chance: number; hours: readonly number[] }[] = [
  { reason: "annual_leave", chance: 27 / 253, hours: [7.5] },
  { reason: "sickness", chance: 8 / 253, hours: [7.5] },
  { reason: "training", chance: 6 / 253, hours: [3.5, 7.5] },
  { reason: "other_duties", chance: 3 / 253, hours: [4, 7.5] },
];
const regularOtherDutiesChance = 0.12;

/**
 * Makes a synthetic pair of extracts (work items and abstractions) for trying the `operations`
 * command and for measuring its speed. Nothing in them is about real people; the references are
 * invented (`WI-000001`, `OM-01`).
 *
 * Each offender gets a risk level from the national mix, then home visits at the default frequency
 * for it (none for low-risk offenders on reactive management), an ARMS assessment every six or twelve
 * months, and a risk management plan due a fortnight after each assessment, all at a random phase.
 * About 70% of work is done on or before its due date, 25% up to 45 days late and 5% up to 200 days
 * late; what would be done after the as-of date is still outstanding. Supervisors review 80% of work
 * within 25 days, 12% 32 to 90 days after, and never review 8%. The abstractions are of the offender
 * managers alone (one per 60 offenders unless `offenderManagers` is given), as the abstraction shares are
 * of their hours; the first two are often taken for other duties, so some staff show as regularly abstracted.
 *
 * Rows are in due-date order (abstractions in date order), with references numbered in that order.
 */
export function syntheticExtract({
  seed,
  asOf,
  registeredSexOffenders = 1200,
  months = 24,
  offenderManagers,
}: SyntheticExtractOptions): { workItems: SyntheticWorkItemRow[]; abstractions: SyntheticAbstractionRow[]; offenderManagers: number } {
  const random = seededRandom(seed);
  const whole = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const firstDay = asOf - Math.round(months * 30.44);
  const lastDay = asOf + daysAheadOfAsOf;

  const items: Omit<SyntheticWorkItemRow, "item_id">[] = [];
  const schedule = (itemType: ItemType, riskLevel: RiskLevel, intervalDays: number, delayDays = 0) => {
    for (let due = firstDay + whole(0, intervalDays - 1) + delayDays; due <= lastDay; due += intervalDays) {
      const completed = completionDay(due, whole, random);
      const reviewed = reviewDay(completed, whole, random);
      const done = completed <= asOf;
      items.push({
        item_type: itemType,
        risk_level: riskLevel,
        due_date: isoDate(due),
        completed_date: done ? isoDate(completed) : "",
        reviewed_date: done && reviewed !== null && reviewed <= asOf ? isoDate(reviewed) : "",
      });
    }
  };
  for (let offender = 0; offender < registeredSexOffenders; offender++) {
    const riskLevel = drawRiskLevel(random());
    const assessmentPhase = whole(0, assessmentIntervalDays[riskLevel] - 1);
    if (riskLevel !== "low" || random() >= reactiveShareOfLow) schedule("home_visit", riskLevel, visitIntervalDays[riskLevel]);
    schedule("arms_assessment", riskLevel, assessmentIntervalDays[riskLevel], assessmentPhase);
    schedule("risk_management_plan", riskLevel, assessmentIntervalDays[riskLevel], assessmentPhase + 14);
  }
  items.sort((a, b) => (a.due_date < b.due_date ? -1 : a.due_date > b.due_date ? 1 : 0));
  const workItems = items.map((item, index) => ({ item_id: `WI-${String(index + 1).padStart(6, "0")}`, ...item }));

  const staff = offenderManagers ?? Math.max(1, Math.round(registeredSexOffenders / offendersPerOffenderManager));
  const abstractions: SyntheticAbstractionRow[] = [];
  for (let day = firstDay; day <= asOf; day++) {
    if (dayOfWeek(day) === 0 || dayOfWeek(day) === 6) continue;
    for (let member = 0; member < staff; member++) {
      for (const { reason, chance, hours } of abstractionReasons) {
        const likelihood = reason === "other_duties" && member < 2 ? regularOtherDutiesChance : chance;
        if (random() < likelihood) {
          abstractions.push({
            date: isoDate(day),
            staff_ref: `OM-${String(member + 1).padStart(2, "0")}`,
            hours: String(hours[whole(0, hours.length - 1)]),
            reason,
          });
          break;
        }
      }
    }
  }
  return { workItems, abstractions, offenderManagers: staff };
}

function drawRiskLevel(draw: number): RiskLevel {
  let cumulative = 0;
  for (const [riskLevel, share] of riskMix) {
    cumulative += share;
    if (draw < cumulative) return riskLevel;
  }
  return "low";
}

function completionDay(due: CalendarDay, whole: (low: number, high: number) => number, random: () => number): CalendarDay {
  const draw = random();
  if (draw < 0.7) return due - whole(0, 14);
  if (draw < 0.95) return due + whole(1, 45);
  return due + whole(46, 200);
}

function reviewDay(completed: CalendarDay, whole: (low: number, high: number) => number, random: () => number): CalendarDay | null {
  const draw = random();
  if (draw < 0.8) return completed + whole(0, 25);
  if (draw < 0.92) return completed + whole(32, 90);
  return null;
}
