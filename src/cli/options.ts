import { InvalidArgumentError } from "commander";

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

/** `--as-of`: a calendar date written YYYY-MM-DD. */
export function parseIsoDate(text: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!match || !date || date.toISOString().slice(0, 10) !== text.trim()) {
    throw new InvalidArgumentError(`expected a date written YYYY-MM-DD, such as 2026-03-31; found "${text}"`);
  }
  return text.trim();
}
