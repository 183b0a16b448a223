import type { CalendarDay } from "../math/calendar-day.js";

/** The kinds of work Recommendation 8 asks forces to keep manageable, as an extract names them. */
export const itemTypes = ["arms_assessment", "risk_management_plan", "home_visit"] as const;
export type ItemType = (typeof itemTypes)[number];

/** ARMS risk levels, highest first. */
export const riskLevels = ["very_high", "high", "medium", "low"] as const;
export type RiskLevel = (typeof riskLevels)[number];

/** Names for reports. */
export const itemTypeLabels: Readonly<Record<ItemType, string>> = {
  arms_assessment: "ARMS assessment",
  risk_management_plan: "Risk management plan",
  home_visit: "Home visit",
};
export const riskLevelLabels: Readonly<Record<RiskLevel, string>> = {
  very_high: "Very high",
  high: "High",
  medium: "Medium",
  low: "Low",
};

/**
 * One ARMS assessment, risk management plan or home visit from a work-item extract. It carries no
 * identifier: the extract's `item_id` is used only to refuse duplicates and stops at the input boundary.
 */
export interface WorkItem {
  itemType: ItemType;
  riskLevel: RiskLevel;
  dueDay: CalendarDay;
  /** The day the work was done; null while outstanding. Never after the as-of date. */
  completedDay: CalendarDay | null;
  /** The day a supervisor reviewed it; null if not yet. Never before completion nor after the as-of date. */
  reviewedDay: CalendarDay | null;
}
