import { InputError } from "../errors.js";
import { hasControlCharacter } from "../terminal-text.js";

const valueExpected = "a JSON value (an object, array, string, number, true, false or null)";

/** Deepest nesting of objects and lists accepted; a model file needs five or six levels. */
export const maximumJsonDepth = 64;

/**
 * Turns the text of a JSON model file into a value, refusing the first thing that is not JSON as
 * RFC 8259 defines it, by line and column (both counted from 1), so that an analyst editing the
 * file by hand can find a missing comma or a trailing one. `JSON.parse` alone does not say where.
 *
 * Also refuses a key given twice in one object, which `JSON.parse` would silently settle by keeping
 * the last: in a model file that hides an edit. Refuses a number too large for a double (`1e400`,
 * which `JSON.parse` would make Infinity and JSON then null), quoting it, and objects and lists nested
 * more than `maximumJsonDepth` deep, which no model file needs. Refuses a string holding a control
 * character, raw or escaped (`\u001b`, `\n`, `\t`), a C1 control or a bidi override: names, sources and
 * reasons are printed and charted, and such a character would recolour a terminal, forge a line or
 * reorder the text a reader sees.
 *
 * @param file the path as the user gave it, for messages
 * @throws {InputError} `FILE, line N, column C: expected …; found …`
 */
export function parseJsonText(file: string, text: string): unknown {
  new JsonScanner(file, text).checkDocument();
  return JSON.parse(text);
}

/** A recursive-descent walk over the text that checks the grammar and stops at the first fault. */
class JsonScanner {
  private position = 0;
  private depth = 0;

  constructor(
    private readonly file: string,
    private readonly text: string,
  ) {}

  checkDocument(): void {
    this.skipWhitespace();
    if (this.position === this.text.length) this.fail("a JSON object", "an empty file");
    this.checkValue();
    this.skipWhitespace();
    if (this.position < this.text.length) this.fail("the end of the file after the closing bracket", this.describeHere());
  }

  private checkValue(): void {
    const character = this.text[this.position];
    if (character === "{" || character === "[") {
      if (this.depth === maximumJsonDepth) {
        this.fail(`objects and lists nested at most ${maximumJsonDepth} deep`, `a ${character === "{" ? "object" : "list"} nested deeper`);
      }
      this.depth += 1;
      if (character === "{") this.checkObject();
      else this.checkArray();
      this.depth -= 1;
      return;
    }
    if (character === '"') return void this.checkString();
    if (character === "-" || isDigit(character)) return this.checkNumber();
    for (const word of ["true", "false", "null"]) {
      if (this.text.startsWith(word, this.position) && !isWordCharacter(this.text[this.position + word.length])) {
        this.position += word.length;
        return;
      }
    }
    this.fail(valueExpected, this.describeHere());
  }

