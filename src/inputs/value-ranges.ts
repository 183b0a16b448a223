import { z } from "zod";

/**
 * The range every number of a model file must lie in: what a real force could have, with room to spare,
 * so that no sum, product or division the model makes of them can overflow (a cost of 1e308 passes "0 or
 * more" and then makes Infinity). Each range is stated in the schema (`mosovo schema`), in the message
 * that refuses a value outside it, and in the README.
 */
export const valueRanges = {
  /** People on the register, in custody, or added by a shock: ten times the register of England and Wales. */
  people: { minimum: 0, maximum: 1_000_000, unit: "people" },
  /** Staff in post or hired, FTE. */
  staff: { minimum: 0, maximum: 100_000, unit: "FTE" },
  /** Cost a year of one FTE, in pounds. */
  costPerFte: { minimum: 0, maximum: 1_000_000, unit: "pounds" },
  /** Visits, assessments, reviews or checks a year for one person: at most one a day. */
  timesPerYear: { minimum: 0, maximum: 366, unit: "a year" },
  /** Hours one piece of work takes. */
  hoursEach: { minimum: 0, maximum: 100, unit: "hours" },
  /** Minutes one piece of work takes: at most a day. */
  minutesEach: { minimum: 0, maximum: 1_440, unit: "minutes" },
  /** Hours a year for one person in custody: at most a full-time year. */
  hoursPerYear: { minimum: 0, maximum: 2_000, unit: "hours a year" },
  /** Contracted hours a week of one FTE. */
  hoursPerWeek: { minimum: 1, maximum: 80, unit: "hours a week" },
  /** Staff on one home visit. */
  staffPerVisit: { minimum: 1, maximum: 10, unit: "staff" },
  /** Most people in the community per offender manager. */
  caseloadPerOffenderManager: { minimum: 1, maximum: 1_000, unit: "people" },
  /** Most offender managers per supervisor. */
  offenderManagersPerSupervisor: { minimum: 1, maximum: 100, unit: "offender managers" },
} as const;

export type ValueRange = (typeof valueRanges)[keyof typeof valueRanges];

/** `1000000` → `1,000,000`, for messages. */
function grouped(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+$)/g, ",");
}

/** What a number in the range is expected to be, completing "expected …": `a number from 0 to 1,000,000 (people)`. */
export function rangeExpectation({ minimum, maximum, unit }: ValueRange): string {
  return `a number from ${grouped(minimum)} to ${grouped(maximum)} (${unit})`;
}

/** The schema of a number in one of `valueRanges`, both ends included. */
export function numberIn(range: ValueRange): z.ZodNumber {
  const expected = rangeExpectation(range);
  return z.number(expected).min(range.minimum, expected).max(range.maximum, expected);
}
