import { escapeHtml } from "./escape-html.js";
import { htmlTable } from "./html-table.js";
/** The id of the provenance section; no other section may use it. */
export const provenanceSectionId = "provenance";
/**
 * The report's last section: the tool version and command, each input with its SHA-256, the options
 * and seed, the methods' references, the assumptions and the warnings. Every string is escaped: file
 * names and sources come from the user.
 */
export function provenanceSection(provenance) {
    const { tool, commandLine, inputs, options, seed, methodReferences, assumptions, warnings } = provenance;
    const parts = [
        `<p>Made by ${escapeHtml(tool.name)} version ${escapeHtml(tool.version)} with the command</p>`,
        `<pre class="command-line"><code>${escapeHtml(commandLine)}</code></pre>`,
        "<h3>Inputs</h3>",
        "<p>To check that a file is the one used here, compare its SHA-256 (<code>sha256sum FILE</code>, or <code>Get-FileHash FILE</code> in PowerShell) with the one shown.</p>",
        htmlTable([{ label: "File" }, { label: "SHA-256" }, { label: "Rows used", align: "right" }], inputs.map((input) => [input.file, { html: `<code class="hash">${escapeHtml(input.sha256)}</code>` }, input.rowsUsed])),
        "<h3>Options</h3>",
        htmlTable([{ label: "Option" }, { label: "Value" }], [...options.map((option) => [option.name, option.value]), ["Random seed", seed === null ? "none: the run uses no random numbers" : String(seed)]]),
        "<h3>Methods</h3>",
        htmlTable([{ label: "Method" }, { label: "Reference" }], methodReferences.map((entry) => [entry.method, entry.reference])),
        "<h3>Assumptions and sources</h3>",
        assumptions.length === 0
            ? "<p>None recorded.</p>"
            : htmlTable([{ label: "What the results take as given" }, { label: "Source" }, { label: "Kind" }], assumptions.map((entry) => [entry.statement, entry.source, entry.isAssumption ? "assumption" : "recorded fact"])),
        "<h3>Warnings</h3>",
        warnings.length === 0
            ? "<p>None.</p>"
            : `<ul class="warnings">\n${warnings.map((warning) => `<li>${escapeHtml(warning)}</li>`).join("\n")}\n</ul>`,
    ];
    return { id: provenanceSectionId, title: "Inputs, assumptions and method", html: parts.join("\n"), charts: [] };
}
