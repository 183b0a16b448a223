/**
 * How one part of HMICFRS Recommendation 8 stands, by a rule stated with it: met, at risk, not met,
 * or no data (the extract or figure the rule needs was not given). A part without data is never met.
 */
export type PartStatus = "met" | "at_risk" | "not_met" | "no_data";

export const partStatusLabels: Readonly<Record<PartStatus, string>> = {
  met: "Met",
  at_risk: "At risk",
  not_met: "Not met",
  no_data: "No data",
};
