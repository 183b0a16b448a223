import { randomBytes } from "node:crypto";
import { closeSync, lstatSync, openSync, readFileSync, readdirSync, readlinkSync, statSync, unlinkSync, type Stats } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { InputError } from "../errors.js";
import { fileSystemReason } from "./file-system-reason.js";

/** Every folder the tool writes holds this file, so that `--replace` never replaces a folder it did not write. */
export const outputMarkerFile = ".mosovo-output";

/** What a run needs to know to decide whether it may write `--out`. */
export interface OutputPlace {
  /** The `--replace` option: replace an earlier output of the same command. */
  replace: boolean;
  /** The command writing, such as `forecast`; its name goes into the marker file, and only it may replace the folder. */
  command: string;
}

/** The text of the marker file, naming the command that wrote the folder. */
export function outputMarkerText(command: string): string {
  return `Written by mosovo-workload. Only mosovo ${command} run with --replace may replace this folder.\ncommand: ${command}\n`;
}

/**
 * Refuses an output place the run could not write or may not replace, before any work is done, so that
 * a mistyped `--out` costs nothing. Every command that writes calls it first, in one line:
 *
 *   checkOutputDirectory(options.out, { replace: options.replace, command: "forecast" });
 *
 * It refuses a `--out` that is a file, a symbolic link (the tool neither follows nor replaces one), a
 * folder it did not write, another command's output (even with `replace`), an earlier output without
 * `replace`, and a place that cannot be written: under a file, in `/proc`, read-only or without
 * permission. Writability is tried, not inferred from permission bits: the nearest existing folder
 * gets an empty file, removed at once. So a read-only mount is refused even for root, for whom
 * permission bits do not stop writes.
 *
 * @throws {InputError} naming `--out`, what was expected and what was found
 */
export function checkOutputDirectory(directory: string, { replace, command }: OutputPlace): void {
  const target = resolve(directory);
  // under a file, nothing is found here, and checkWritable finds the file above
  const found = fileStats(directory, target, lstatSync);
  if (found?.isSymbolicLink()) {
    const destination = readlinkSync(target);
    throw new InputError(
      `--out ${directory}: expected a folder; found a symbolic link to ${destination}, which the tool neither writes through nor replaces; give the folder it points to as --out`,
    );
  }
  if (found !== undefined && !found.isDirectory()) {
    throw new InputError(`--out ${directory}: expected a folder to write into; found a file of that name`);
  }
  if (found !== undefined) checkExistingOutput(directory, target, { replace, command });
  checkWritable(directory, dirname(target));
}

function checkExistingOutput(directory: string, target: string, { replace, command }: OutputPlace): void {
  const entries = readdirSync(target);
  if (entries.length === 0) return;
  if (!entries.includes(outputMarkerFile)) {
    throw new InputError(`--out ${directory}: expected a new folder or one mosovo wrote; found a folder of other files, which the tool never replaces`);
  }
  const writer = outputWriter(join(target, outputMarkerFile));
  if (writer !== undefined && writer !== command) {
    throw new InputError(
      `--out ${directory}: expected a new folder or the outputs of mosovo ${command}; found the outputs of mosovo ${writer}, which --replace does not replace; delete the folder first if you mean to, or choose another --out`,
    );
  }
  if (!replace) {
    throw new InputError(`--out ${directory}: the folder already holds outputs; give --replace to replace them, or choose another --out`);
  }
}

/** The command a marker file names; undefined for a marker written before markers named one (any command may replace it). */
function outputWriter(markerPath: string): string | undefined {
  try {
    return /^command: (\S+)$/m.exec(readFileSync(markerPath, "utf8"))?.[1];
  } catch {
    return undefined;
  }
}

/** Creates and removes an empty file in the nearest existing folder above the output, where the run will write. */
function checkWritable(directory: string, parent: string): void {
  let folder = parent;
  for (let found = fileStats(directory, folder, statSync); !found?.isDirectory(); found = fileStats(directory, folder, statSync)) {
    if (found !== undefined) {
      throw new InputError(`--out ${directory}: expected a folder path; found a file where one of its folders would have to be (${folder})`);
    }
    if (dirname(folder) === folder) break;
    folder = dirname(folder);
  }
  const probe = join(folder, `.mosovo-probe-${process.pid}-${randomBytes(4).toString("hex")}`);
  try {
    closeSync(openSync(probe, "wx"));
    unlinkSync(probe);
  } catch (error) {
    const reason = fileSystemReason(error);
    if (reason === undefined) throw error;
    throw new InputError(`--out ${directory}: expected a place the tool can write; found that ${folder} cannot be written into: ${reason}`);
  }
}

/** The file's details; undefined if nothing is there, or nothing can be as a folder on the way is a file. */
function fileStats(directory: string, path: string, stat: (path: string) => Stats): Stats | undefined {
  try {
    return stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    const reason = fileSystemReason(error);
    if (reason === undefined) throw error;
    throw new InputError(`--out ${directory}: expected a place the tool can write; found that ${path} cannot be looked at: ${reason}`);
  }
}
