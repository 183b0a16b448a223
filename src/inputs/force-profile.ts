import { z } from "zod";
import { isoDate } from "../math/calendar-day.js";
import type { ForceValues } from "../workload/staffing-rules.js";
import { dateCellExpectation, parseDateCell } from "./date-cell.js";
import { modelInputError } from "./model-input-error.js";
import { modelObject } from "./model-object.js";
import { parseJsonText } from "./parse-json-text.js";
import { share, sourcedValue, valuesOf } from "./sourced-value.js";
import { numberIn, valueRanges } from "./value-ranges.js";
import { parseWithoutCompiling } from "./parse-without-compiling.js";

/** Risk-mix shares must add up to 1 within this, so that 0.1 + 0.2 style rounding is not refused. */
export const riskMixTolerance = 1e-9;

// at least 1%: a share of a supervisor's time near 0 makes the supervisors needed for reviews overflow
const positiveShare = () => {
  const expected = "a share from 0.01 to 1, such as 0.5 for half";
  return z.number(expected).min(0.01, expected).max(1, expected);
};

const riskMix = modelObject(
  {
    veryHigh: sourcedValue(share(), "share of the community caseload at very high risk"),
    high: sourcedValue(share(), "share of the community caseload at high risk"),
    medium: sourcedValue(share(), "share of the community caseload at medium risk"),
    low: sourcedValue(share(), "share of the community caseload at low risk"),
  },
  "the share of the community caseload at each risk level, adding up to 1",
).superRefine((mix, context) => {
  const shares = [mix.veryHigh.value, mix.high.value, mix.medium.value, mix.low.value];
  const total = shares.reduce((sum, value) => sum + value, 0);
  if (Math.abs(total - 1) > riskMixTolerance) {
    context.addIssue({
      code: "custom",
      message: "shares veryHigh, high, medium and low that add up to 1",
      params: { found: `${shares.join(" + ")} = ${roundForMessage(total)}` },
    });
  }
});

const workingTime = modelObject(
  {
    contractedHoursPerWeek: sourcedValue(numberIn(valueRanges.hoursPerWeek), "contracted hours a week of one full-time equivalent"),
    leaveShare: sourcedValue(share(), "annual leave and public holidays as a fraction of contracted time"),
    trainingShare: sourcedValue(share(), "training as a fraction of contracted time"),
    sicknessShare: sourcedValue(share(), "sickness absence as a fraction of contracted time"),
    abstractionShare: sourcedValue(share(), "abstraction to other duties as a fraction of contracted time"),
  },
  "the working time of one full-time equivalent, the same for offender managers and supervisors",
).superRefine((time, context) => {
  const shares = [time.leaveShare.value, time.trainingShare.value, time.sicknessShare.value, time.abstractionShare.value];
  const total = shares.reduce((sum, value) => sum + value, 0);
  if (total >= 1) {
    context.addIssue({
      code: "custom",
      message: "leave, training, sickness and abstraction shares that add up to less than 1, leaving time for casework",
      params: { found: `${shares.join(" + ")} = ${roundForMessage(total)}` },
    });
  }
});

/** A date a profile gives, as a date cell (ISO or day/month/year), read as YYYY-MM-DD. */
function profileDate(what: string) {
  return z
    .string(`${what}, ${dateCellExpectation}`)
    .regex(/^\s*(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})\s*$/, `${what}, ${dateCellExpectation}`)
    .refine((text) => parseDateCell(text.trim()) !== undefined, `${what}: a day that exists, in 1900 or later`)
    .transform((text) => isoDate(parseDateCell(text.trim())!));
}

/** Where the community caseload the staffing figures use comes from, when the profile names its register. */
export const caseloadSources = ["register", "history"] as const;

/** The simulated paths and seed `mosovo register` uses unless told otherwise; a profile's register uses them too. */
export const registerProjectionDefaults = { paths: 1000, seed: 20260331 } as const;

const registerSettings = modelObject(
  {
    extract: z.string("the path of the register extract CSV, relative to this file").regex(/\S/, "the path of the register extract CSV, relative to this file"),
    asOf: profileDate("the date the register extract describes"),
    completeFrom: profileDate("the first day the register extract holds everyone who left from").optional(),
    caseloadFrom: z.enum(caseloadSources, `"register" (the staffing figures use the register projection) or "history" (they use the trend forecast of the caseload history)`),
    paths: z
      .int("a whole number of simulated paths from 1 to 100000 (missing: 1000)")
      .min(1, "a whole number of simulated paths from 1 to 100000 (missing: 1000)")
      .max(100_000, "a whole number of simulated paths from 1 to 100000 (missing: 1000)")
      .optional(),
    seed: z
      .int("a whole number from 0 to 4294967295 (missing: 20260331)")
      .min(0, "a whole number from 0 to 4294967295 (missing: 20260331)")
      .max(0xffffffff, "a whole number from 0 to 4294967295 (missing: 20260331)")
      .optional(),
  },
  "the force's register extract, projected month by month as `mosovo register` projects it",
).superRefine((settings, context) => {
  if (settings.completeFrom !== undefined && settings.completeFrom > settings.asOf) {
    context.addIssue({ code: "custom", path: ["completeFrom"], message: `a date on or before asOf (${settings.asOf})`, params: { found: settings.completeFrom } });
  }
});

