import { type Command, CommanderError } from "commander";
import { InputError, exitCode } from "../errors.js";
import type { CommandContext } from "./command-context.js";

/**
 * Runs the program (`buildProgram(context)`) on a command line (`argv` as `process.argv` holds it:
 * node, the script, then the arguments) and returns its exit code: 0 success, 2 bad input (its one
 * line written through `context.warn`), 1 a bug (with the stack, to report). `main.ts` and the
 * in-process tests both run it.
 *
 * It runs synchronously: every command's action returns when its work is done, which lets a test drive
 * the tool without a process. An action that returned a promise would still be running here, so it is
 * reported as a bug rather than left to finish after the exit code is decided.
 */
export function runProgram(program: Command, argv: readonly string[], context: CommandContext): number {
  let actionsStarted = 0;
  let actionsFinished = 0;
  program.hook("preAction", () => void (actionsStarted += 1));
  program.hook("postAction", () => void (actionsFinished += 1));
  try {
    program.parse([...argv]);
    if (actionsFinished !== actionsStarted) {
      throw new Error("a command's action returned a promise; run-program.ts runs actions synchronously, so make it synchronous");
    }
    return exitCode.success;
  } catch (error) {
    return exitCodeFor(error, context);
  }
}

/** The exit code for what the program threw, after writing what the user must see through `context.warn`. */
export function exitCodeFor(error: unknown, context: CommandContext): number {
  if (error instanceof InputError) {
    context.warn(`mosovo: ${error.message}`);
    return exitCode.badInput;
  }
  if (error instanceof CommanderError) {
    // commander has printed its own message; its usage errors are bad input, not bugs
    return error.exitCode === 0 ? exitCode.success : exitCode.badInput;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  context.warn(`mosovo ${context.version}: internal error, a bug in the tool. Please report it with the command you ran and this text:`);
  // a line at a time, as the terminal shows each line escaped on its own
  for (const line of detail.split("\n")) context.warn(line);
  return exitCode.bug;
}
