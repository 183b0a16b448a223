import type { z } from "zod";
import { InputError } from "../errors.js";

/**
 * Turns the first problem zod found in a JSON model file into the one-line message the tool prints:
 * `FILE, JSON path a.b[2].c: expected …; found …`. The schema's own messages say what was expected;
 * what was found is read from the file's value at that path (or given by a check that compares several
 * values, such as shares that must add up to 1).
 */
export function modelInputError(file: string, data: unknown, error: z.ZodError): InputError {
  // a misspelt key is both unknown and leaves a key missing: name the misspelling
  const issue = error.issues.find((candidate) => candidate.code === "unrecognized_keys") ?? error.issues[0];
  const path = [...issue.path];
  let found: string;
  if (issue.code === "unrecognized_keys") {
    path.push(issue.keys[0]);
    found = `the key "${issue.keys[0]}"`;
  } else if (issue.code === "custom" && typeof issue.params?.found === "string") {
    found = issue.params.found;
  } else {
    found = describeValue(valueAt(data, path));
  }
  const where = path.length === 0 ? "the top level" : `JSON path ${formatJsonPath(path)}`;
  return new InputError(`${file}, ${where}: expected ${issue.message}; found ${found}`);
}

/**
 * A path as a reader writes it: `riskLevels.high.visitsPerYear`, `years[2].hires`. A key that is not a
 * plain name (a space, a dot, a leading digit, or empty) is written in brackets and quotes, as in
 * `[" forceProfile"]`, so that a stray space or dot in a key is seen and the path reads one way only.
 */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => {
      if (typeof key === "number") return `[${key}]`;
      const name = String(key);
      if (!plainName.test(name)) return `[${JSON.stringify(name)}]`;
      return index === 0 ? name : `.${name}`;
    })
    .join("");
}

const plainName = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === undefined) return "nothing (the key is missing)";
  if (Array.isArray(value)) return "a list";
  if (value !== null && typeof value === "object") return "an object";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}..."` : text;
}
