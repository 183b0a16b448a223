import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/run-cli.js";
import { clean, launchOptions, openGuarded } from "./guarded-browser.js";

// The example run as `npm start` makes it, printed and measured in Debian's chromium: the Recommendation 8
// summary prints on at most two A4 pages, no table of report.html needs sideways scrolling on a
// 1366-pixel screen, dates never wrap, and the output folder stays under 25 MB.

let browser: Browser;
const scratch = mkdtempSync(join(tmpdir(), "mosovo-recommendation-8-"));
const out = join(scratch, "example");
let status: number | null = null;

beforeAll(async () => {
  status = runCli(["report", "--out", out]).status;
  browser = await chromium.launch(launchOptions);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Pages of a PDF: its page objects (`/Type /Page`, not the `/Pages` tree). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

function folderBytes(folder: string): number {
  return readdirSync(folder, { withFileTypes: true }).reduce(
    (total, entry) => total + (entry.isDirectory() ? folderBytes(join(folder, entry.name)) : statSync(join(folder, entry.name)).size),
    0,
  );
}

describe("the example report, printed and on screen", () => {
  it("prints recommendation-8.html on one or two A4 pages, with no request, error or policy breach", async () => {
    expect(status).toBe(0);
    const { page, misbehaviour } = await openGuarded(browser, join(out, "recommendation-8.html"));
    expect(misbehaviour).toEqual(clean);
    const pages = pdfPages(await page.pdf({ format: "A4", preferCSSPageSize: true }));
    await page.context().close();
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });

  it("needs no sideways scrolling for any table of report.html at 1366 pixels wide, and wraps no date", async () => {
    const { page, misbehaviour } = await openGuarded(browser, join(out, "report.html"), { width: 1366 });
    const overflowing = await page.evaluate<string[]>(`[...document.querySelectorAll("table")]
      .filter((table) => { const box = table.closest(".table-scroll") ?? table.parentElement; return box.scrollWidth > box.clientWidth + 1; })
      .map((table) => table.querySelector("caption")?.textContent ?? table.querySelector("th")?.textContent ?? "?")`);
    const pageWidth = await page.evaluate<number[]>("[document.documentElement.scrollWidth, window.innerWidth]");
    // a date or month cell on two lines is taller than the one-line cells beside it
    const wrappedDates = await page.evaluate<string[]>(`[...document.querySelectorAll("td")]
      .filter((cell) => /^(\\d{4}-\\d{2}(-\\d{2})?|(\\d{1,2} )?[A-Z][a-z]+ \\d{4})$/.test(cell.textContent.trim()))
      .filter((cell) => getComputedStyle(cell).whiteSpace !== "nowrap")
      .map((cell) => cell.textContent)`);
    const tables = await page.evaluate<number>(`document.querySelectorAll("table").length`);
    await page.context().close();
    expect(misbehaviour).toEqual(clean);
    expect(tables).toBeGreaterThan(10);
    expect(overflowing).toEqual([]);
    expect(pageWidth[0]).toBeLessThanOrEqual(pageWidth[1]);
    expect(wrappedDates).toEqual([]);
  });

  it("writes an output folder under 25 MB, with no chart pages unless asked", () => {
    expect(readdirSync(out)).not.toContain("charts");
    expect(folderBytes(out)).toBeLessThan(25 * 1024 * 1024);
  });
});
