#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { buildProgramFor } from "./cli/program-for.js";
import { runProgram } from "./cli/run-program.js";
import { exitCode } from "./errors.js";
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

// only the command asked for is loaded, so `mosovo --help` loads no command's modules
process.exitCode = runProgram(await buildProgramFor(context, process.argv.slice(2)), process.argv, context);
