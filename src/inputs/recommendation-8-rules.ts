import { z } from "zod";
import { modelInputError } from "./model-input-error.js";
import { modelObject } from "./model-object.js";
import { parseJsonText } from "./parse-json-text.js";
import { share, sourcedValue, valuesOf, type ValuesOf } from "./sourced-value.js";
import { parseWithoutCompiling } from "./parse-without-compiling.js";

const days = () => {
  const expected = "a whole number of days from 0 to 365";
  return z.number(expected).int(expected).min(0, expected).max(365, expected);
};

/**
 * The schema of the rules by which the Recommendation 8 summary calls each part met, at risk or not
 * met, as in `models/recommendation-8-rules.json`. HMICFRS sets no numbers for them: every number is a
 * force's choice, written with its source or marked as an assumption.
 */
export const recommendation8RulesSchema = modelObject(
  {
    $schema: z.string("a path or address of this file's JSON Schema").optional(),
    description: z.string("text saying whose rules these are"),
    outstandingWork: modelObject(
      {
        mostDaysOverdueAtVeryHighOrHighRisk: sourcedValue(days(), "the most days an ARMS assessment, RMP or visit at very high or high risk may be overdue before the part is not met"),
        mostDaysOverdueAtMediumOrLowRisk: sourcedValue(days(), "the most days an item at medium or low risk may be overdue before the part is at risk"),
      },
      "the lateness the summary tolerates, by risk level",
    ),
    supervisorReviews: modelObject(
      {
        shareWithinOneMonthMet: sourcedValue(share(), "the share of completed work reviewed within one calendar month at or above which the part is met"),
        shareWithinOneMonthAtRisk: sourcedValue(share(), "the share at or above which the part is at risk rather than not met"),
      },
      "the share of supervisor reviews within one calendar month the summary asks for",
    ),
  },
  "the rules of the Recommendation 8 summary",
).superRefine((rules, context) => {
  if (rules.supervisorReviews.shareWithinOneMonthAtRisk.value > rules.supervisorReviews.shareWithinOneMonthMet.value) {
    context.addIssue({
      code: "custom",
      path: ["supervisorReviews", "shareWithinOneMonthAtRisk", "value"],
      message: "a share no higher than shareWithinOneMonthMet",
      params: { found: String(rules.supervisorReviews.shareWithinOneMonthAtRisk.value) },
    });
  }
});

/** The rules as checked, each number with its source. */
export type Recommendation8Rules = z.infer<typeof recommendation8RulesSchema>;

/** The rules' plain values, for the assessment. */
export type Recommendation8RuleValues = ValuesOf<Recommendation8Rules>;

/**
 * Checks the text of a Recommendation 8 rules file.
 *
 * @throws {InputError} `FILE, JSON path a.b.c: expected …; found …`, or a JSON syntax error by line and column
 */
export function parseRecommendation8Rules(file: string, text: string): Recommendation8Rules {
  const data = parseJsonText(file, text);
  const result = recommendation8RulesSchema.safeParse(data, parseWithoutCompiling);
  if (!result.success) throw modelInputError(file, data, result.error);
  return result.data;
}

/** The rules' plain values. */
export function recommendation8RuleValues(rules: Recommendation8Rules): Recommendation8RuleValues {
  return valuesOf(rules);
}
