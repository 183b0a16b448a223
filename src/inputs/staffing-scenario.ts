import { z } from "zod";
import { forecastMethods } from "../forecast/methods.js";
import { modelInputError } from "./model-input-error.js";
import { modelObject } from "./model-object.js";
import { parseJsonText } from "./parse-json-text.js";
import { share } from "./sourced-value.js";
import { numberIn, valueRanges, type ValueRange } from "./value-ranges.js";
import { parseWithoutCompiling } from "./parse-without-compiling.js";

/** Years the scenario's hires and shocks may name: the year-ending years of the forecast, such as 2024 to 2028. */
export interface ScenarioHorizon {
  yearEndings: readonly number[];
}

/** Most hires one scenario may list: one a month for the longest horizon, 30 years. */
export const maximumHires = 360;
/** Most demand shocks one scenario may list. */
export const maximumShocks = 100;

const methodNames = ["auto", ...forecastMethods.map((method) => method.name)] as [string, ...string[]];

/** A fraction of staff leaving in a year; 1 (everyone leaves) is refused because nobody could ever be in post. */
const attritionShare = () => {
  const expected = "a fraction of staff leaving a year, from 0 to below 1, such as 0.1 for one in ten";
  return z.number(expected).min(0, expected).lt(1, expected);
};

const wholeNumber = (expected: string, minimum: number, maximum: number) =>
  z.int(expected).min(minimum, expected).max(maximum, expected);

/** A year that must be one of the forecast's years when the horizon is known. */
const yearEnding = (what: string, horizon?: ScenarioHorizon) => {
  const expected = horizon
    ? `${what}: a year ending within the forecast, ${horizon.yearEndings[0]} to ${horizon.yearEndings[horizon.yearEndings.length - 1]}`
    : `${what}: a year ending within the forecast, such as 2027`;
  const year = z.int(expected);
  return horizon ? year.refine((value) => horizon.yearEndings.includes(value), expected) : year;
};

const shock = (horizon?: ScenarioHorizon) =>
  modelObject(
    {
      kind: z.enum(["step", "ramp"], 'one of "step" (the same extra people every year from the first) or "ramp" (extra people added each year)'),
      fromYearEnding: yearEnding("the first year with extra registrations", horizon),
      extraRegisteredSexOffenders: numberIn(valueRanges.people).describe(
        "step: extra people on the register in every year from the first; ramp: extra people added in each year of the ramp",
      ),
      rampYears: wholeNumber("whole years the ramp keeps adding, 1 to 30 (after them the extra is held)", 1, 30).optional(),
      source: z.string("text naming where the size of the shock comes from").regex(/\S/, "text naming where the size of the shock comes from"),
      assumption: z.boolean("true or false: whether no publication gives this size").optional(),
      reason: z.string("text saying why the assumed size was chosen").regex(/\S/, "text saying why the assumed size was chosen").optional(),
    },
    "extra registrations from a given year, such as from a change in sentencing law",
  ).superRefine((value, context) => {
    if (value.assumption === true && value.reason === undefined) {
      context.addIssue({ code: "custom", path: ["reason"], message: 'a "reason" for a size marked as an assumption', params: { found: "nothing (the key is missing)" } });
    }
    if (value.kind === "step" && value.rampYears !== undefined) {
      context.addIssue({ code: "custom", path: ["rampYears"], message: 'no "rampYears" for a step (only a ramp has years)', params: { found: String(value.rampYears) } });
    }
  });

const demand = (horizon?: ScenarioHorizon) =>
  modelObject(
    {
      method: z.enum(methodNames, `one of ${methodNames.join(", ")}`).optional(),
      growthRatePerYear: z
        .number("a growth rate a year as a fraction from -0.5 to 1, such as 0.04 for 4% a year")
        .min(-0.5, "a growth rate a year as a fraction from -0.5 to 1, such as 0.04 for 4% a year")
        .max(1, "a growth rate a year as a fraction from -0.5 to 1, such as 0.04 for 4% a year")
        .optional(),
      upperBoundLevel: z
        .number("an interval level in per cent from 1 to 99.9, such as 80 to plan for the upper bound of the 80% interval")
        .min(1, "an interval level in per cent from 1 to 99.9, such as 80 to plan for the upper bound of the 80% interval")
        .max(99.9, "an interval level in per cent from 1 to 99.9, such as 80 to plan for the upper bound of the 80% interval")
        .optional(),
      shocks: z.array(shock(horizon), "a list of shocks").max(maximumShocks, `at most ${maximumShocks} shocks`).optional(),
    },
    "changes to the caseload the staff must carry",
  ).superRefine((value, context) => {
    if (value.method !== undefined && value.growthRatePerYear !== undefined) {
      context.addIssue({
        code: "custom",
        path: ["growthRatePerYear"],
        message: 'either "method" or "growthRatePerYear", not both',
        params: { found: `both, method "${value.method}" and growth rate ${value.growthRatePerYear}` },
      });
    }
  });

const hire = (horizon?: ScenarioHorizon) =>
  modelObject(
    {
      yearEnding: yearEnding("the forecast year the staff arrive in", horizon),
      month: wholeNumber("a month of that forecast year from 1 (its first month: April for years ending 31 March) to 12", 1, 12).optional(),
      offenderManagers: numberIn(valueRanges.staff).describe("offender managers arriving, FTE").optional(),
      supervisors: numberIn(valueRanges.staff).describe("supervisors arriving, FTE").optional(),
    },
    "staff arriving at the start of a month",
  );

