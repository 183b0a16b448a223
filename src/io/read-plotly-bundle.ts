import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * The minified plotly.js bundle the tool depends on, as text, to inline in every report so that a
 * report opens with no network and no CDN.
 */
export function readPlotlyBundle(): string {
  const path = createRequire(import.meta.url).resolve("plotly.js-dist-min/plotly.min.js");
  // decoding the bytes read is quicker than reading as "utf8" for a file this size (4.8 MB), the same text
  return readFileSync(path).toString("utf8");
}
