import { NonFiniteFigureError } from "../errors.js";

/**
 * A value as the text of an output JSON file, two spaces to a level, with a final line end. JSON has no
 * Infinity or NaN (`JSON.stringify` would write null in silence), so a figure that is not finite is
 * refused, named by its key.
 *
 * @throws {NonFiniteFigureError} for a number that is not finite
 */
export function jsonOutput(value: unknown): string {
  const text = JSON.stringify(
    value,
    (key, item: unknown) => {
      if (typeof item === "number" && !Number.isFinite(item)) throw new NonFiniteFigureError(`"${key}" of an output JSON file`, item);
      return item;
    },
    2,
  );
  return `${text}\n`;
}
