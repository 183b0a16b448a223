// The browser checks every report test shares: a page opened from file:// in Debian's chromium, with
// every request outside the file refused and recorded, and every console error, page error, dialog and
// Content-Security-Policy violation collected.
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";

// Drives Debian's chromium (not a downloaded browser) with playwright-core, as issue 7 asks.
export const launchOptions = {
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
};

// Code run in the page is given as text: the test program is type-checked without the DOM's types.

/** Records every Content-Security-Policy violation in `window.policyViolations`, from before the page loads. */
const recordPolicyViolations = `window.policyViolations = [];
document.addEventListener("securitypolicyviolation", (event) => window.policyViolations.push(event.violatedDirective + " " + event.blockedURI));`;

/** True once Plotly has drawn into every chart's element. */
const everyPlotHasItsSvg = `[...document.querySelectorAll(".plot")].every((plot) => plot.querySelector(".main-svg") !== null)`;

/** Everything a page did that a report must never do. */
export interface Misbehaviour {
  outsideRequests: string[];
  consoleErrors: string[];
  policyViolations: string[];
  pageErrors: string[];
  dialogs: string[];
}

/** Opens a file in a fresh context that refuses, and records, every request not for a local file. */
export async function openGuarded(browser: Browser, path: string, { width = 1000 }: { width?: number } = {}): Promise<{ page: Page; misbehaviour: Misbehaviour }> {
  const misbehaviour: Misbehaviour = { outsideRequests: [], consoleErrors: [], policyViolations: [], pageErrors: [], dialogs: [] };
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  // no time limit of Playwright's own: a busy machine can take minutes to draw a page, and the test's timeout is the limit
  context.setDefaultTimeout(0);
  const outside = new Set<string>();
  const isLocal = (url: string) => url.startsWith("file:") || url.startsWith("data:") || url.startsWith("blob:");
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    outside.add(url);
    return route.abort("blockedbyclient");
  });
  await context.addInitScript(recordPolicyViolations);
  const page = await context.newPage();
  page.on("request", (request) => {
    if (!isLocal(request.url())) outside.add(request.url());
  });
  page.on("websocket", (socket) => outside.add(socket.url()));
  page.on("console", (message) => {
    if (message.type() === "error") misbehaviour.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => misbehaviour.pageErrors.push(error.message));
  page.on("dialog", (dialog) => {
    misbehaviour.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(pathToFileURL(path).href, { waitUntil: "load" });
  await page.waitForFunction(everyPlotHasItsSvg);
  await page.waitForTimeout(300);
  misbehaviour.outsideRequests.push(...outside);
  misbehaviour.policyViolations.push(...(await page.evaluate<string[]>("window.policyViolations")));
  return { page, misbehaviour };
}

export const clean: Misbehaviour = { outsideRequests: [], consoleErrors: [], policyViolations: [], pageErrors: [], dialogs: [] };

/** For each chart placeholder: the traces Plotly drew and the traces its figure has. */
export async function drawnTraces(page: Page): Promise<{ id: string; drawn: number; expected: number }[]> {
  return page.evaluate(`JSON.parse(document.getElementById("chart-figures")?.textContent ?? "[]").map(({ id, figure }) => ({
    id,
    drawn: document.querySelectorAll(["scatterlayer .trace", "barlayer .trace", "heatmaplayer .hm"].map((layer) => "#plot-" + id + " .main-svg ." + layer).join(", ")).length,
    expected: figure.data.length,
  }))`);
}

