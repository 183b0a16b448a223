import { type CalendarDay, isoDate } from "../math/calendar-day.js";
import type { AssumedTimeAway } from "./abstraction-share.js";
import { type Abstraction, type AbstractionMeasures, abstractionMeasures } from "./abstractions.js";
import type { ScenarioProjection } from "../scenarios/scenario-projection.js";
import { type OnTimeCompletionRow, onTimeCompletion } from "./on-time-completion.js";
import { outstandingOutlook, type ScenarioOutlook } from "./outstanding-outlook.js";
import { type OutstandingCell, outstandingWork } from "./outstanding-work.js";
import { type SupervisorReviewRow, supervisorReviews } from "./supervisor-reviews.js";
import type { WorkItem } from "./work-item.js";

/** Settings of one run of the operational measures. */
export interface OperationalMeasureOptions {
  /** The date the extracts describe. */
  asOf: CalendarDay;
  /** Offender managers in post × contracted hours in a month; null when not given. */
  availableHoursPerMonth: number | null;
  /** Counts from 1 to this − 1 are hidden for publication; 0 hides nothing. */
  suppressBelow: number;
  /** The scenarios to project outstanding work under; none (the default) leaves the outlook out. */
  scenarios?: readonly ScenarioProjection[] | null;
  /** The profile's shares of time away from cases, to set the abstraction share against; none without a profile. */
  assumedTimeAway?: AssumedTimeAway | null;
}

/**
 * Recommendation 8's operational measures from one dated extract, with small counts already hidden
 * as asked, so every output made from it shows the same published numbers. Holds no item or staff
 * reference.
 */
export interface OperationalMeasures {
  /** YYYY-MM-DD. */
  asOf: string;
  availableHoursPerMonth: number | null;
  suppressBelow: number;
  /** Items counted, before any suppression. */
  workItemCount: number;
  outstanding: OutstandingCell[];
  onTimeCompletion: OnTimeCompletionRow[];
  supervisorReviews: SupervisorReviewRow[];
  /** Null when no abstractions extract was given. */
  abstractions: AbstractionMeasures | null;
  /** The profile's shares of time away from cases (`abstractionShare`); absent or null without a profile. */
  assumedTimeAway?: AssumedTimeAway | null;
  /** Outstanding work over the next twelve months for each scenario, in their order; null without scenarios. */
  outlook: ScenarioOutlook[] | null;
}

/** Runs every operational measure on the extracts, and the outlook under each scenario given; see each measure for its definitions. */
export function operationalMeasures(
  items: readonly WorkItem[],
  abstractions: readonly Abstraction[] | null,
  { asOf, availableHoursPerMonth, suppressBelow, scenarios = null, assumedTimeAway = null }: OperationalMeasureOptions,
): OperationalMeasures {
  return {
    asOf: isoDate(asOf),
    availableHoursPerMonth,
    assumedTimeAway,
    suppressBelow,
    workItemCount: items.length,
    outstanding: outstandingWork(items, { asOf, suppressBelow }),
    onTimeCompletion: onTimeCompletion(items, { asOf, suppressBelow }),
    supervisorReviews: supervisorReviews(items, { asOf, suppressBelow }),
    abstractions: abstractions === null ? null : abstractionMeasures(abstractions, { asOf, availableHoursPerMonth, suppressBelow }),
    // the outlook starts from the outstanding counts by risk level, unsuppressed; for publication it is
    // left out rather than undo the suppression of outstanding.csv
    outlook: scenarios === null || suppressBelow > 0 ? null : scenarios.map((scenario) => outstandingOutlook(items, scenario, { asOf })),
  };
}
