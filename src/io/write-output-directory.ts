import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, rmdirSync, writeFileSync, writeSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { InputError } from "../errors.js";
import { checkOutputDirectory, outputMarkerFile, outputMarkerText, type OutputPlace } from "./check-output-directory.js";
import { fileSystemReason } from "./file-system-reason.js";
import { holdingOutputLock, outputLockFile } from "./output-lock.js";

export { checkOutputDirectory, outputMarkerFile, type OutputPlace } from "./check-output-directory.js";

/**
 * A file's content: text (written as UTF-8), bytes, or bytes in pieces written one after another, so
 * that a page holding the 4.8 MB Plotly bundle need not be copied into one buffer to be written.
 */
export type OutputContent = string | Uint8Array | readonly Uint8Array[];

/** Relative path inside the output folder (forward slashes, such as `charts/fan-chart.html`) → content. */
export type OutputFiles = ReadonlyMap<string, OutputContent>;

/**
 * Writes a command's outputs as one folder, all or nothing.
 *
 * The files are written into a hidden folder beside the target, `.NAME.partial-PID`, and renamed into
 * place only when every file is complete, so a run that fails or is killed leaves the previous output
 * or none, never half of one. A run that fails removes its hidden folder; a run that is killed cannot,
 * and the next run into the same place removes it. An existing folder is replaced only with `replace`
 * (the `--replace` option), and only if the same command wrote it (its `.mosovo-output` names the
 * command) or it is empty, so a mistyped `--out` cannot delete someone's documents.
 *
 * Two runs into one place take turns: each writes holding a lock file beside the target (see
 * `holdingOutputLock`), so the second waits for the first and then either replaces its output (with
 * `replace`) or is refused. A hidden folder is only ever made by the run holding the lock, so any found
 * by the holder is a leftover of a run that is no longer alive.
 *
 * @throws {InputError} if the folder may not be replaced, or the file system refuses the writing (the
 *   disk is full, the place is read-only): nothing is then left behind
 */
export function writeOutputDirectory(directory: string, files: OutputFiles, place: OutputPlace): void {
  checkOutputDirectory(directory, place);
  const target = resolve(directory);
  const parent = dirname(target);
  const name = basename(target);
  let madeFolder: string | undefined;
  try {
    madeFolder = mkdirSync(parent, { recursive: true });
    holdingOutputLock(outputLockFile(parent, name), directory, () => {
      restoreInterruptedReplacement(parent, name, target);
      // again, holding the lock: another run may have written here since the first check
      checkOutputDirectory(directory, place);
      removeLeftovers(parent, name);
      writeAndSwap(target, files, place.command);
    });
  } catch (error) {
    if (madeFolder !== undefined) removeEmptyFolders(parent, madeFolder);
    const reason = error instanceof InputError ? undefined : fileSystemReason(error);
    if (reason === undefined) throw error;
    const path = (error as NodeJS.ErrnoException).path;
    const file = path === undefined ? "the outputs" : basename(path).replace(/^\.(.+)\.partial-\d+$/, "$1");
    throw new InputError(`--out ${directory}: could not write ${file}: ${reason}; nothing was written, and any earlier output is as it was`);
  }
}

function writeAndSwap(target: string, files: OutputFiles, command: string): void {
  const parent = dirname(target);
  const name = basename(target);
  const staging = join(parent, `.${name}.partial-${process.pid}`);
  try {
    mkdirSync(staging);
    writeFileSync(join(staging, outputMarkerFile), outputMarkerText(command));
    for (const [relativePath, content] of files) {
      const path = join(staging, ...relativePath.split("/"));
      if (relative(staging, path).startsWith("..")) throw new Error(`output file ${relativePath} would lie outside the output folder`);
      mkdirSync(dirname(path), { recursive: true });
      writeContent(path, content);
    }
    if (exists(target)) {
      const previous = join(parent, `.${name}.previous-${process.pid}`);
      renameSync(target, previous);
      try {
        renameSync(staging, target);
      } catch (error) {
        renameSync(previous, target);
        throw error;
      }
      // the output is in place: a failure to tidy up is left to the next run
      rmSync(previous, { recursive: true, force: true, maxRetries: 2 });
    } else {
      renameSync(staging, target);
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

function writeContent(path: string, content: OutputContent): void {
  if (typeof content === "string" || content instanceof Uint8Array) {
    writeFileSync(path, content);
    return;
  }
  const file = openSync(path, "w");
  try {
    for (const piece of content) {
      // a write may take fewer bytes than it is given; the rest follow
      for (let written = 0; written < piece.length; ) written += writeSync(file, piece, written);
    }
  } finally {
    closeSync(file);
  }
}

/**
 * A run killed between moving the previous output aside and moving the new one into place leaves no
 * output and a `.NAME.previous-PID` folder: the previous output is put back.
 */
function restoreInterruptedReplacement(parent: string, name: string, target: string): void {
  if (exists(target)) return;
  const previous = readdirSync(parent).find(
    (entry) => entry.startsWith(`.${name}.previous-`) && existsSync(join(parent, entry, outputMarkerFile)),
  );
  if (previous !== undefined) renameSync(join(parent, previous), target);
}

/** Hidden folders left by runs that were killed before they could tidy up. */
function removeLeftovers(parent: string, name: string): void {
  for (const entry of readdirSync(parent)) {
    if (entry.startsWith(`.${name}.partial-`) || entry.startsWith(`.${name}.previous-`)) {
      rmSync(join(parent, entry), { recursive: true, force: true });
    }
  }
}

/** Removes the folders this run made for its output, from the deepest up, while they are empty. */
function removeEmptyFolders(deepest: string, highest: string): void {
  for (let folder = deepest; folder.length >= highest.length; folder = dirname(folder)) {
    try {
      rmdirSync(folder);
    } catch {
      return;
    }
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
