import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/run-cli.js";
import { clean, drawnTraces, launchOptions, openGuarded } from "./guarded-browser.js";

// Every command that writes a report is run as a user runs it, on the bundled inputs, and every page it
// writes (report.html and each chart page) is opened in Chromium from file:// under the same guard as
// the sample report: no request outside the file, no console or page error, no dialog, no breach of
// the Content-Security-Policy, every trace of every chart drawn. A screenshot of each report.html is
// saved under reports/screenshots/ (mosovo-COMMAND.png) for people to look at.

const screenshotFolder = new URL("../../reports/screenshots/", import.meta.url);
const runs: [string, string[]][] = [
  ["report", ["report"]],
  ["forecast", ["forecast", "--history", "data/national-rso-england-wales.csv"]],
  ["staffing", ["staffing", "--force", "models/example-force.json"]],
  [
    "compare",
    [
      "compare",
      "--force",
      "models/example-force.json",
      "--scenario",
      "models/scenarios/status-quo.json",
      "--scenario",
      "models/scenarios/two-more-offender-managers.json",
      "--scenario",
      "models/scenarios/sentencing-law-shock.json",
    ],
  ],
  [
    "operations",
    [
      "operations",
      "--items",
      "data/synthetic-operations/work-items.csv",
      "--abstractions",
      "data/synthetic-operations/abstractions.csv",
      "--available-hours",
      "3207",
      "--as-of",
      "2026-03-31",
    ],
  ],
];

let browser: Browser;
const scratch = mkdtempSync(join(tmpdir(), "mosovo-every-report-"));

beforeAll(async () => {
  browser = await chromium.launch(launchOptions);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe("every report the tool writes, opened in Chromium from file://", () => {
  it.each(runs)(
    "mosovo %s: each page makes no outside request, logs no error, breaks no CSP rule and draws every chart",
    async (name, args) => {
      const out = join(scratch, name);
      const run = runCli([...args, "--out", out]);
      expect(run.status, run.stderr).toBe(0);
      const charts = readdirSync(out).includes("charts") ? readdirSync(join(out, "charts")).map((file) => `charts/${file}`) : [];
      // report.html, any other page beside it (recommendation-8.html), and each chart page
      const pages = ["report.html", ...readdirSync(out).filter((file) => file.endsWith(".html") && file !== "report.html"), ...charts];

      let chartsDrawn = 0;
      for (const relativePath of pages) {
        const { page, misbehaviour } = await openGuarded(browser, join(out, relativePath));
        const traces = await drawnTraces(page);
        if (relativePath === "report.html") {
          mkdirSync(screenshotFolder, { recursive: true });
          await page.screenshot({ path: new URL(`mosovo-${name}.png`, screenshotFolder).pathname, fullPage: true });
        }
        await page.context().close();

        expect(misbehaviour, relativePath).toEqual(clean);
        for (const chart of traces) expect(chart.drawn, `${relativePath} ${chart.id}`).toBe(chart.expected);
        chartsDrawn += traces.length;
      }
      expect(chartsDrawn, "charts in the report and its chart pages").toBeGreaterThan(0);
    },
    600_000,
  );
});
