import { describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli/program.js";
import { buildProgramFor, commandList } from "../../src/cli/program-for.js";

const quiet = { version: "0.0.0", print: () => undefined, warn: () => undefined };

function helpOf(program: ReturnType<typeof buildProgram>): string {
  let text = "";
  program.configureOutput({ writeOut: (chunk) => (text += chunk) });
  program.outputHelp();
  return text;
}

describe("buildProgramFor(context, args)", () => {
  it("lists every command by the name, line and visibility of the command itself", () => {
    const full = buildProgram(quiet).commands;
    expect(commandList.map((entry) => entry.name)).toEqual(full.map((command) => command.name()));
    for (const [i, command] of full.entries()) {
      expect(commandList[i].listed, command.name()).toBe(command.summary() || command.description());
      expect(commandList[i].hidden ?? false, command.name()).toBe((command as unknown as { _hidden: boolean })._hidden);
    }
  });

  it("gives `mosovo --help` the same text as the program with every command loaded, having loaded none", async () => {
    const program = await buildProgramFor(quiet, ["--help"]);
    expect(helpOf(program)).toBe(helpOf(buildProgram(quiet)));
    // a listed-only command has nothing to run and no option of its own
    for (const command of program.commands) {
      expect(command.options.every((option) => option.hidden), command.name()).toBe(true);
    }
  });

  it.each([
    [["forecast", "--history", "x.csv"], "forecast"],
    [["help", "plan"], "plan"],
    [["--help", "staffing"], "staffing"],
  ])("loads in full the command %j names, and only that one", async (args, name) => {
    const program = await buildProgramFor(quiet, args);
    const loaded = program.commands.filter((command) => command.options.some((option) => !option.hidden));
    expect(loaded.map((command) => command.name())).toEqual([name]);
    const full = buildProgram(quiet).commands.find((command) => command.name() === name)!;
    expect(loaded[0].helpInformation()).toBe(full.helpInformation());
  });
});
