import { Command } from "commander";
import type { CommandContext } from "./command-context.js";
import { evaluateCommand } from "./commands/evaluate.js";
import { forecastCommand } from "./commands/forecast.js";
import { reportCommand } from "./commands/report.js";
import { operationsCommand } from "./commands/operations.js";
import { syntheticExtractCommand } from "./commands/synthetic-extract.js";
import { schemaCommand } from "./commands/schema.js";
import { staffingCommand } from "./commands/staffing.js";
import { compareCommand } from "./commands/compare.js";
import { planCommand } from "./commands/plan.js";
import { registerCommand } from "./commands/register.js";
import { syntheticRegisterCommand } from "./commands/synthetic-register.js";

/**
 * Builds the `mosovo` program. It touches no process state: `main.ts` gives it the output streams and
 * maps what it throws to exit codes, so tests can run every command in-process.
 */
export function buildProgram(context: CommandContext): Command {
  const program = new Command("mosovo")
    .description(
      "Plan the staffing of MOSOVO teams: forecast the registered-sex-offender caseload five years ahead, turn it into offender-manager and supervisor need, compare staffing scenarios and write reports.",
    )
    .version(context.version, "-V, --version", "print the tool's version")
    .helpOption("-h, --help", "show help for a command")
    .showHelpAfterError("(run with --help for usage and examples)")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.print(text.replace(/\n$/, "")),
      writeErr: (text) => context.warn(text.replace(/\n$/, "")),
    })
    .addHelpText(
      "after",
      "\nExamples:\n" +
        "  mosovo report                                   the bundled example, written to reports/example/\n" +
        "  mosovo forecast --history data/norfolk-rso.csv  a five-year forecast of your own caseload history\n" +
        "  mosovo <command> --help                         options and examples of one command\n" +
        "\nExit codes: 0 success, 1 a bug in the tool (please report it), 2 bad input.",
    );

  const commands: Command[] = [
    // each command file adds its command here
    reportCommand(context),
    forecastCommand(context),
    evaluateCommand(context),
    operationsCommand(context),
    syntheticExtractCommand(context),
    staffingCommand(context),
    compareCommand(context),
    planCommand(context),
    registerCommand(context),
    syntheticRegisterCommand(context),
    schemaCommand(context),
  ];
  for (const command of commands) {
    program.addCommand(command.exitOverride().configureOutput(program.configureOutput()));
  }
  return program;
}
