import { createHash } from "node:crypto";
import { expect } from "vitest";
import type { PageBytes } from "../../src/report/html-document.js";
import { checkedPlotlyBundle, type PlotlyBundle } from "../../src/report/plotly-bundle.js";

/** The page's bytes, its pieces one after another, as the writer writes them. */
export function pageBytes(page: PageBytes): Buffer {
  return Buffer.concat(page);
}

/** The page's bytes as text; fails the test on any byte that is not UTF-8, instead of replacing it. */
export function pageText(page: PageBytes): string {
  return utf8Text(pageBytes(page));
}

function utf8Text(bytes: Uint8Array): string {
  return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
}

/**
 * The page as text, with the bundle (which must appear exactly once) replaced by its SHA-256, so a golden
 * file stays readable. Both are decoded in full here, as the tool itself no longer does: any byte of the
 * bundle spliced in wrongly makes the page's text differ from the golden file.
 */
export function withBundleAsHash(page: PageBytes, bundle: PlotlyBundle): string {
  const pieces = pageText(page).split(utf8Text(bundle.bytes));
  expect(pieces).toHaveLength(2);
  return pieces.join(`/* plotly.js-dist-min bundle, SHA-256 ${createHash("sha256").update(bundle.bytes).digest("hex")} */`);
}

/** A stand-in for plotly.min.js in unit tests: the UTF-8 of a short text, checked as the real one is. */
export function fakePlotlyBundle(text: string): PlotlyBundle {
  return checkedPlotlyBundle(Buffer.from(text, "utf8"));
}
