import { isUtf8 } from "node:buffer";
import { hashSource } from "./hash-source.js";

/**
 * The plotly.min.js bundle as a page inlines it: its bytes, as read, and what the page needs to know
 * of them. Made once a run by `checkedPlotlyBundle`, for the report and every chart page.
 */
export interface PlotlyBundle {
  /** The file's bytes (UTF-8), written into each page as they are. */
  bytes: Uint8Array;
  /** The CSP source that allows the bundle as an inline script: `'sha256-…'` of its bytes. */
  hashSource: string;
  /** Ids of the `<style>` elements the bundle adds by itself on loading, first seen first. */
  styleElementIds: readonly string[];
}

/**
 * The bundle checked for inlining in a `<script>` element, with its hash and the style ids it adds.
 *
 * The bundle is 4.8 MB, so it is never decoded: every pattern searched for is ASCII, and in UTF-8 an
 * ASCII byte only ever stands for that ASCII character, so a search of the bytes finds what a search
 * of the text would. For the same reason the hash of the bytes is the hash of the text's UTF-8, which
 * is what a browser checks the policy against.
 *
 * @throws {Error} if the bundle is not UTF-8 (the page says it is, so the browser would read other
 *   text than was hashed), or holds `</script`, `<script` or `<!--` in any case, which would end its
 *   element early or change how the browser reads the rest of it
 */
export function checkedPlotlyBundle(bytes: Uint8Array): PlotlyBundle {
  // views, not copies: Buffer's indexOf searches for a string natively; Uint8Array's finds one byte faster
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const plainBytes = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!isUtf8(buffer)) throw new Error("the Plotly bundle is not UTF-8 text, so it cannot be inlined in a UTF-8 page");
  if (endsScriptEarly(plainBytes)) throw new Error("the Plotly bundle holds </script, <script or <!--, so it cannot be inlined as it is");
  return { bytes, hashSource: hashSource(bytes), styleElementIds: styleElementIds(buffer) };
}

const lessThan = 0x3c;
const scriptLowerCase = asciiBytes("script");
const commentRest = asciiBytes("!--");
const slash = 0x2f;

/**
 * Whether the bytes hold `</script`, `<script` or `<!--`, letters in any case: what
 * `/<\/script|<!--|<script/i` finds in the text. That expression folds case only between ASCII letters
 * (a non-ASCII letter such as "ſ" is never taken for "s"), so ASCII case folding on bytes is the same.
 */
function endsScriptEarly(bytes: Uint8Array): boolean {
  for (let at = bytes.indexOf(lessThan); at !== -1; at = bytes.indexOf(lessThan, at + 1)) {
    if (startsWith(bytes, at + 1, commentRest)) return true;
    const nameAt = bytes[at + 1] === slash ? at + 2 : at + 1;
    if (startsWithIgnoringAsciiCase(bytes, nameAt, scriptLowerCase)) return true;
  }
  return false;
}

const styleTestStart = asciiBytes('document.getElementById("');
const styleTestEnd = asciiBytes('")');
const styleIdLength = 64;

/**
 * Ids of the style elements the bundle adds itself, found by the test it makes first,
 * `document.getElementById("<64 lower-case hex digits>")`: what
 * `/document\.getElementById\("([0-9a-f]{64})"\)/g` finds in the text, each id once.
 */
function styleElementIds(bytes: Buffer): string[] {
  const ids = new Set<string>();
  for (let at = bytes.indexOf(styleTestStart); at !== -1; at = bytes.indexOf(styleTestStart, at + styleTestStart.length)) {
    const idStart = at + styleTestStart.length;
    const idEnd = idStart + styleIdLength;
    if (isLowerCaseHex(bytes, idStart, idEnd) && startsWith(bytes, idEnd, styleTestEnd)) {
      ids.add(bytes.toString("latin1", idStart, idEnd));
    }
  }
  return [...ids];
}

function isLowerCaseHex(bytes: Uint8Array, start: number, end: number): boolean {
  if (end > bytes.length) return false;
  for (let at = start; at < end; at += 1) {
    const byte = bytes[at];
    const isDigit = byte >= 0x30 && byte <= 0x39;
    const isLetter = byte >= 0x61 && byte <= 0x66;
    if (!isDigit && !isLetter) return false;
  }
  return true;
}

function startsWith(bytes: Uint8Array, at: number, pattern: Uint8Array): boolean {
  if (at + pattern.length > bytes.length) return false;
  return pattern.every((byte, index) => bytes[at + index] === byte);
}

/**
 * `pattern` is lower-case ASCII letters. Setting bit 0x20 lower-cases an ASCII capital, and the only
 * bytes it turns into a given lower-case letter are that letter and its capital.
 */
function startsWithIgnoringAsciiCase(bytes: Uint8Array, at: number, pattern: Uint8Array): boolean {
  if (at + pattern.length > bytes.length) return false;
  return pattern.every((byte, index) => (bytes[at + index] | 0x20) === byte);
}

function asciiBytes(text: string): Uint8Array {
  return Buffer.from(text, "latin1");
}
