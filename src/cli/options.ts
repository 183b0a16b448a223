import { InvalidArgumentError } from "commander";
import { dateCellExpectation, parseDateText } from "../inputs/date-cell.js";
import { outputMarkerFile } from "../io/check-output-directory.js";
import { isoDate } from "../math/calendar-day.js";

/** `--horizon`: whole years ahead, 1 to 30. */
export function parseHorizon(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < 1 || value > 30) {
    throw new InvalidArgumentError(`expected a whole number of years from 1 to 30; found "${text}"`);
  }
  return value;
}

/** `--levels`: interval levels in per cent, comma-separated, each from 1 to 99.9, such as `80,95`. */
export function parseLevels(text: string): number[] {
  const parts = text.split(",").map((part) => part.trim());
  const levels = parts.map(Number);
  if (parts.some((part) => !/^\d+(\.\d+)?$/.test(part)) || levels.some((level) => !(level >= 1 && level <= 99.9))) {
    throw new InvalidArgumentError(`expected percentages from 1 to 99.9, separated by commas, such as 80,95; found "${text}"`);
  }
  if (new Set(levels).size !== levels.length) {
    throw new InvalidArgumentError(`expected each level once; found "${text}"`);
  }
  return [...levels].sort((a, b) => a - b);
}

/** `--seed`: a whole number from 0 to 2³²−1 for the simulations; the same seed gives the same outputs. */
export function parseSeed(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value > 0xffffffff) {
    throw new InvalidArgumentError(`expected a whole number from 0 to 4294967295; found "${text}"`);
  }
  return value;
}

/**
 * `--as-of`: a calendar date in the forms the extracts' date cells take (`parseDateCell`: YYYY-MM-DD or
 * DD/MM/YYYY), returned as YYYY-MM-DD.
 */
export function parseIsoDate(text: string): string {
  const day = parseDateText(text.trim());
  if (day === undefined) throw new InvalidArgumentError(`expected ${dateCellExpectation}; found "${text}"`);
  return isoDate(day);
}

/**
 * The `--replace` option's help, the same in every command that writes a folder: what
 * `writeOutputDirectory` replaces (the command's own earlier output, which holds the `.mosovo-output`
 * file naming it) and what it never does. An empty folder is written into without it.
 */
export function replaceHelp(command: string): string {
  return `replace --out if it holds an earlier output of mosovo ${command} (a folder with the ${outputMarkerFile} file the tool writes, naming the command); never a folder of other files or another command's output`;
}
