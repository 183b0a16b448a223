import { terminalText } from "./terminal-text.js";

/**
 * The user's file or flag is wrong. The message is one line that names the file, the line and the
 * column (or the JSON path, or the flag), what was expected and what was found. `main.ts` prints it
 * alone and exits with code 2; any other error is a bug in the tool (exit 1).
 */
export class InputError extends Error {
  override readonly name = "InputError";

  constructor(message: string) {
    // a cell quoted in the message may hold a line break or a terminal escape code: keep the message one line
    super(shortenLongRuns(terminalText(message)));
  }
}

/**
 * A figure the tool worked out is not a finite number: every input was within its stated range, yet
 * together they are too extreme for the arithmetic. The inputs are at fault, not the tool, so it is bad
 * input (exit 2), named by the output figure it reached, rather than a bug that writes Infinity or null.
 */
export class NonFiniteFigureError extends InputError {
  constructor(where: string, value: number) {
    super(
      `${where}: the inputs, each within its range, together give a figure of ${value}, too large to compute; ` +
        "check the model values near the ends of their stated ranges (mosovo schema lists them)",
    );
  }
}

/** Longest run of text without a space or separator kept whole in a message; a longer one keeps its start. */
const longestRun = 200;
/** Longest message kept whole; a longer one keeps its start and its end. */
const longestMessage = 2000;

/**
 * A huge cell quoted whole would bury the message: each run of more than `longestRun` characters without
 * a space, colon, semicolon or double quote keeps its first 80, and a message still longer than
 * `longestMessage` keeps its first and last thousand. One pass, so a cell of many megabytes is cheap.
 */
function shortenLongRuns(message: string): string {
  const shortened = message
    .split(/([\s:;"])/)
    .map((run) => (run.length >= longestRun ? `${run.slice(0, 80)}…` : run))
    .join("");
  if (shortened.length <= longestMessage) return shortened;
  return `${shortened.slice(0, longestMessage / 2)} … ${shortened.slice(-longestMessage / 2)}`;
}

/** Exit codes of the `mosovo` command. */
export const exitCode = {
  success: 0,
  bug: 1,
  badInput: 2,
} as const;
