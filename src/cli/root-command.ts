import { Command } from "commander";
import { terminalText } from "../terminal-text.js";
import type { CommandContext } from "./command-context.js";

/** The line after every usage error (an unknown option, a missing or bad argument), of the program and of each command. */
export const usageErrorHint = "(run with --help for usage and examples)";

/**
 * The `mosovo` command itself, without its subcommands: name, description, version, help and the
 * output streams. `buildProgram` adds every command to it; `buildProgramFor` only the one a run asks for.
 */
export function rootCommand(context: CommandContext): Command {
  return new Command("mosovo")
    .description(
      "Plan the staffing of MOSOVO teams: forecast the registered-sex-offender caseload five years ahead, turn it into offender-manager and supervisor need, compare staffing scenarios and write reports.",
    )
    .version(context.version, "-V, --version", "print the tool's version")
    .helpOption("-h, --help", "show help for a command")
    .showHelpAfterError(usageErrorHint)
    .exitOverride()
    .configureOutput({
      // help is the tool's own text over several lines; the context prints each line as one line
      writeOut: (text) => text.replace(/\n$/, "").split("\n").forEach((line) => context.print(line)),
      writeErr: (text) => text.replace(/\n$/, "").split("\n").forEach((line) => context.warn(line)),
      // an error quotes the option's value as typed: escape it whole, so it stays one line and inert
      outputError: (text, write) => write(`${terminalText(text.replace(/\n$/, ""))}\n`),
    })
    .addHelpText(
      "after",
      "\nExamples:\n" +
        "  mosovo report                                   the bundled example, written to reports/example/\n" +
        "  mosovo forecast --history data/norfolk-rso.csv  a five-year forecast of your own caseload history\n" +
        "  mosovo <command> --help                         options and examples of one command\n" +
        "\nExit codes: 0 success, 1 a bug in the tool (please report it), 2 bad input.",
    );
}

/** Adds a command to the program, reporting errors (with the hint) and writing output as the program does. */
export function attachCommand(program: Command, command: Command): void {
  // addCommand, unlike .command(), copies none of the program's settings
  program.addCommand(command.exitOverride().configureOutput(program.configureOutput()).showHelpAfterError(usageErrorHint));
}
