import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The built command, as `npx mosovo` runs it; `npm test` builds it first. */
export const mosovoMain = fileURLToPath(new URL("../../dist/src/main.js", import.meta.url));

/** The project's top folder, where `npm start` runs. */
export const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `mosovo ARGS...` as a separate process, as a user would, from the project's top folder by default. */
export function runCli(args: readonly string[], { cwd = projectRoot }: { cwd?: string } = {}): CliRun {
  const run = spawnSync(process.execPath, [mosovoMain, ...args], { cwd, encoding: "utf8", timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
