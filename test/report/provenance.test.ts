import { describe, expect, it } from "vitest";
import { provenanceSection } from "../../src/report/provenance.js";
import { sampleProvenance } from "./sample-forecast.js";

describe("provenanceSection(provenance)", () => {
  it("shows the tool version, the command as run, and each input with its SHA-256 and rows used", () => {
    const { html } = provenanceSection(sampleProvenance);

    expect(html).toContain("mosovo-workload version 0.1.0");
    expect(html).toContain(`<code>${sampleProvenance.commandLine}</code>`);
    expect(html).toContain(
      `<tr><td>data/example-force-rso.csv</td><td><code class="hash">${sampleProvenance.inputs[0].sha256}</code></td><td class="number">11</td></tr>`,
    );
  });

  it("says whether each figure is an assumption or a recorded fact, with its source", () => {
    const { html } = provenanceSection(sampleProvenance);

    expect(html).toContain("<tr><td>A missing year lies halfway between its neighbours</td><td>tool default</td><td>assumption</td></tr>");
    expect(html).toContain("<td>data/example-force-rso.csv</td><td>recorded fact</td>");
  });

  it("states the seed when there is one, and that no random numbers were used when there is none", () => {
    expect(provenanceSection({ ...sampleProvenance, seed: 20260401 }).html).toContain("<tr><td>Random seed</td><td>20260401</td></tr>");
    expect(provenanceSection(sampleProvenance).html).toContain("<td>Random seed</td><td>none: the run uses no random numbers</td>");
  });

  it("lists the warnings, escaped, and says None when there are none", () => {
    expect(provenanceSection({ ...sampleProvenance, warnings: ["<b>2019</b> filled"] }).html).toContain("<li>&lt;b&gt;2019&lt;/b&gt; filled</li>");
    expect(provenanceSection({ ...sampleProvenance, warnings: [] }).html).toContain("<h3>Warnings</h3>\n<p>None.</p>");
  });

  it("is a section without charts, with the id the report reserves for it", () => {
    const section = provenanceSection(sampleProvenance);

    expect(section.id).toBe("provenance");
    expect(section.charts).toEqual([]);
  });
});
