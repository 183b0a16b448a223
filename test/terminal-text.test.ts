import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../src/errors.js";
import { hasControlCharacter, hasControlCharacterBesidesLineBreakOrTab, terminalText } from "../src/terminal-text.js";

// Every character a terminal or a reader could be fooled by: C0 controls (ESC, line breaks), DEL, C1
// controls (U+009B is CSI on its own), the line and paragraph separators, and the bidi controls.
const unsafe = fc.constantFrom(
  "\u001b", "\n", "\r", "\t", "\u0007", "\u0000", "\u007f", "\u0085", "\u009b", "\u009d",
  "\u2028", "\u2029", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c",
);
const hostileText = fc.array(fc.oneof(fc.string({ maxLength: 6 }), unsafe, fc.constant("\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\")), { maxLength: 12 }).map((parts) => parts.join(""));
const rawUnsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe("terminalText(text)", () => {
  it("shows an ESC colour code, an OSC-8 link and a line break as escapes, on one line", () => {
    expect(terminalText("a\u001b[31mred\u001b]8;;http://x\u0007\nb\u202ec")).toBe("a\\u001b[31mred\\u001b]8;;http://x\\u0007\\nb\\u202ec");
  });

  it("leaves no control, separator or bidi character in any text, and changes text that holds none not at all", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const shown = terminalText(text);
        expect(shown).not.toMatch(rawUnsafe);
        if (!hasControlCharacter(text)) expect(shown).toBe(text);
      }),
    );
  });

  it("keeps line breaks only when asked, for the tool's own help", () => {
    expect(terminalText("one\ntwo\u001b", { keepLineBreaks: true })).toBe("one\ntwo\\u001b");
  });
});

describe("hasControlCharacterBesidesLineBreakOrTab(text)", () => {
  it("finds every character terminalText escapes but a line break and a tab, up to U+FFFF", () => {
    for (let code = 0; code <= 0xffff; code += 1) {
      const character = String.fromCharCode(code);
      const expected = character !== "\n" && character !== "\t" && terminalText(character) !== character;
      expect(hasControlCharacterBesidesLineBreakOrTab(`cell ${character} text`), `U+${code.toString(16).padStart(4, "0")}`).toBe(expected);
    }
  });

  it("is hasControlCharacter of the text with its line breaks and tabs taken out, for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => hasControlCharacterBesidesLineBreakOrTab(text) === hasControlCharacter(text.replace(/[\n\t]/g, " "))),
    );
  });
});

describe("new InputError(message)", () => {
  it("is one line without control characters, whatever a quoted cell holds", () => {
    fc.assert(
      fc.property(hostileText, (cell) => {
        const { message } = new InputError(`f.csv, line 2, column source: expected text; found "${cell}"`);
        expect(message).not.toMatch(rawUnsafe);
      }),
    );
  });

  it("quotes a 10 MB cell in a short message, quickly (a regular expression over it once overflowed the stack)", () => {
    const started = performance.now();
    const { message } = new InputError(`f.csv, line 2, column rsos: expected a number; found "${"9".repeat(10_000_000)}"`);
    expect(message.length).toBeLessThan(2_100);
    expect(message).toMatch(/^f\.csv, line 2, column rsos: expected a number; found "9{80}…"$/);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("keeps the start and end of a message made long by many short words", () => {
    const { message } = new InputError(`f.csv, line 2: expected x; found "${"ab ".repeat(1_000_000)}" END`);
    expect(message.length).toBeLessThan(2_100);
    expect(message.startsWith("f.csv, line 2: expected x;")).toBe(true);
    expect(message.endsWith('" END')).toBe(true);
  });
});
