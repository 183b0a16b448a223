import { describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli/program.js";
import { commandList } from "../../src/cli/program-for.js";

/** What `mosovo ARGS` prints on standard output; help ends by throwing commander's exit signal. */
async function helpText(args: string[]): Promise<string> {
  const printed: string[] = [];
  const context = { version: "test", print: (line: string) => printed.push(line), warn: () => undefined };
  await expect(buildProgram(context).parseAsync(["node", "mosovo", ...args])).rejects.toMatchObject({ exitCode: 0 });
  return printed.join("\n");
}

const commands = ["report", "forecast", "evaluate", "operations", "staffing", "compare", "plan", "schema"];

describe("mosovo --help", () => {
  it("lists every command the README documents, each with a summary of at most two lines", async () => {
    const text = await helpText(["--help"]);
    const listing = text.slice(text.indexOf("Commands:"), text.indexOf("Examples:"));
    for (const command of commands) {
      const start = listing.indexOf(`\n  ${command} [options]`);
      expect(start, command).toBeGreaterThanOrEqual(0);
      // the summary runs until the next line that names a command
      const entry = listing.slice(start + 1).split(/\n  (?=\S)/)[0];
      expect(entry.split("\n").length, `${command}:\n${entry}`).toBeLessThanOrEqual(2);
    }
  });

  it.each(commands)("%s --help gives a description, its options and worked examples", async (command) => {
    const text = await helpText([command, "--help"]);
    expect(text).toMatch(new RegExp(`^Usage: mosovo ${command} \\[options\\]`));
    expect(text).toContain("Options:");
    expect(text).toMatch(/\nExamples:\n {2}mosovo /);
    // a description is one paragraph that commander wraps: no line break written into the middle of a sentence
    const description = text.split("\n\n")[1];
    for (const line of description.split("\n").slice(0, -1)) expect(line.length, line).toBeGreaterThan(60);
  });
});

describe("mosovo COMMAND --help, the --replace option", () => {
  const writers = commandList.map((entry) => entry.name);

  it.each(writers)("%s --help says --replace replaces only its own earlier output, marked by .mosovo-output", async (command) => {
    const text = await helpText([command, "--help"]);
    const options = text.slice(text.indexOf("Options:"));
    // the option's help as commander wraps it, from "--replace" to the next option, on one line
    const help = /\n {2}--replace +([\s\S]*?)\n {2}-/.exec(options)?.[1].replace(/\s+/g, " ");
    expect(help).toBe(
      `replace --out if it holds an earlier output of mosovo ${command} (a folder with the .mosovo-output file the tool writes, naming the command); never a folder of other files or another command's output (default: false)`,
    );
  });
});
