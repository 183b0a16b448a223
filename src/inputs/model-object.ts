import { z } from "zod";

/**
 * An object in a JSON model file: every key it lists is required unless marked optional, and any other
 * key is refused, so that a misspelt key (`visitsPerYaer`) is an error rather than a value silently
 * left at nothing. The messages complete "expected …" and name the keys allowed.
 *
 * @param what how to describe the object to an analyst, such as "the visits and reviews of one risk level"
 * @param expected what to say is expected where the object is missing or not an object; by default
 *   the description and the keys
 */
export function modelObject<Shape extends z.core.$ZodLooseShape>(shape: Shape, what: string, expected?: string) {
  const keys = Object.keys(shape).join(", ");
  return z
    .strictObject(shape, {
      error: (issue) =>
        issue.code === "unrecognized_keys" ? `only the keys ${keys}` : (expected ?? `an object: ${what}, with the keys ${keys}`),
    })
    .describe(what);
}
