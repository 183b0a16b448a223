import { readPlotlyBundle } from "../io/read-plotly-bundle.js";
import { type OutputContent, writeOutputDirectory } from "../io/write-output-directory.js";
import type { HtmlReport } from "../report/html-report.js";
import { checkedPlotlyBundle } from "../report/plotly-bundle.js";
import { reportFiles } from "../report/report-files.js";

/** Where a command writes its folder, as its `--out` and `--replace` options and its own name give it. */
export interface ReportFolder {
  out: string;
  replace: boolean;
  command: string;
}

/**
 * Writes a command's output folder, all or nothing (`writeOutputDirectory`): its own files, then
 * report.html and a page for each chart, with Plotly read and checked once. Gives the line that says
 * what was written, for the command to print after its other lines.
 */
export function writeReportFolder(folder: ReportFolder, ownFiles: readonly (readonly [string, OutputContent])[], report: Omit<HtmlReport, "plotlyBundle">): string {
  const files = new Map<string, OutputContent>([...ownFiles, ...reportFiles({ ...report, plotlyBundle: checkedPlotlyBundle(readPlotlyBundle()) })]);
  writeOutputDirectory(folder.out, files, { replace: folder.replace, command: folder.command });
  return `Wrote ${[...files.keys()].filter((name) => !name.startsWith("charts/")).join(", ")} and charts/ to ${folder.out}`;
}
