import { describe, expect, it } from "vitest";
import { provenanceWithoutLocalPaths, withoutLocalPaths } from "../../src/report/report-path.js";

describe("withoutLocalPaths(text)", () => {
  it.each([
    ["mosovo report --force /home/ana/force.json --horizon 5", "mosovo report --force force.json --horizon 5"],
    ["the scenario \"Status quo\" (/work/models/status-quo.json)", "the scenario \"Status quo\" (status-quo.json)"],
    ["C:\\Users\\ana\\force.json: scenarios", "force.json: scenarios"],
    ["--out=/tmp/x/report", "--out=report"],
  ])("shows an absolute path by its file name: %s", (text, expected) => {
    expect(withoutLocalPaths(text)).toBe(expected);
  });

  it.each(["models/example-force.json: scenarios", "1,163 / 77 = 15.1 FTE", "1–30, 31–90 and over 90 days", "../data/history.csv"])(
    "keeps a relative path and text that is no path: %s",
    (text) => {
      expect(withoutLocalPaths(text)).toBe(text);
    },
  );
});

describe("provenanceWithoutLocalPaths(provenance)", () => {
  it("shows every absolute path of the provenance by its file name", () => {
    const shown = provenanceWithoutLocalPaths({
      tool: { name: "mosovo-workload", version: "1" },
      commandLine: "mosovo report --force /root/f.json",
      inputs: [{ file: "/root/f.json", sha256: "ab", rowsUsed: 1 }],
      options: [{ name: "--force", value: "/root/f.json" }],
      seed: null,
      methodReferences: [{ method: "m", reference: "see /root/notes.md" }],
      assumptions: [{ statement: "from /root/a.json", source: "/root/f.json: scenarios", isAssumption: true }],
      warnings: ["/root/h.csv, line 2: filled in"],
    });
    expect(JSON.stringify(shown)).not.toContain("/root/");
    expect(shown.inputs[0].file).toBe("f.json");
    expect(shown.assumptions[0].source).toBe("f.json: scenarios");
  });
});
