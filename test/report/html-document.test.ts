import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashSource, renderHtmlDocument } from "../../src/report/html-document.js";
import { plotlyFigure } from "../../src/report/plotly-text.js";
import type { Chart } from "../../src/report/report-section.js";

const fakeBundle = 'window.Plotly = { newPlot: function () {} }; if (document.getElementById("' + "a".repeat(64) + '")) {}';
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
  const html = renderHtmlDocument({ title: "A <title>", body: "<p>body</p>", charts: [chart], plotlyBundle: fakeBundle });

  it("allows by hash exactly the inline scripts and styles the page holds, and nothing from outside", () => {
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
    const styles = [...html.matchAll(/<style(?: id="[^"]*")?>([\s\S]*?)<\/style>/g)].map((match) => match[1]);
    const policy = policyOf(html);

    expect(scripts).toHaveLength(2);
    expect(scripts[0]).toBe(fakeBundle);
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
    expect(html).toContain("<title>A &lt;title&gt;</title>");
  });

  it("runs no script at all when there is no chart", () => {
    const plain = renderHtmlDocument({ title: "t", body: "<p>x</p>", charts: [], plotlyBundle: fakeBundle });

    expect(plain).not.toContain("<script");
    expect(policyOf(plain).get("script-src")).toEqual(["'none'"]);
  });

  it("refuses a bundle that would end its script element early", () => {
    expect(() => renderHtmlDocument({ title: "t", body: "", charts: [chart], plotlyBundle: "a = '</SCRIPT>';" })).toThrow(/cannot be inlined/);
  });

  it("hashes and searches each page's own bundle, one page after another, and refuses a bad one after a good one", () => {
    // the bundle's facts are kept between pages; a page with another bundle must not be given them
    const otherBundle = 'window.Plotly = {}; document.getElementById("' + "b".repeat(64) + '");';
    const pages = [fakeBundle, otherBundle, fakeBundle].map((plotlyBundle) => renderHtmlDocument({ title: "t", body: "", charts: [chart], plotlyBundle }));

    expect(pages.map((page) => policyOf(page).get("script-src")?.[0])).toEqual([fakeBundle, otherBundle, fakeBundle].map(sha256Source));
    expect(pages[1]).toContain(`<style id="${"b".repeat(64)}"></style>`);
    expect(pages[1]).not.toContain(`<style id="${"a".repeat(64)}"></style>`);
    expect(pages[2]).toBe(html.replace("<title>A &lt;title&gt;</title>", "<title>t</title>").replace("<p>body</p>", ""));
    expect(() => renderHtmlDocument({ title: "t", body: "", charts: [], plotlyBundle: "<!-- x" })).toThrow(/cannot be inlined/);
  });
});

describe("hashSource(text)", () => {
  it("gives the CSP source of the empty string that browsers quote", () => {
    // Chromium's console names this hash for an empty <style> element it blocks
    expect(hashSource("")).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});
