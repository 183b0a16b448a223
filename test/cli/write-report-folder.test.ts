import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeReportFolder } from "../../src/cli/write-report-folder.js";
import { readPlotlyBundle } from "../../src/io/read-plotly-bundle.js";
import { forecastSection } from "../../src/report/forecast-section.js";
import { sampleForecast, sampleProvenance } from "../report/sample-forecast.js";

describe("writeReportFolder(folder, ownFiles, report)", () => {
  const scratch = mkdtempSync(join(tmpdir(), "mosovo-report-folder-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("writes the command's files, report.html and a page a chart, and names what it wrote but the chart pages", () => {
    const out = join(scratch, "forecast");
    const section = forecastSection(sampleForecast);
    const line = writeReportFolder({ out, replace: false, command: "forecast" }, [["forecast.csv", "a,b\r\n1,2\r\n"]], {
      title: "A title",
      subtitle: "A subtitle",
      sections: [section],
      provenance: sampleProvenance,
    });
    expect(line).toBe(`Wrote forecast.csv, report.html and charts/ to ${out}`);
    expect(readdirSync(out).sort()).toEqual([".mosovo-output", "charts", "forecast.csv", "report.html"]);
    expect(readdirSync(join(out, "charts")).sort()).toEqual(section.charts.map((chart) => `${chart.id}.html`).sort());
    expect(readFileSync(join(out, "forecast.csv"), "utf8")).toBe("a,b\r\n1,2\r\n");
    const report = readFileSync(join(out, "report.html"), "utf8");
    expect(report).toContain("<title>A title</title>");
    // the Plotly bundle inlined, whole, once
    expect(report.split(Buffer.from(readPlotlyBundle()).toString("utf8")).length).toBe(2);
  });

  it("refuses to replace a folder without --replace, and writes nothing", () => {
    const out = join(scratch, "forecast");
    expect(() => writeReportFolder({ out, replace: false, command: "forecast" }, [["other.csv", "x"]], { title: "t", subtitle: "s", sections: [], provenance: sampleProvenance })).toThrow(/--replace/);
    expect(readdirSync(out)).not.toContain("other.csv");
  });
});
