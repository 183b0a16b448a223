import type { Command } from "commander";
import type { CommandContext } from "./command-context.js";
import { attachCommand, rootCommand } from "./root-command.js";
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
 * Builds the `mosovo` program with every command loaded (see `buildProgramFor` for the one `main.ts`
 * runs, which loads only the command asked for). It touches no process state: `main.ts` gives it the output streams and
 * maps what it throws to exit codes, so tests can run every command in-process.
 */
export function buildProgram(context: CommandContext): Command {
  const program = rootCommand(context);

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
  for (const command of commands) attachCommand(program, command);
  return program;
}
