#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { buildProgram } from "./cli/program.js";
import { runProgram } from "./cli/run-program.js";
import { exitCode } from "./errors.js";

// The only place that touches the process: arguments in, exit code out.
const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
const context = {
  version,
  print: (line: string) => process.stdout.write(`${line}\n`),
  warn: (line: string) => process.stderr.write(`${line}\n`),
};

// A reader that stops early, such as `mosovo --help | head`, closes the pipe: that is not an error
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? exitCode.success);
});

process.exitCode = runProgram(buildProgram(context), process.argv, context);