  private checkObject(): void {
    this.position += 1;
    this.skipWhitespace();
    if (this.text[this.position] === "}") {
      this.position += 1;
      return;
    }
    const keys = new Set<string>();
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.position] === "}" && keys.size > 0) this.fail("another key after the comma (JSON allows no comma before })", '"}"');
      if (this.text[this.position] !== '"') this.fail("a key in double quotes", this.describeHere());
      // the key's place is worked out only for a message: counting lines for every key made reading quadratic
      const keyPosition = this.position;
      const key = this.checkString();
      if (keys.has(key)) {
        const keyLine = this.lineAndColumn(keyPosition);
        throw new InputError(`${this.file}, line ${keyLine.line}, column ${keyLine.column}: expected each key once in an object; found "${key}" twice`);
      }
      keys.add(key);
      this.skipWhitespace();
      if (this.text[this.position] !== ":") this.fail(`a colon after the key "${key}"`, this.describeHere());
      this.position += 1;
      this.skipWhitespace();
      this.checkValue();
      this.skipWhitespace();
      const next = this.text[this.position];
      if (next === "}") {
        this.position += 1;
        return;
      }
      if (next !== ",") this.fail("a comma or }", this.describeHere());
      this.position += 1;
    }
  }

  private checkArray(): void {
    this.position += 1;
    this.skipWhitespace();
    if (this.text[this.position] === "]") {
      this.position += 1;
      return;
    }
    for (let items = 0; ; items += 1) {
      this.skipWhitespace();
      if (this.text[this.position] === "]" && items > 0) this.fail("another value after the comma (JSON allows no comma before ])", '"]"');
      this.checkValue();
      this.skipWhitespace();
      const next = this.text[this.position];
      if (next === "]") {
        this.position += 1;
        return;
      }
      if (next !== ",") this.fail("a comma or ]", this.describeHere());
      this.position += 1;
    }
  }

  /** Checks a string starting at the opening quote and returns its content, escapes undone. */
  private checkString(): string {
    const start = this.position;
    this.position += 1;
    for (;;) {
      const character = this.text[this.position];
      if (character === undefined) this.fail("a closing double quote", "the end of the file");
      if (character === "\n" || character === "\r") this.fail("a closing double quote", "the end of the line");
      if (character === '"') break;
      if (character < " ") this.fail("text or an escape such as \\t", "a control character");
      if (character === "\\") {
        const escape = this.text[this.position + 1];
        if (escape === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.position + 2, this.position + 6))) {
            this.position += 1;
            this.fail("four hexadecimal digits after \\u", this.describeHere());
          }
          this.position += 6;
          continue;
        }
        if (escape === undefined || !'"\\/bfnrt'.includes(escape)) {
          // a Windows path such as "C:\data" is the usual cause: a backslash must be written \\
          this.fail('an escape: one of \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX (write a backslash as \\\\)', `"\\${escape ?? ""}"`);
        }
        this.position += 2;
        continue;
      }
      this.position += 1;
    }
    this.position += 1;
    const content = JSON.parse(this.text.slice(start, this.position)) as string;
    if (hasControlCharacter(content)) {
      this.position = start;
      this.fail("text on one line without control characters (such as ESC, a line break, a tab or a bidi override)", JSON.stringify(content));
    }
    return content;
  }

  private checkNumber(): void {
    // a sticky pattern from the position: matching a slice of the rest would copy it for every number
    numberPattern.lastIndex = this.position;
    const match = numberPattern.exec(this.text);
    if (!match) this.fail("a number such as 0.25 or 1163", this.describeHere());
    const end = this.position + match[0].length;
    if (isWordCharacter(this.text[end]) || this.text[end] === ".") {
      this.fail("a number such as 0.25 or 1163 (no leading zeros, commas or units)", this.describeHere());
    }
    if (!Number.isFinite(Number(match[0]))) {
      this.fail("a number of a size a model can hold (below 1e308)", `${JSON.stringify(match[0].slice(0, 30))}, too large for any number`);
    }
    this.position = end;
  }

  private skipWhitespace(): void {
    while (/[ \t\n\r]/.test(this.text[this.position] ?? "")) this.position += 1;
  }

  /** The token that starts here, quoted, for the `found` part of a message. */
  private describeHere(): string {
    if (this.position >= this.text.length) return "the end of the file";
    tokenPattern.lastIndex = this.position;
    const token = tokenPattern.exec(this.text)?.[0] ?? this.text[this.position];
    return JSON.stringify(token.slice(0, 30));
  }

  private lineAndColumn(position: number): { line: number; column: number } {
    const before = this.text.slice(0, position);
    const lines = before.split(/\r\n|\r|\n/);
    return { line: lines.length, column: lines[lines.length - 1].length + 1 };
  }

  private fail(expected: string, found: string): never {
    const { line, column } = this.lineAndColumn(this.position);
    throw new InputError(`${this.file}, line ${line}, column ${column}: expected ${expected}; found ${found}`);
  }
}

const numberPattern = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const tokenPattern = /[A-Za-z0-9_.+\-]+/y;

function isDigit(character: string | undefined): boolean {
  return character !== undefined && character >= "0" && character <= "9";
}

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && /[A-Za-z0-9_]/.test(character);
}
