import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from "node:fs";
import { InputError } from "../errors.js";

/** A file the user named, read as text, with the fingerprint reports quote to show which file was used. */
export interface TextFile {
  /** The path as the user gave it; every message about the file names it so. */
  file: string;
  /** The content, without a byte-order mark. */
  text: string;
  /** SHA-256 of the bytes on disk, in hexadecimal. */
  sha256: string;
}

/**
 * The largest input file read, in bytes (50 MiB): about 800,000 rows of a work-item extract, far more
 * than a force holds, and small enough that every command finishes within the times the README states.
 */
export const maximumInputBytes = 50 * 1024 * 1024;

/**
 * Reads a file the user named as UTF-8 text, dropping a leading byte-order mark as Excel writes one.
 * Only a regular file (or a link to one) is read: a folder, a named pipe, a device such as `/dev/zero` or
 * a socket is refused before it is opened, since opening a pipe waits for a writer and a device may never
 * end. A file larger than `maximumInputBytes` is refused.
 *
 * @throws {InputError} if the file is not a regular file, is too large, cannot be read or is not UTF-8 text
 */
export function readTextFile(file: string): TextFile {
  const bytes = readRegularFile(file);
  let text: string;
  try {
    // TextDecoder drops a UTF-8 byte-order mark by itself
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${file}: expected UTF-8 text (in Excel, save as "CSV UTF-8"); found bytes that are not UTF-8`);
  }
  if (text.includes("\u0000")) {
    throw new InputError(`${file}: expected a text file; found binary data (a NUL byte)`);
  }
  return { file, text, sha256: createHash("sha256").update(bytes).digest("hex") };
}

function readRegularFile(file: string): Buffer {
  const refuse = (found: string): never => {
    throw new InputError(`${file}: expected a readable file; found ${found}`);
  };
  const cannotRead = (error: unknown): never => {
    const code = (error as NodeJS.ErrnoException).code;
    return refuse(code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : `cannot read it (${code})`);
  };
  const checkKind = (stats: { isFile(): boolean; isDirectory(): boolean; size: number }): void => {
    if (stats.isDirectory()) refuse("it is a folder");
    if (!stats.isFile()) refuse("a named pipe, device or socket, not a regular file");
    if (stats.size > maximumInputBytes) refuse(`${stats.size} bytes, more than the ${maximumInputBytes} bytes (50 MiB) an input may have`);
  };

  // stat first: opening a named pipe would wait for a writer for ever
  try {
    checkKind(statSync(file));
  } catch (error) {
    if (error instanceof InputError) throw error;
    cannotRead(error);
  }
  let descriptor: number;
  try {
    // O_NONBLOCK: if the path was swapped for a pipe since the check, opening it still does not wait
    descriptor = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return cannotRead(error);
  }
  try {
    checkKind(fstatSync(descriptor));
    // read in chunks and stop one byte past the cap, so a file that grows while it is read is caught too
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(1024 * 1024);
      const read = readSync(descriptor, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      length += read;
      if (length > maximumInputBytes) refuse(`more than the ${maximumInputBytes} bytes (50 MiB) an input may have`);
    }
    return Buffer.concat(chunks, length);
  } catch (error) {
    if (error instanceof InputError) throw error;
    return cannotRead(error);
  } finally {
    closeSync(descriptor);
  }
}
