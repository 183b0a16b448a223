import { z } from "zod";
import { formatJsonPath } from "./model-input-error.js";
import { modelObject } from "./model-object.js";

/**
 * A number in a model file with where it comes from. A value that no publication gives is marked
 * `assumption: true` with a `reason`, and reports list it as an assumption for the force to check.
 */
export interface SourcedValue {
  value: number;
  /** The publication, or for an assumption who made it and when. */
  source: string;
  assumption?: boolean;
  /** Why the value was chosen; required when `assumption` is true. */
  reason?: string;
}

/** The numbers of a model with their sources stripped: the plain values the model code computes with. */
export type ValuesOf<T> = T extends SourcedValue
  ? number
  : T extends readonly (infer Item)[]
    ? ValuesOf<Item>[]
    : T extends object
      ? { [Key in keyof T]: ValuesOf<T[Key]> }
      : T;

/** One number of a model file, as the report's assumptions table lists it. */
export interface SourcedValueRow {
  /** The model file, as the user named it. */
  file: string;
  /** JSON path of the value in the file, such as `riskLevels.high.visitsPerYear`. */
  path: string;
  value: number;
  source: string;
  assumption: boolean;
  /** Empty unless the value is an assumption. */
  reason: string;
}

/**
 * The schema of one sourced value whose number must pass `value`.
 *
 * @param value the check on the number, with its own "expected …" messages
 * @param what what the number is, with its unit, such as "home visits a year to each person at this risk level"
 */
export function sourcedValue(value: z.ZodNumber, what: string) {
  return modelObject(
    {
      value: value.describe(what),
      source: z
        .string("text naming the publication the value comes from, or who assumed it")
        .regex(/\S/, "text naming the publication the value comes from, or who assumed it"),
      assumption: z.boolean("true or false: whether no publication gives this value").optional(),
      reason: z.string("text saying why the assumed value was chosen").regex(/\S/, "text saying why the assumed value was chosen").optional(),
    },
    `${what}, with its source`,
    `${what}, written {"value": …, "source": "…"}`,
  ).superRefine((sourced, context) => {
    if (sourced.assumption === true && sourced.reason === undefined) {
      context.addIssue({
        code: "custom",
        path: ["reason"],
        message: 'a "reason" for a value marked as an assumption',
        params: { found: "nothing (the key is missing)" },
      });
    }
  });
}

/** A number of 0 or more, such as a count or hours. */
export function nonNegativeNumber(): z.ZodNumber {
  const expected = "a number of 0 or more";
  return z.number(expected).min(0, expected);
}

/** A number above 0, such as staff in post or contracted hours. */
export function positiveNumber(): z.ZodNumber {
  const expected = "a number above 0";
  return z.number(expected).gt(0, expected);
}

/** A share of a whole written as a fraction from 0 to 1, such as 0.25 for a quarter. */
export function share(): z.ZodNumber {
  const expected = "a share from 0 to 1, such as 0.25 for a quarter";
  return z.number(expected).min(0, expected).max(1, expected);
}

/** The plain numbers of a checked model: each sourced value replaced by its number. */
export function valuesOf<Model>(model: Model): ValuesOf<Model> {
  if (isSourcedValue(model)) return model.value as ValuesOf<Model>;
  if (Array.isArray(model)) return model.map((item) => valuesOf(item)) as ValuesOf<Model>;
  if (model !== null && typeof model === "object") {
    return Object.fromEntries(Object.entries(model).map(([key, item]) => [key, valuesOf(item)])) as ValuesOf<Model>;
  }
  return model as ValuesOf<Model>;
}

/** Every sourced value of a checked model, in the file's order, for the assumptions table. */
export function listSourcedValues(file: string, model: unknown, path: readonly PropertyKey[] = []): SourcedValueRow[] {
  if (isSourcedValue(model)) {
    return [
      {
        file,
        path: formatJsonPath(path),
        value: model.value,
        source: model.source,
        assumption: model.assumption === true,
        reason: model.reason ?? "",
      },
    ];
  }
  if (Array.isArray(model)) return model.flatMap((item, index) => listSourcedValues(file, item, [...path, index]));
  if (model !== null && typeof model === "object") {
    return Object.entries(model).flatMap(([key, item]) => listSourcedValues(file, item, [...path, key]));
  }
  return [];
}

function isSourcedValue(model: unknown): model is SourcedValue {
  return model !== null && typeof model === "object" && !Array.isArray(model) && "value" in model && "source" in model;
}
