import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { renderHtmlDocument } from "../../src/report/html-document.js";
import { plotlyFigure } from "../../src/report/plotly-text.js";
import type { Chart } from "../../src/report/report-section.js";
import { fakePlotlyBundle, pageBytes, pageText } from "./page-text.js";

// non-ASCII text, as the real bundle has: one character is two or three bytes, so a splice counted in
// characters, or bytes read as Latin-1, would put the wrong bytes in the page
const fakeBundleText = '/* µ — */ window.Plotly = { newPlot: function () {} }; if (document.getElementById("' + "a".repeat(64) + '")) {}';
const fakeBundle = fakePlotlyBundle(fakeBundleText);
const chart: Chart = {
  id: "tiny",
  title: "t",
  caption: "c",
  figure: { data: [{ type: "scatter", name: "</script><script>alert(1)</script>", x: [1], y: [2] }], layout: {} },
};

/** The page's Content-Security-Policy, directive name → its sources. */
function policyOf(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1];
  return new Map(content.split("; ").map((directive) => {
    const [name, ...sources] = directive.split(" ");
    return [name, sources];
  }));
}

/** SHA-256 source of a text, computed here independently of the code under test. */
function sha256Source(text: string): string {
  return `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
}

describe("renderHtmlDocument({ title, body, charts, plotlyBundle })", () => {
  const page = renderHtmlDocument({ title: "A <title> £", body: "<p>body – ü</p>", charts: [chart], plotlyBundle: fakeBundle });
  const html = pageText(page);

  it("allows by hash exactly the inline scripts and styles the page holds, and nothing from outside", () => {
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
    const styles = [...html.matchAll(/<style(?: id="[^"]*")?>([\s\S]*?)<\/style>/g)].map((match) => match[1]);
    const policy = policyOf(html);

    expect(scripts).toHaveLength(2);
    expect(scripts[0]).toBe(fakeBundleText);
    // the hash of the bundle's bytes is the hash of its text, as the browser computes it
    expect(policy.get("script-src")).toEqual(scripts.map(sha256Source));
    expect(new Set(policy.get("style-src"))).toEqual(new Set(styles.map(sha256Source)));
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.get("img-src")).toEqual(["data:", "blob:"]);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it("places the CSP before any script or style, so it covers them all", () => {
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<style"));
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
  });

  it("carries the figures as JSON that cannot end its script element, and reads back unchanged", () => {
    const block = /<script type="application\/json" id="chart-figures">([\s\S]*?)<\/script>/.exec(html)![1];

    expect(block).not.toContain("<");
    expect(JSON.parse(block)).toEqual([{ id: chart.id, figure: plotlyFigure(chart.figure) }]);
  });

  it("holds an empty style element for each style id the bundle would add itself", () => {
    expect(html).toContain(`<style id="${"a".repeat(64)}"></style>`);
  });

  it("escapes the title", () => {
    expect(html).toContain("<title>A &lt;title&gt; £</title>");
  });

  it("is the UTF-8 of the page's text with the bundle's text whole in its own script element", () => {
    // what the page was when it was made as one string and encoded: any byte out of place fails here
    const [before, after, ...more] = html.split(`\n<script>${fakeBundleText}</script>\n`);

    expect(more).toEqual([]);
    expect(Buffer.from(html, "utf8").equals(pageBytes(page))).toBe(true);
    expect(before).toMatch(/<p>body – ü<\/p>\n<\/div>\n<script type="application\/json" id="chart-figures">[^\n]*<\/script>$/);
    expect(after).toMatch(/^<script>\(function \(\) \{[\s\S]*\}\)\(\);<\/script>\n<\/body>\n<\/html>\n$/);
  });

  it("runs no script at all when there is no chart, and needs no bundle", () => {
    const plain = pageText(renderHtmlDocument({ title: "t", body: "<p>x</p>", charts: [] }));

    expect(plain).not.toContain("<script");
    expect(plain).not.toContain(`<style id="${"a".repeat(64)}">`);
    expect(policyOf(plain).get("script-src")).toEqual(["'none'"]);
    expect(plain.endsWith("<p>x</p>\n</div>\n</body>\n</html>\n")).toBe(true);
  });

  it("refuses a page with charts but no bundle to draw them", () => {
    expect(() => renderHtmlDocument({ title: "t", body: "", charts: [chart] })).toThrow(/needs the Plotly bundle/);
  });

  it("writes the bundle's own bytes into the page, not a copy", () => {
    expect(page).toContain(fakeBundle.bytes); // the very object, by ===
  });

  it("gives each page its own bundle's hash and style ids", () => {
    const otherText = 'window.Plotly = {}; document.getElementById("' + "b".repeat(64) + '");';
    const other = pageText(renderHtmlDocument({ title: "t", body: "", charts: [chart], plotlyBundle: fakePlotlyBundle(otherText) }));

    expect(policyOf(other).get("script-src")?.[0]).toBe(sha256Source(otherText));
    expect(other).toContain(`<style id="${"b".repeat(64)}"></style>`);
    expect(other).not.toContain(`<style id="${"a".repeat(64)}"></style>`);
  });
});
