import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli/program.js";

// A report is read by people who have neither this project's background notes nor this machine's folders:
// a source names a publication or the profile's own words, and a path is relative or a file name.
const forbidden = [/shared\//i, /seeds\//i, /\bissue \d+/i, /\/work\//, /\/tmp\//, /\/home\//, /\/root\//];

/** Every `source` and `reason` string in a JSON document, with its JSON path. */
function citations(value: unknown, path = ""): { path: string; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => citations(item, `${path}[${index}]`));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, item]) =>
    (key === "source" || key === "reason" || key === "description") && typeof item === "string"
      ? [{ path: `${path}.${key}`, text: item }]
      : citations(item, `${path}.${key}`),
  );
}

const modelFiles = [
  ...readdirSync("models").filter((name) => name.endsWith(".json")).map((name) => join("models", name)),
  ...readdirSync("models/scenarios").filter((name) => name.endsWith(".json")).map((name) => join("models/scenarios", name)),
];

/** The report's words as a reader sees them: no scripts, no styles, no markup. */
function reportText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]+>/g, " ");
}

describe("the bundled model files' sources", () => {
  it.each(modelFiles)("%s cites publications or its own words, never background files, issues or local paths", (file) => {
    const found = citations(JSON.parse(readFileSync(file, "utf8")));
    for (const { path, text } of found) for (const pattern of forbidden) expect(text, `${file} ${path}`).not.toMatch(pattern);
  });

  it("finds the sources it checks", () => {
    expect(citations(JSON.parse(readFileSync("models/workload-standards.json", "utf8"))).length).toBeGreaterThan(10);
  });
});

describe("the example report's text", { timeout: 120_000 }, () => {
  it("cites no background file or issue, and shows a profile given by its absolute path by its file name", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "mosovo-citable-")), "report");
    const context = { version: "test", print: () => undefined, warn: () => undefined };
    await buildProgram(context).parseAsync(["node", "mosovo", "report", "--force", resolve("models/example-force.json"), "--out", out]);
    for (const page of ["report.html", "recommendation-8.html"]) {
      const text = reportText(readFileSync(join(out, page), "utf8"));
      for (const pattern of forbidden) expect(text.match(pattern)?.[0] ?? null, `${page} ${String(pattern)}`).toBeNull();
      expect(text, page).toContain("mosovo report --force example-force.json");
    }
  });
});
