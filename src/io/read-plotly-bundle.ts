import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * The minified plotly.js bundle the tool depends on, as the file's bytes, to inline in every report so
 * that a report opens with no network and no CDN. The bytes are written into each page as they are:
 * decoding 4.8 MB to text only for the page to encode it again would be wasted work.
 */
export function readPlotlyBundle(): Buffer {
  return readFileSync(createRequire(import.meta.url).resolve("plotly.js-dist-min/plotly.min.js"));
}
