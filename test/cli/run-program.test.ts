import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli/program.js";
import { buildProgramFor, commandList } from "../../src/cli/program-for.js";
import { usageErrorHint } from "../../src/cli/root-command.js";
import { exitCodeFor, runProgram } from "../../src/cli/run-program.js";
import { InputError } from "../../src/errors.js";

/** A context that keeps what a run prints. */
function recordingContext() {
  const printed: string[] = [];
  const warned: string[] = [];
  return { printed, warned, context: { version: "9.8.7", print: (line: string) => printed.push(line), warn: (line: string) => warned.push(line) } };
}

const run = (args: string[]) => {
  const { printed, warned, context } = recordingContext();
  const status = runProgram(buildProgram(context), ["node", "mosovo", ...args], context);
  return { status, printed, warned };
};

describe("runProgram(program, argv, context), what main.ts runs", () => {
  it("returns 0 for --version and --help, having printed them", () => {
    const version = run(["--version"]);
    expect(version.status).toBe(0);
    expect(version.printed).toEqual(["9.8.7"]);
    const help = run(["--help"]);
    expect(help.status).toBe(0);
    expect(help.printed.join("\n")).toMatch(/^Usage: mosovo /);
  });

  it("returns 2 for commander's usage errors, with commander's one message and the hint to run --help", () => {
    const unknown = run(["forecast", "--history", "data/national-rso-england-wales.csv", "--colour"]);
    expect(unknown.status).toBe(2);
    expect(unknown.warned).toEqual(["error: unknown option '--colour'", usageErrorHint]);
    const command = run(["no-such-command"]);
    expect(command.status).toBe(2);
    expect(command.warned).toEqual(["error: unknown command 'no-such-command'", usageErrorHint]);
  });

  it.each(commandList.map((entry) => entry.name))("gives mosovo %s's usage errors the same one-line hint as the program's, exit 2", async (name) => {
    // commander names a missing required option before an unknown one: either is a usage error
    const expected = [expect.stringMatching(/^error: (unknown option '--colour'|required option '--[a-z-]+ <[a-z]+>' not specified)$/), usageErrorHint];
    expect(run([name, "--colour"])).toMatchObject({ status: 2, warned: expected, printed: [] });
    // as main.ts builds the program, loading only the command asked for
    const { warned, printed, context } = recordingContext();
    const status = runProgram(await buildProgramFor(context, [name, "--colour"]), ["node", "mosovo", name, "--colour"], context);
    expect({ status, warned, printed }).toEqual({ status: 2, warned: run([name, "--colour"]).warned, printed: [] });
  });

  it.each([
    ["a missing option", ["plan"], "error: required option '--force <file>' not specified"],
    ["a bad option value", ["forecast", "--history", "data/national-rso-england-wales.csv", "--horizon", "x"], "error: option '--horizon <years>' argument 'x' is invalid. expected a whole number of years from 1 to 30; found \"x\""],
    ["an argument too many", ["schema", "extra"], "error: too many arguments for 'schema'. Expected 0 arguments but got 1."],
  ])("gives %s to a command the hint too, exit 2", (_, args, message) => {
    expect(run(args)).toMatchObject({ status: 2, warned: [message, usageErrorHint], printed: [] });
  });

  it("returns 2 for an InputError, with its message alone on one line after 'mosovo: '", () => {
    const missing = run(["forecast", "--history", "no-such-history.csv", "--out", "never-written"]);
    expect(missing.status).toBe(2);
    expect(missing.warned).toEqual(["mosovo: no-such-history.csv: expected a readable file; found no such file"]);
    expect(missing.printed).toEqual([]);
  });

  it("returns 1 for an action that returns a promise, since its work would still be running", () => {
    const { warned, context } = recordingContext();
    const program = new Command("mosovo").exitOverride();
    let settled = false;
    program.command("slow").action(() => Promise.resolve().then(() => void (settled = true)));

    expect(runProgram(program, ["node", "mosovo", "slow"], context)).toBe(1);
    expect(settled).toBe(false);
    expect(warned.join("\n")).toMatch(/^mosovo 9\.8\.7: internal error, a bug in the tool\. .*\nError: a command's action returned a promise/);
  });

  it("returns 0 when an action returns normally", () => {
    const { context } = recordingContext();
    const program = new Command("mosovo").exitOverride();
    let ran = false;
    program.command("quick").action(() => void (ran = true));
    expect(runProgram(program, ["node", "mosovo", "quick"], context)).toBe(0);
    expect(ran).toBe(true);
  });
});

describe("exitCodeFor(error, context)", () => {
  it("gives 2 and the message for an InputError, 1 and the stack for anything else", () => {
    const { warned, context } = recordingContext();
    expect(exitCodeFor(new InputError("a.csv, line 2, column rsos: expected a number; found \"x\""), context)).toBe(2);
    expect(warned).toEqual(['mosovo: a.csv, line 2, column rsos: expected a number; found "x"']);

    warned.length = 0;
    const bug = new TypeError("cannot read properties of undefined");
    expect(exitCodeFor(bug, context)).toBe(1);
    // a line at a time, so that the terminal shows each line of the stack as a line
    expect(warned.every((line) => !line.includes("\n"))).toBe(true);
    expect(warned.join("\n")).toMatch(/^mosovo 9\.8\.7: internal error, a bug in the tool\. Please report it with the command you ran and this text:\nTypeError: cannot read properties of undefined\n\s+at /);

    warned.length = 0;
    expect(exitCodeFor("thrown text", context)).toBe(1);
    expect(warned.join("\n")).toMatch(/this text:\nthrown text$/);
  });
});
