import { describe, expect, it } from "vitest";
import { operationalMeasures } from "../../src/operations/operational-measures.js";
import { operationsSection } from "../../src/report/operations-section.js";
import { day, item } from "../operations/work-item-fixture.js";

const items = [
  item("home_visit", "very_high", "2025-02-28"), // 31 days overdue on 2025-03-31
  item("home_visit", "very_high", "2025-02-27"), // 32
  item("home_visit", "high", "2025-03-30"), // 1
  item("arms_assessment", "low", "2025-04-10"), // not yet due
];
const away = [{ day: day("2025-03-03"), staffNumber: 0, hours: 7.5, reason: "r&d <secondment>" }];
const options = { asOf: day("2025-03-31"), availableHoursPerMonth: 100, suppressBelow: 0 };

describe("operationsSection(measures)", () => {
  it("sums overdue items into the summary and places the heat map, trend and abstraction charts", () => {
    const section = operationsSection(operationalMeasures(items, away, options));
    expect(section.id).toBe("operations");
    expect(section.html).toContain("On 31 March 2025, 3 of 4 work items in the extract were overdue, 2 of them for very-high-risk offenders.");
    expect(section.charts.map((chart) => chart.id)).toEqual(["outstanding-work-heat-map", "on-time-completion", "supervisor-reviews", "abstraction-hours"]);
    for (const chart of section.charts) expect(section.html).toContain(`<div data-chart="${chart.id}"></div>`);
  });

  it("labels the heat map's very-high-risk home visits 2 items, the oldest 32 days overdue, and puts very high risk above low", () => {
    const [heatMap] = operationsSection(operationalMeasures(items, null, options)).charts;
    const trace = heatMap.figure.data[0] as { y: string[]; z: (number | null)[][]; text: string[][] };
    const row = trace.y.indexOf("Home visit · Very high");
    expect(trace.z[row]).toEqual([0, 0, 2, 0]);
    expect(trace.text[row][2]).toBe("2 (oldest 32 d)");
    expect(trace.y.indexOf("ARMS assessment · Very high")).toBeGreaterThan(trace.y.indexOf("ARMS assessment · Low"));
  });

  it("says \"at least\" and shows * where counts are hidden", () => {
    const section = operationsSection(operationalMeasures(items, null, { ...options, suppressBelow: 2 }));
    // the single high-risk visit 1 day overdue is hidden; the two very-high-risk ones are shown
    expect(section.html).toContain("at least 2 of 4 work items in the extract were overdue, 2 of them");
    expect(section.html).toContain("<td>*</td>".replace("<td>", '<td class="number">'));
    const trace = section.charts[0].figure.data[0] as { y: string[]; text: string[][] };
    expect(trace.text[trace.y.indexOf("Home visit · High")][1]).toBe("hidden");
  });

  it("escapes reasons from the extract", () => {
    const section = operationsSection(operationalMeasures(items, away, options));
    expect(section.html).toContain("r&amp;d &lt;secondment&gt;");
    expect(section.html).not.toContain("<secondment>");
  });
});
