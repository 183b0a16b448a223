/**
 * Characters that must never reach a terminal from outside the tool: C0 controls (ESC starts colour and
 * OSC-8 link sequences; a line break or carriage return forges a line), DEL, C1 controls (U+009B is a
 * one-character escape sequence on some terminals), the line and paragraph separators, and the Unicode
 * bidirectional marks, embeddings, overrides and isolates, which make text display in a different order
 * from the one it is read in ("Trojan Source", CVE-2021-42574).
 */
const unsafeCharacters = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Whether text holds any character `terminalText` would escape, line breaks and tabs included. */
export function hasControlCharacter(text: string): boolean {
  unsafeCharacters.lastIndex = 0;
  return unsafeCharacters.test(text);
}

/**
 * Whether text holds any character `terminalText` would escape other than a line break or a tab, as a
 * cell of an extract may hold them (Alt+Enter in Excel).
 */
export function hasControlCharacterBesidesLineBreakOrTab(text: string): boolean {
  return unsafeBesidesLineBreakOrTab.test(text);
}

const unsafeBesidesLineBreakOrTab = new RegExp(`(?![\\n\\t])${unsafeCharacters.source}`);

const named: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * Text from a file or an option, made safe to print on a terminal: every control, separator and bidi
 * character is shown as an escape (`\n`, `\t`, `\u001b`, `\u202e`), so what is printed is what the text
 * holds and it can neither recolour the terminal, make a link, nor start a new line.
 *
 * @param keepLineBreaks leave `\n` as a line break, for the tool's own multi-line text (help)
 */
export function terminalText(text: string, { keepLineBreaks = false }: { keepLineBreaks?: boolean } = {}): string {
  return text.replace(unsafeCharacters, (character) =>
    keepLineBreaks && character === "\n"
      ? character
      : (named[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`),
  );
}
