import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { InputError } from "../errors.js";
/**
 * Reads a file the user named as UTF-8 text, dropping a leading byte-order mark as Excel writes one.
 *
 * @throws {InputError} if the file cannot be read or is not UTF-8 text
 */
export function readTextFile(file) {
    let bytes;
    try {
        bytes = readFileSync(file);
    }
    catch (error) {
        const code = error.code;
        const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : `cannot read it (${code})`;
        throw new InputError(`${file}: expected a readable file; found ${reason}`);
    }
    let text;
    try {
        // TextDecoder drops a UTF-8 byte-order mark by itself
        text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    }
    catch {
        throw new InputError(`${file}: expected UTF-8 text (in Excel, save as "CSV UTF-8"); found bytes that are not UTF-8`);
    }
    if (text.includes("\u0000")) {
        throw new InputError(`${file}: expected a text file; found binary data (a NUL byte)`);
    }
    return { file, text, sha256: createHash("sha256").update(bytes).digest("hex") };
}
