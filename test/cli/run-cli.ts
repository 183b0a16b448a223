import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildProgram } from "../../src/cli/program.js";
import { runProgram } from "../../src/cli/run-program.js";
import { terminalText } from "../../src/terminal-text.js";

/** The built command, as `npx mosovo` runs it; `npm test` builds it first. */
export const mosovoMain = fileURLToPath(new URL("../../dist/src/main.js", import.meta.url));

/** The project's top folder, where `npm start` runs. */
export const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `mosovo ARGS...` from the project's top folder by default, as a user would, and gives what it
 * printed and its exit code.
 *
 * It runs in this test's process through `runProgram`, the code `main.ts` runs, with the same version
 * and the same exit codes and lines, so a test pays no second to start Node and load the modules. The
 * commands read and write relative paths against the process's working folder; for any other `cwd` the
 * command runs as its own process (`runCliProcess`), so that nothing here has to change folder.
 * Use `runCliProcess` where the process itself is what is tested: its exit code, its streams, a kill.
 */
export function runCli(args: readonly string[], { cwd = projectRoot }: { cwd?: string } = {}): CliRun {
  if (resolve(cwd) !== process.cwd()) return runCliProcess(args, { cwd });
  let stdout = "";
  let stderr = "";
  const context = {
    version,
    // as main.ts prints: each line escaped for the terminal
    print: (line: string) => void (stdout += `${terminalText(line)}\n`),
    warn: (line: string) => void (stderr += `${terminalText(line)}\n`),
  };
  const status = runProgram(buildProgram(context), ["node", "mosovo", ...args], context);
  return { status, stdout, stderr };
}

/** Runs `mosovo ARGS...` as a separate process, the built `dist/src/main.js`, as `npx mosovo` does. */
export function runCliProcess(args: readonly string[], { cwd = projectRoot }: { cwd?: string } = {}): CliRun {
  const run = spawnSync(process.execPath, [mosovoMain, ...args], { cwd, encoding: "utf8", timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
