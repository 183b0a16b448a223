import type { Assumption, Provenance, ProvenanceInput } from "../report/provenance.js";
import type { ReportSection } from "../report/report-section.js";

/**
 * What one stage (the register, the operational measures, the scenarios) adds to a report and its
 * output folder; the command or the report puts the stages' parts together.
 */
export interface ReportParts {
  sections: ReportSection[];
  /** CSV and JSON files by their names in the output folder. */
  files: [string, string][];
  /** Every file the stage read, for the report's inputs. */
  inputs: ProvenanceInput[];
  methodReferences: Provenance["methodReferences"];
  assumptions: Assumption[];
  warnings: string[];
}
