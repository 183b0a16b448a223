import type { Provenance } from "./provenance.js";

/**
 * An absolute path of this machine, written Unix-style (`/home/…`) or Windows-style (`C:\…`), standing
 * where a path can stand in a report's text: at the start, or after a space, `(`, `=` or a quotation mark.
 */
const absolutePath = /(^|[\s("'=])((?:\/|[A-Za-z]:[\\/])[^\s"'(),;]*)/g;

/**
 * Text as a report may show it: a path given relative (as typed, such as `models/example-force.json`) is
 * kept; an absolute path becomes its file name, because a report is sent to people who do not have this
 * machine's folders, and a folder name can say more about the analyst than the report should.
 *
 * @example
 * withoutLocalPaths("--force /home/ana/force.json"); // => "--force force.json"
 */
export function withoutLocalPaths(text: string): string {
  return text.replace(absolutePath, (_, before: string, path: string) => `${before}${fileName(path)}`);
}

function fileName(path: string): string {
  const parts = path.split(/[\\/]/).filter((part) => part !== "");
  return parts.length === 0 ? path : parts[parts.length - 1];
}

/** The provenance with every path in its text shown as `withoutLocalPaths` shows it. */
export function provenanceWithoutLocalPaths(provenance: Provenance): Provenance {
  return {
    ...provenance,
    commandLine: withoutLocalPaths(provenance.commandLine),
    inputs: provenance.inputs.map((input) => ({ ...input, file: withoutLocalPaths(input.file) })),
    options: provenance.options.map((option) => ({ ...option, value: withoutLocalPaths(option.value) })),
    methodReferences: provenance.methodReferences.map((entry) => ({ ...entry, reference: withoutLocalPaths(entry.reference) })),
    assumptions: provenance.assumptions.map((entry) => ({ ...entry, statement: withoutLocalPaths(entry.statement), source: withoutLocalPaths(entry.source) })),
    warnings: provenance.warnings.map(withoutLocalPaths),
  };
}