const workforce = (horizon?: ScenarioHorizon) =>
  modelObject(
    {
      hires: z.array(hire(horizon), "a list of hires").max(maximumHires, `at most ${maximumHires} hires, one a month for 30 years`).optional(),
      trainingMonths: wholeNumber("whole months from 0 to 36 before a new offender manager carries a caseload", 0, 36)
        .describe("whole months from 0 to 36 before a new offender manager carries a caseload; default the force profile's offenderManagers.trainingMonths, else 0")
        .optional(),
      offenderManagerAttritionPerYear: attritionShare().optional(),
      supervisorAttritionPerYear: attritionShare().optional(),
      abstractionShare: share().optional(),
    },
    "changes to the staff: hires, training, leavers and abstraction",
  );

const numbers = <Keys extends string>(keys: readonly Keys[], range: ValueRange, what: string) =>
  modelObject(
    Object.fromEntries(keys.map((key) => [key, numberIn(range).optional()])) as Record<Keys, z.ZodOptional<z.ZodNumber>>,
    what,
  ).optional();

const riskLevelWork = (group: string) =>
  numbers(["visitsPerYear", "armsAssessmentsPerYear", "riskManagementPlanReviewsPerYear", "intelligenceChecksPerYear"], valueRanges.timesPerYear, `the work a year for one person ${group}`);

const workloadStandards = modelObject(
  {
    riskLevels: modelObject(
      {
        veryHigh: riskLevelWork("at very high risk"),
        high: riskLevelWork("at high risk"),
        medium: riskLevelWork("at medium risk"),
        low: riskLevelWork("at low risk under active management"),
        lowReactive: riskLevelWork("at low risk under reactive management"),
      },
      "the work by risk level",
    ).optional(),
    homeVisit: modelObject(
      { staffPerVisit: numberIn(valueRanges.staffPerVisit).optional(), hoursPerVisit: numberIn(valueRanges.hoursEach).optional() },
      "how home visits are made",
    ).optional(),
    armsAssessment: numbers(["hoursEach"], valueRanges.hoursEach, "ARMS assessments"),
    riskManagementPlanReview: numbers(["hoursEach"], valueRanges.hoursEach, "risk management plan reviews"),
    intelligenceCheck: numbers(["minutesEach"], valueRanges.minutesEach, "intelligence checks"),
    custody: numbers(["hoursPerPersonPerYear"], valueRanges.hoursPerYear, "the work for people in custody"),
    responsiveWork: modelObject({ allowanceShare: share().optional() }, "the allowance for responsive work").optional(),
    supervisorReview: numbers(
      ["minutesPerArmsAssessment", "minutesPerRiskManagementPlanReview", "minutesPerVisit"],
      valueRanges.minutesEach,
      "supervisor reviews",
    ),
  },
  "workload standards to change, as plain numbers at the same paths as in the standards file",
);

const costs = modelObject(
  {
    offenderManagerCostPerFte: numberIn(valueRanges.costPerFte).describe("cost a year of one offender manager FTE with on-costs, in pounds").optional(),
    supervisorCostPerFte: numberIn(valueRanges.costPerFte).describe("cost a year of one supervisor FTE with on-costs, in pounds").optional(),
  },
  "costs a year of one FTE, in pounds",
);

/**
 * The schema of a staffing scenario such as `models/scenarios/status-quo.json`. Given the forecast's
 * years, it also refuses hires and shocks in a year outside them; without them (for `mosovo schema`)
 * any whole year passes.
 */
export function staffingScenarioSchema(horizon?: ScenarioHorizon) {
  return modelObject(
    {
      $schema: z.string("a path or address of this file's JSON Schema").optional(),
      name: z.string("text naming the scenario").regex(/\S/, "text naming the scenario"),
      description: z.string("text saying what the scenario supposes and why").optional(),
      forceProfile: z
        .string("the path of the force profile the scenario starts from, relative to this file")
        .regex(/\S/, "the path of the force profile the scenario starts from, relative to this file"),
      demand: demand(horizon).optional(),
      workforce: workforce(horizon).optional(),
      workloadStandards: workloadStandards.optional(),
      costs: costs.optional(),
    },
    "a staffing scenario: a force profile and what changes from it",
  );
}

/** A staffing scenario as checked. Everything it does not mention stays as the force profile has it. */
export type StaffingScenario = z.infer<ReturnType<typeof staffingScenarioSchema>>;

/**
 * Checks the text of a scenario file: JSON, only known keys, numbers in range (no negative hires,
 * counts or costs; attrition below 1), a source for every shock, and every hire and shock in one of
 * the forecast's years. Whether the force profile it names is the one given with `--force` is checked
 * by the command, which reads files.
 *
 * @param file the path as the user gave it, for messages
 * @throws {InputError} `FILE, JSON path a.b[0].c: expected …; found …`, or a JSON syntax error by line and column
 */
export function parseStaffingScenario(file: string, text: string, horizon: ScenarioHorizon): StaffingScenario {
  const data = parseJsonText(file, text);
  const result = staffingScenarioSchemaFor(horizon).safeParse(data, parseWithoutCompiling);
  if (!result.success) throw modelInputError(file, data, result.error);
  return result.data;
}

/**
 * `staffingScenarioSchema` for these years, built once: a run checks every scenario file against the
 * same years, and building the schema costs more than checking a file with it.
 */
export function staffingScenarioSchemaFor(horizon: ScenarioHorizon): ReturnType<typeof staffingScenarioSchema> {
  const key = horizon.yearEndings.join(",");
  const known = schemasByYears.get(key);
  if (known !== undefined) return known;
  const schema = staffingScenarioSchema({ yearEndings: [...horizon.yearEndings] });
  if (schemasByYears.size >= 8) schemasByYears.delete(schemasByYears.keys().next().value!);
  schemasByYears.set(key, schema);
  return schema;
}

const schemasByYears = new Map<string, ReturnType<typeof staffingScenarioSchema>>();
