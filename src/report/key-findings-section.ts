import { escapeHtml } from "./escape-html.js";
import type { ReportSection } from "./report-section.js";

/** One finding for the top of a report: a sentence of plain text and the section its figures come from. */
export interface KeyFinding {
  /**
   * Plain text (escaped when placed). Every figure in it is shown in the named section, or follows from
   * its tables in one step the sentence names (a sum, or a total over months).
   */
  text: string;
  /** The id of the section that shows the figures, for the link after the sentence. */
  sectionId: string;
}

/**
 * "At a glance": the findings a chief officer or an inspector reads first, one sentence each, each
 * linked to the section of this report whose tables hold its figures, so that every number can be
 * traced. The findings are made by the stages that own the numbers (`forecastSummary`,
 * `staffingKeyFindings`, `scenarioKeyFindings`, `operationsKeyFindings`); this section only lists them,
 * in the order given.
 *
 * @param sections the report's other sections, for each link's words
 * @throws {Error} for a finding that names a section not among them: a mistake in the code
 */
export function keyFindingsSection(findings: readonly KeyFinding[], sections: readonly ReportSection[]): ReportSection {
  const items = findings.map((finding) => {
    const section = sections.find((candidate) => candidate.id === finding.sectionId);
    if (section === undefined) throw new Error(`a key finding names the section "${finding.sectionId}", which the report does not have`);
    return `<li>${escapeHtml(finding.text)} <a href="#${section.id}">(${escapeHtml(section.title)})</a></li>`;
  });
  const html = [
    "<p>The main figures of this report, each linked to the section that shows how it was reached.</p>",
    `<ul>\n${items.join("\n")}\n</ul>`,
  ].join("\n");
  return { id: "at-a-glance", title: "At a glance", html, charts: [] };
}