/** The schema of a force profile such as `models/example-force.json`; `mosovo schema` writes it as JSON Schema. */
export const forceProfileSchema = modelObject(
  {
    $schema: z.string("a path or address of this file's JSON Schema").optional(),
    name: z.string("text naming the force or the illustration").regex(/\S/, "text naming the force or the illustration"),
    illustrative: z.boolean("true or false: true when the figures illustrate the tool rather than describe a force"),
    description: z.string("text describing where the profile's figures come from"),
    caseloadHistory: z.string("the path of the caseload history CSV, relative to this file").regex(/\S/, "the path of the caseload history CSV, relative to this file"),
    workloadStandards: z
      .string("the path of the workload standards JSON, relative to this file")
      .regex(/\S/, "the path of the workload standards JSON, relative to this file"),
    scenarios: z
      .array(
        z.string("the path of a scenario JSON file, relative to this file").regex(/\S/, "the path of a scenario JSON file, relative to this file"),
        "a list of scenario file paths, relative to this file",
      )
      .optional(),
    operationalExtracts: modelObject(
      {
        workItems: z.string("the path of the work items CSV, relative to this file").regex(/\S/, "the path of the work items CSV, relative to this file"),
        abstractions: z
          .string("the path of the abstractions CSV, relative to this file")
          .regex(/\S/, "the path of the abstractions CSV, relative to this file")
          .optional(),
        asOf: profileDate("the date the extracts were taken"),
      },
      "the ViSOR extracts `mosovo report` measures outstanding work, reviews and abstractions from",
    ).optional(),
    register: registerSettings.optional(),
    recommendation8Rules: z
      .string("the path of the Recommendation 8 rules JSON, relative to this file")
      .regex(/\S/, "the path of the Recommendation 8 rules JSON, relative to this file")
      .optional(),
    riskMix,
    reactiveShareOfLowRisk: sourcedValue(share(), "share of the low-risk caseload under reactive management"),
    peopleInCustody: sourcedValue(
      numberIn(valueRanges.people),
      "people on the register in custody, held at this number in every year; needed only when the caseload history gives no custody column",
    ).optional(),
    offenderManagers: modelObject(
      {
        inPost: sourcedValue(numberIn(valueRanges.staff), "offender managers in post, FTE"),
        costPerFte: sourcedValue(numberIn(valueRanges.costPerFte), "cost a year of one offender manager FTE with on-costs, in pounds"),
        trainingMonths: sourcedValue(
          z.int("whole months from 0 to 36").min(0, "whole months from 0 to 36").max(36, "whole months from 0 to 36"),
          "whole months after arrival before a new offender manager carries a caseload, 0 to 36; scenarios use it unless they give their own (missing: 0)",
        ).optional(),
      },
      "the offender managers in post, their cost and their training",
    ),
    supervisors: modelObject(
      {
        inPost: sourcedValue(numberIn(valueRanges.staff), "supervisors in post, FTE"),
        costPerFte: sourcedValue(numberIn(valueRanges.costPerFte), "cost a year of one supervisor FTE with on-costs, in pounds"),
        shareOfTimeForReviews: sourcedValue(positiveShare(), "fraction of a supervisor's productive hours that can go to reviews"),
      },
      "the supervisors in post, their cost and their time for reviews",
    ),
    workingTime,
    targets: modelObject(
      {
        maxCaseloadPerOffenderManager: sourcedValue(numberIn(valueRanges.caseloadPerOffenderManager), "most registered sex offenders in the community per offender manager"),
        maxOffenderManagersPerSupervisor: sourcedValue(numberIn(valueRanges.offenderManagersPerSupervisor), "most offender managers per supervisor (APP: ten)"),
      },
      "the targets the ratio method plans to",
    ),
  },
  "a force's caseload mix, staff and working time",
);

/** A force profile as checked, each number with its source. */
export type ForceProfile = z.infer<typeof forceProfileSchema>;

/**
 * Checks the text of a force profile: JSON, every key known and present, shares from 0 to 1, a risk
 * mix that adds up to 1 (within 1e-9), time away that leaves some time for casework, and a source for
 * every number. The paths it names are checked when the command reads them.
 *
 * @param file the path as the user gave it, for messages
 * @throws {InputError} `FILE, JSON path a.b.c: expected …; found …`, or a JSON syntax error by line and column
 */
export function parseForceProfile(file: string, text: string): ForceProfile {
  const data = parseJsonText(file, text);
  const result = forceProfileSchema.safeParse(data, parseWithoutCompiling);
  if (!result.success) throw modelInputError(file, data, result.error);
  return result.data;
}

/**
 * The profile's plain numbers, for the staffing model, but for the people in custody: those are the
 * custody figure chosen from the history and the profile (`custodyFigure`), for the caller to add.
 */
export function forceValues(profile: ForceProfile): Omit<ForceValues, "peopleInCustody"> {
  return valuesOf(profile);
}

function roundForMessage(value: number): string {
  return String(Number(value.toPrecision(12)));
}
