#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { CommanderError } from "commander";
import { buildProgramFor } from "./cli/program-for.js";
import { InputError, exitCode } from "./errors.js";
import { terminalText } from "./terminal-text.js";

// The only place that touches the process: arguments in, exit code out.
const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
// each line is printed as one line whatever it quotes: a name or path holding an escape code or a line
// break is shown escaped, so text from a file or an option can never recolour or forge terminal output
const context = {
  version,
  print: (line: string) => process.stdout.write(`${terminalText(line)}\n`),
  warn: (line: string) => process.stderr.write(`${terminalText(line)}\n`),
};

// A reader that stops early, such as `mosovo --help | head`, closes the pipe: that is not an error
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? exitCode.success);
});

try {
  const program = await buildProgramFor(context, process.argv.slice(2));
  await program.parseAsync(process.argv);
  process.exitCode = exitCode.success;
} catch (error) {
  if (error instanceof InputError) {
    context.warn(`mosovo: ${error.message}`);
    process.exitCode = exitCode.badInput;
  } else if (error instanceof CommanderError) {
    // commander has printed its own message; its usage errors are bad input, not bugs
    process.exitCode = error.exitCode === 0 ? exitCode.success : exitCode.badInput;
  } else {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    context.warn(`mosovo ${version}: internal error, a bug in the tool. Please report it with the command you ran and this text:`);
    for (const line of detail.split("\n")) context.warn(line);
    process.exitCode = exitCode.bug;
  }
}
