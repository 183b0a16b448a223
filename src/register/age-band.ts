/** Age bands the rates of leaving by death, moving away and removal are learned in. */
export type AgeBand = "under_40" | "40_to_59" | "60_to_74" | "75_and_over" | "age_not_given";

export const ageBands: readonly AgeBand[] = ["under_40", "40_to_59", "60_to_74", "75_and_over", "age_not_given"];

/** What a report says of each band. */
export const ageBandLabels: Readonly<Record<AgeBand, string>> = {
  under_40: "under 40",
  "40_to_59": "40 to 59",
  "60_to_74": "60 to 74",
  "75_and_over": "75 and over",
  age_not_given: "age not given",
};

/**
 * The band of a person's age in a year, taken as the year less the year of birth (so a person is 40
 * throughout the year of their 40th birthday); `age_not_given` without a birth year.
 */
export function ageBand(year: number, birthYear: number | null): AgeBand {
  if (birthYear === null) return "age_not_given";
  const age = year - birthYear;
  return age < 40 ? "under_40" : age < 60 ? "40_to_59" : age < 75 ? "60_to_74" : "75_and_over";
}
