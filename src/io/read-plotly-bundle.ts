import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * The minified plotly.js bundle the tool depends on, as text, to inline in every report so that a
 * report opens with no network and no CDN.
 */
export function readPlotlyBundle(): string {
  const path = createRequire(import.meta.url).resolve("plotly.js-dist-min/plotly.min.js");
  return readFileSync(path, "utf8");
}
