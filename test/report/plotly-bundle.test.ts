import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readPlotlyBundle } from "../../src/io/read-plotly-bundle.js";
import { checkedPlotlyBundle } from "../../src/report/plotly-bundle.js";

// The definitions the bundle's bytes are searched by, as regular expressions on its decoded text: what
// the page needs is defined on the text, and the search of the bytes must agree with it.
const endsScriptEarly = /<\/script|<!--|<script/i;
const styleTest = /document\.getElementById\("([0-9a-f]{64})"\)/g;

function textStyleIds(text: string): string[] {
  return [...new Set([...text.matchAll(styleTest)].map((match) => match[1]))];
}

function utf8(text: string): Buffer {
  return Buffer.from(text, "utf8");
}

const hexA = "a".repeat(64);
const hexB = "0123456789abcdef".repeat(4);

describe("checkedPlotlyBundle(bytes)", () => {
  it("gives the CSP source of the text's SHA-256, for text with characters of two and three bytes", () => {
    const text = "/* µ — */ window.Plotly = {};";
    const expected = `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

    expect(checkedPlotlyBundle(utf8(text)).hashSource).toBe(expected);
  });

  it("keeps the bytes it was given, not a copy", () => {
    const bytes = utf8("window.Plotly = {};");

    expect(checkedPlotlyBundle(bytes).bytes).toBe(bytes);
  });

  it.each(["</script>", "</SCRIPT", "</sCrIpT>", "<script", "<Script src=x>", "<!--", "µ<!-- —"])("refuses %j, which would end the script element early", (piece) => {
    expect(() => checkedPlotlyBundle(utf8(`a = 1; ${piece} b = 2;`))).toThrow(/holds <\/script, <script or <!--, so it cannot be inlined/);
  });

  it.each(["<scrip", "< script", "</ script", "<!-", "<-!-", "a < b && c <= d", "<\u017fcript", "<scr\u0131pt", "</", "<"])("accepts %j, which ends nothing", (piece) => {
    expect(endsScriptEarly.test(piece)).toBe(false);
    expect(() => checkedPlotlyBundle(utf8(`a = 1; ${piece}`))).not.toThrow();
  });

  it("refuses bytes that are not UTF-8, whose hash would not be that of the text a browser reads", () => {
    expect(() => checkedPlotlyBundle(Uint8Array.from([0x61, 0xb5, 0x62]))).toThrow(/not UTF-8/);
  });

  it("refuses exactly what the regular expression finds in the text, for any text", () => {
    const pieces = ["<", "/", "!", "-", "s", "c", "r", "i", "p", "t", "S", "C", "R", "I", "P", "T", "\u017f", "µ", "—", "x"];
    const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((chosen) => chosen.join(""));

    fc.assert(
      fc.property(texts, (text) => {
        let refused = false;
        try {
          checkedPlotlyBundle(utf8(text));
        } catch {
          refused = true;
        }
        return refused === endsScriptEarly.test(text);
      }),
      { numRuns: 2000 },
    );
  });

  it("finds each style id once, in the order first seen, and passes by near misses", () => {
    const text = [
      `if (!document.getElementById("${hexB}")) {}`,
      `document.getElementById("${hexA}")`,
      `document.getElementById("${hexB}")`,
      `document.getElementById("${"A".repeat(64)}")`, // capitals: not an id the bundle makes
      `document.getElementById("${"a".repeat(63)}")`, // one digit short
      `document.getElementById("${"a".repeat(65)}")`, // one digit long
      `document.getElementById("µ${"a".repeat(63)}")`,
      `document.getElementById("${"c".repeat(64)}"`, // at the very end, without its ")"
    ].join("; ");

    expect(checkedPlotlyBundle(utf8(text)).styleElementIds).toEqual([hexB, hexA]);
    expect(textStyleIds(text)).toEqual([hexB, hexA]);
  });

  it("finds the style ids the regular expression finds in the text, for any text", () => {
    const pieces = ['document.getElementById("', hexA, hexB, "a", "A", '")', '"', ")", "µ", "—", "x"];
    const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((chosen) => chosen.join(""));

    fc.assert(
      fc.property(texts, (text) => {
        expect(checkedPlotlyBundle(utf8(text)).styleElementIds).toEqual(textStyleIds(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees with the text's regular expressions on the installed plotly.min.js, which has non-ASCII characters", () => {
    const bytes = readPlotlyBundle();
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    const bundle = checkedPlotlyBundle(bytes);

    expect(bytes.length).toBeGreaterThan(text.length); // some characters take more than one byte
    expect(endsScriptEarly.test(text)).toBe(false);
    expect(textStyleIds(text).length).toBeGreaterThan(0);
    expect(bundle.styleElementIds).toEqual(textStyleIds(text));
    expect(bundle.hashSource).toBe(`'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`);
  });
});
