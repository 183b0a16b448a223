import { describe, expect, it } from "vitest";
import { hashSource } from "../../src/report/hash-source.js";

describe("hashSource(content)", () => {
  it("gives the CSP source of the empty string that browsers quote", () => {
    // Chromium's console names this hash for an empty <style> element it blocks
    expect(hashSource("")).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  it("gives the same source for a text and for its UTF-8 bytes", () => {
    const text = "µ — £ ü, and 😀 outside the Basic Multilingual Plane";

    expect(hashSource(Buffer.from(text, "utf8"))).toBe(hashSource(text));
    expect(hashSource(new Uint8Array(Buffer.from(text, "utf8")))).toBe(hashSource(text));
  });
});
