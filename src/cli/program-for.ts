import { Command, Option } from "commander";
import type { CommandContext } from "./command-context.js";
import { attachCommand, rootCommand } from "./root-command.js";

type CommandMaker = (context: CommandContext) => Command;

/**
 * Every command: its name and the line `mosovo --help` lists it with (its summary, or its description
 * where it has none), and how to load it. The lines are the commands' own (a test holds them equal), so
 * that the list can be shown without loading any command, and so without the modules they need to run.
 */
export const commandList: readonly { name: string; listed: string; hidden?: boolean; load: () => Promise<CommandMaker> }[] = [
  {
    name: "report",
    listed: "Run the whole job on a force profile (forecast, staffing, scenarios, operations) and write one report.",
    load: async () => (await import("./commands/report.js")).reportCommand,
  },
  {
    name: "forecast",
    listed: "Forecast the caseload of registered sex offenders in the community from a CSV of past yearly counts.",
    load: async () => (await import("./commands/forecast.js")).forecastCommand,
  },
  {
    name: "evaluate",
    listed: "Score forecasting methods on a panel of series (sMAPE, MASE, coverage, MSIS).",
    load: async () => (await import("./commands/evaluate.js")).evaluateCommand,
  },
  {
    name: "operations",
    listed: "Measure outstanding work, supervisor reviews and abstractions from extracts.",
    load: async () => (await import("./commands/operations.js")).operationsCommand,
  },
  {
    name: "synthetic-extract",
    listed: "Write synthetic example work-item and abstraction extracts (invented data).",
    hidden: true,
    load: async () => (await import("./commands/synthetic-extract.js")).syntheticExtractCommand,
  },
  {
    name: "staffing",
    listed: "Work out the offender managers and supervisors needed each year, by ratio and by activity.",
    load: async () => (await import("./commands/staffing.js")).staffingCommand,
  },
  {
    name: "compare",
    listed: "Compare staffing scenarios side by side against the targets, year by year.",
    load: async () => (await import("./commands/compare.js")).compareCommand,
  },
  {
    name: "plan",
    listed: "Find the least-cost hiring plan that keeps both staffing targets at every month end.",
    load: async () => (await import("./commands/plan.js")).planCommand,
  },
  {
    name: "register",
    listed: "Reconstruct the register's monthly history from its extract and project it.",
    load: async () => (await import("./commands/register.js")).registerCommand,
  },
  {
    name: "synthetic-register",
    listed: "Write a synthetic example register extract (invented data).",
    hidden: true,
    load: async () => (await import("./commands/synthetic-register.js")).syntheticRegisterCommand,
  },
  {
    name: "schema",
    listed: "Write the JSON Schema of the model files (workload standards, force profile, staffing scenario).",
    load: async () => (await import("./commands/schema.js")).schemaCommand,
  },
];

/**
 * The `mosovo` program for one run, given its arguments (without `node` and the script): the command the
 * arguments name (`mosovo forecast …`, `mosovo help forecast`) is loaded in full; every other command is
 * listed by name and summary only. So `mosovo --help` loads no command, and `mosovo forecast` loads
 * what forecasting needs and nothing of, say, `mosovo operations`. Its help, errors and behaviour are
 * those of `buildProgram`, which loads every command.
 */
export async function buildProgramFor(context: CommandContext, args: readonly string[]): Promise<Command> {
  const program = rootCommand(context);
  const [first, second] = args.filter((arg) => !arg.startsWith("-"));
  const requested = first === "help" ? second : first;
  for (const entry of commandList) {
    attachCommand(program, entry.name === requested ? (await entry.load())(context) : listedOnly(entry));
  }
  return program;
}

/** A command as the program's help lists it: name, summary and "[options]", and nothing to run. */
function listedOnly({ name, listed, hidden }: { name: string; listed: string; hidden?: boolean }): Command {
  // commander hides a command only when a parent makes it with .command(name, { hidden: true }); and lists it
  // as "name [options]" only when it has an option
  return new Command()
    .command(name, { hidden: hidden ?? false })
    .summary(listed)
    .addOption(new Option("--never-listed").hideHelp());
}
