import { describe, expect, it } from "vitest";
import { operationalMeasures } from "../../src/operations/operational-measures.js";
import { operationsSection } from "../../src/report/operations-section.js";
import { projection } from "../operations/outlook-fixture.js";
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

  it("shows the abstraction share with and without leave and sickness, each against the profile's shares", () => {
    // March complete on the 31st: 7.5 h secondment + 15 h annual leave + 30 h sick = 52.5 h of 100 h available = 52.5%;
    // without leave and sickness 7.5 ÷ 100 = 7.5%. The profile: 0.13 + 0.05 + 0.04 + 0.05 = 27.0%; 0.05 + 0.05 = 10.0%
    const more = [...away, { day: day("2025-03-04"), staffNumber: 1, hours: 15, reason: "annual_leave" }, { day: day("2025-03-05"), staffNumber: 1, hours: 30, reason: "sick" }];
    const assumedTimeAway = { leaveShare: 0.13, trainingShare: 0.05, sicknessShare: 0.04, abstractionShare: 0.05 };
    const html = operationsSection(operationalMeasures(items, more, { ...options, assumedTimeAway })).html;
    expect(html).toContain("Abstraction share over the complete month 2025-03, with and without leave and sickness");
    expect(html).toMatch(/<td>Every reason in the extract<\/td><td class="number">52\.5<\/td><td class="number">27\.0<\/td>/);
    expect(html).toMatch(/<td>Every reason but annual leave and sickness<\/td><td class="number">7\.5<\/td><td class="number">10\.0<\/td>/);
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

describe("operationsSection(measures) with an outlook", () => {
  // The outlook tests' case (test/operations/outstanding-outlook.test.ts): 100 h of work falling due a
  // month; 8 overdue items on 31 March 2026 (2 very high, 1 medium, 5 low) and 1 high due that day.
  const extract = [
    item("home_visit", "very_high", "2026-03-01"),
    item("home_visit", "very_high", "2026-03-30"),
    item("risk_management_plan", "high", "2026-03-31"),
    item("arms_assessment", "medium", "2026-02-15"),
    ...Array.from({ length: 5 }, () => item("home_visit", "low", "2026-01-10")),
  ];
  // 8 FTE (80 h): low risk gets no hours and its overdue grow to 5 + 10 × 11 = 115.
  // 10.5 FTE (105 h): 16 h left for low in month 1 clear its 5 overdue visits (10 h), so none is overdue after month 1.
  const scenarios = [projection(8), projection(10.5, { name: "More <staff>", forceProfile: "force.json" })];
  const section = operationsSection(operationalMeasures(extract, null, { asOf: day("2026-03-31"), availableHoursPerMonth: null, suppressBelow: 0, scenarios }));

  it("says for each scenario how many items are overdue at the start and outstanding after twelve months, and whether they are cleared", () => {
    // No change: medium leaves 2.25 ARMS undone every month, low 5 + 10 × 12 = 125 outstanding: 127.25, 115 overdue.
    // More staff: low gets 16 h in month 1 (5 overdue visits, 3 new: 7 left), then 25 h a month against 20 h of new
    // visits: 7 → 4.5 → 2 → 0 outstanding at the ends of months 1 to 4, so every level is clear from month 4.
    expect(section.html).toContain(
      "No change: 8 items overdue at the start, not cleared within 12 months; 127 outstanding, 115 of them overdue, after 12 months. " +
        "More &lt;staff&gt;: 8 items overdue at the start, cleared in 4 months; 0 outstanding, 0 of them overdue, after 12 months.",
    );
  });

  it("tables the months to clear by risk level, in words where there is no number, and says when a backlog grows", () => {
    // medium is never overdue at a month end but never clear either (1 outstanding at the start, 2.25 at the end)
    expect(section.html).toContain(
      '<tr><td>No change</td><td class="number">1</td><td class="number">1</td><td class="number">not within 12 months; growing</td>' +
        '<td class="number">not within 12 months; growing</td><td class="number">not within 12 months; growing</td></tr>',
    );
  });

  it("draws one chart per risk level, each line starting at the as-of date", () => {
    const ids = ["outlook-very-high", "outlook-high", "outlook-medium", "outlook-low"];
    expect(section.charts.map((chart) => chart.id).slice(-4)).toEqual(ids);
    for (const id of ids) expect(section.html).toContain(`<div data-chart="${id}"></div>`);
    const low = section.charts.find((chart) => chart.id === "outlook-low")!.figure.data[0] as { name: string; x: string[]; y: number[] };
    expect(low.name).toBe("No change");
    expect(low.x[0]).toBe("2026-03-31");
    expect(low.x[12]).toBe("2027-03-31");
    expect(low.y[0]).toBe(5);
    expect(low.y[12]).toBeCloseTo(125, 9); // 5 + 10 × 12 outstanding
  });

  it("says why there is no outlook without scenarios", () => {
    const without = operationsSection(operationalMeasures(extract, null, { asOf: day("2026-03-31"), availableHoursPerMonth: null, suppressBelow: 0 }));
    expect(without.html).toContain("No force profile was given");
    expect(without.charts.some((chart) => chart.id.startsWith("outlook-"))).toBe(false);
  });
});
