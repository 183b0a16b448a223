import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPlotlyBundle } from "../../src/io/read-plotly-bundle.js";

describe("readPlotlyBundle()", () => {
  it("reads the bytes of the installed plotly.js-dist-min, whose banner names the installed version", () => {
    const installed = JSON.parse(readFileSync(new URL("../../node_modules/plotly.js-dist-min/package.json", import.meta.url), "utf8")) as { version: string };

    expect(readPlotlyBundle().subarray(0, 40).toString("latin1")).toContain(`plotly.js v${installed.version}`);
  });
});
