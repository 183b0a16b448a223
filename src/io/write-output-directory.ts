import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { InputError } from "../errors.js";

/** Relative path inside the output folder (forward slashes, such as `charts/fan-chart.html`) → content. */
export type OutputFiles = ReadonlyMap<string, string | Uint8Array>;

/** Every folder the tool writes holds this file, so that `--replace` never replaces a folder it did not write. */
export const outputMarkerFile = ".mosovo-output";

/**
 * Writes a command's outputs as one folder, all or nothing.
 *
 * The files are written into a hidden folder beside the target and renamed into place only when every
 * file is complete, so a run that fails or is killed leaves the previous output or none, never half of
 * one. An existing folder is replaced only with `replace` (the `--replace` option), and only if the tool wrote it (it holds
 * `.mosovo-output`) or it is empty, so a mistyped `--out` cannot delete someone's documents.
 *
 * @throws {InputError} if the folder exists and may not be replaced
 */
export function writeOutputDirectory(directory: string, files: OutputFiles, { replace }: { replace: boolean }): void {
  const target = resolve(directory);
  checkOutputDirectory(directory, { replace });
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  removeLeftovers(parent, basename(target));

  const staging = join(parent, `.${basename(target)}.partial-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  writeFileSync(join(staging, outputMarkerFile), "Written by mosovo-workload. The tool may replace this folder when run with --replace.\n");
  for (const [relativePath, content] of files) {
    const path = join(staging, ...relativePath.split("/"));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }

  if (existsSync(target)) {
    const previous = join(parent, `.${basename(target)}.previous-${process.pid}`);
    renameSync(target, previous);
    renameSync(staging, target);
    rmSync(previous, { recursive: true, force: true });
  } else {
    renameSync(staging, target);
  }
}

/**
 * Refuses, before any work is done, an output folder the run would not be allowed to replace.
 *
 * @throws {InputError} if the folder exists and may not be replaced
 */
export function checkOutputDirectory(directory: string, { replace }: { replace: boolean }): void {
  const target = resolve(directory);
  if (!existsSync(target)) return;
  if (!statSync(target).isDirectory()) {
    throw new InputError(`--out ${directory}: expected a folder to write into; found a file of that name`);
  }
  const entries = readdirSync(target);
  if (entries.length === 0) return;
  if (!entries.includes(outputMarkerFile)) {
    throw new InputError(`--out ${directory}: expected a new folder or one mosovo wrote; found a folder of other files, which the tool never replaces`);
  }
  if (!replace) {
    throw new InputError(`--out ${directory}: the folder already holds outputs; give --replace to replace them, or choose another --out`);
  }
}

/** Hidden folders left by a run that was killed before it could tidy up. */
function removeLeftovers(parent: string, name: string): void {
  for (const entry of readdirSync(parent)) {
    if (entry.startsWith(`.${name}.partial-`) || entry.startsWith(`.${name}.previous-`)) {
      rmSync(join(parent, entry), { recursive: true, force: true });
    }
  }
}
