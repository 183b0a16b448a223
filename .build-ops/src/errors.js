/**
 * The user's file or flag is wrong. The message is one line that names the file, the line and the
 * column (or the JSON path, or the flag), what was expected and what was found. `main.ts` prints it
 * alone and exits with code 2; any other error is a bug in the tool (exit 1).
 */
export class InputError extends Error {
    name = "InputError";
}
/** Exit codes of the `mosovo` command. */
export const exitCode = {
    success: 0,
    bug: 1,
    badInput: 2,
};
