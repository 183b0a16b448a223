import { escapeHtml } from "./escape-html.js";
import { htmlTable } from "./html-table.js";
import type { ReportSection } from "./report-section.js";

/** A file the run read, identified so that a reader can check it is the file they hold. */
export interface ProvenanceInput {
  /** The path as given on the command line. */
  file: string;
  /** SHA-256 of the file's bytes, in hexadecimal: `sha256sum FILE` prints the same. */
  sha256: string;
  /** Data rows the run used from the file. */
  rowsUsed: number;
}

/** A figure or rule the results depend on, and where it comes from. */
export interface Assumption {
  /** What is taken to be true, such as "Home visits are made in pairs". */
  statement: string;
  /** Where it comes from: a publication, a model file and field, or "tool default". */
  source: string;
  /** True for a judgement the user may change; false for a published or recorded fact. */
  isAssumption: boolean;
}

/** What a reader needs to reproduce a report and judge how far to trust it. */
export interface Provenance {
  tool: { name: string; version: string };
  /** The command line as run, such as `mosovo forecast --history data/norfolk-rso.csv`. */
  commandLine: string;
  inputs: ProvenanceInput[];
  /** Every option's value as used, defaults included, in the order the command lists them. */
  options: { name: string; value: string }[];
  /** The seed of the random numbers, or null when the run used none. */
  seed: number | null;
  /** Where each method used is defined. */
  methodReferences: { method: string; reference: string }[];
  assumptions: Assumption[];
  /** Notes an analyst must see, such as years filled in or methods left out. */
  warnings: string[];
}

/** The id of the provenance section; no other section may use it. */
export const provenanceSectionId = "provenance";

/**
 * The report's last section: the tool version and command, each input with its SHA-256, the options
 * and seed, the methods' references, the assumptions and the warnings. Every string is escaped: file
 * names and sources come from the user.
 */
export function provenanceSection(provenance: Provenance): ReportSection {
  const { tool, commandLine, inputs, options, seed, methodReferences, assumptions, warnings } = provenance;
  const parts = [
    `<p>Made by ${escapeHtml(tool.name)} version ${escapeHtml(tool.version)} with the command</p>`,
    `<pre class="command-line"><code>${escapeHtml(commandLine)}</code></pre>`,
    "<h3>Inputs</h3>",
    "<p>To check that a file is the one used here, compare its SHA-256 (<code>sha256sum FILE</code>, or <code>Get-FileHash FILE</code> in PowerShell) with the one shown.</p>",
    htmlTable(
      [{ label: "File" }, { label: "SHA-256" }, { label: "Rows used", align: "right" }],
      inputs.map((input) => [input.file, { html: `<code class="hash">${escapeHtml(input.sha256)}</code>` }, input.rowsUsed]),
    ),
    "<h3>Options</h3>",
    htmlTable(
      [{ label: "Option" }, { label: "Value" }],
      [...options.map((option) => [option.name, option.value]), ["Random seed", seed === null ? "none: the run uses no random numbers" : String(seed)]],
    ),
    "<h3>Methods</h3>",
    htmlTable(
      [{ label: "Method" }, { label: "Reference" }],
      methodReferences.map((entry) => [entry.method, entry.reference]),
    ),
    "<h3>Assumptions and sources</h3>",
    assumptions.length === 0
      ? "<p>None recorded.</p>"
      : htmlTable(
          [{ label: "What the results take as given" }, { label: "Source" }, { label: "Kind" }],
          assumptions.map((entry) => [entry.statement, entry.source, entry.isAssumption ? "assumption" : "recorded fact"]),
        ),
    "<h3>Warnings</h3>",
    warnings.length === 0
      ? "<p>None.</p>"
      : `<ul class="warnings">\n${warnings.map((warning) => `<li>${escapeHtml(warning)}</li>`).join("\n")}\n</ul>`,
  ];
  return { id: provenanceSectionId, title: "Inputs, assumptions and method", html: parts.join("\n"), charts: [] };
}
