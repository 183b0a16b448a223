/**
 * The user's file or flag is wrong. The message is one line that names the file, the line and the
 * column (or the JSON path, or the flag), what was expected and what was found. `main.ts` prints it
 * alone and exits with code 2; any other error is a bug in the tool (exit 1).
 */
export class InputError extends Error {
  override readonly name = "InputError";

  constructor(message: string) {
    // a cell quoted in the message may hold a line break or a terminal escape code: keep the message one line
    super(
      message
        .replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (character) => escapes[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`)
        // a huge cell quoted whole would bury the message: keep the start of any overlong run of text
        .replace(/[^\s:;"]{200,}/g, (run) => `${run.slice(0, 80)}…`),
    );
  }
}

const escapes: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** Exit codes of the `mosovo` command. */
export const exitCode = {
  success: 0,
  bug: 1,
  badInput: 2,
} as const;
