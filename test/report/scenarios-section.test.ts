import { describe, expect, it } from "vitest";
import { readableNumber } from "../../src/report/readable-number.js";
import { readableDate } from "../../src/report/readable-date.js";
import { comparisonColumns, comparisonCsv, scenariosSection } from "../../src/report/scenarios-section.js";
import { planWarnings } from "../../src/jobs/scenario-parts.js";
import { planCsv, planSection } from "../../src/report/plan-section.js";
import { compareScenarios } from "../../src/scenarios/compare-scenarios.js";
import { leastCostPlan } from "../../src/scenarios/least-cost-plan.js";
import { scenarioProjection, type Baseline } from "../../src/scenarios/scenario-projection.js";
import { handForce, handStandards } from "../workload/hand-checked-rules.js";
import { emptyScenario, handForecast } from "../scenarios/scenario-fixtures.js";

// 16 offender managers at 50 each carry 800; 1,050 and 1,100 people need 21 and 22
const baseline: Baseline = { forecast: handForecast({ point: [1050, 1100] }), standards: handStandards, force: handForce };

describe("comparisonCsv(projections)", () => {
  it("writes one row per scenario and year, with the figures worked out by hand", () => {
    const standStill = scenarioProjection(baseline, { ...emptyScenario, name: "Stand, still" });
    const lines = comparisonCsv([standStill]).split("\r\n");
    expect(lines[0]).toBe(comparisonColumns.join(","));
    const cells = lines[1].split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    // 1,050 ÷ 16 = 65.625 each; 16 ÷ 2 = 8; 16 × £60,000 + 2 × £70,000 = £1,100,000; a name with a comma is quoted
    expect(cells.slice(0, 8)).toEqual(['"Stand, still"', "2024-03-31", "1050", "16", "16", "2", "65.625", "8"]);
    // the chance of a breach, that year and in any year, rounds to 1 (800 against a median of 1,050, sd 50: z = −5);
    // the caseload, 1,000 + 50k/12 at month end k, is over 800 at all 12 month ends; the span (8) at none
    expect(cells.slice(9)).toEqual(["1", "1", "1100000", "false", "true", "12", "0"]);
    expect(lines).toHaveLength(1 + 2 + 1);
  });
});

describe("planSection(plan, description) and planCsv(plan)", () => {
  const plan = leastCostPlan(baseline, emptyScenario);

  it("tabulates the hires by year, the year-end staff and the pay bill, with the total", () => {
    // no training lag; the caseload runs 1,000 + 50k/12 at month end k of the first year: 1,004.2 ÷ 50 needs 21 from
    // the first month (April 2023), 5 hires; then 1,050 + 50j/12: 1,054.2 ÷ 50 needs 22 from April 2024; 21 ÷ 10 needs
    // a third supervisor from the first month
    // and no month end of either year breaches a target (21 carry 1,050, 22 carry 1,100; 21 ÷ 3 and 22 ÷ 3 are within 10)
    expect(planCsv(plan).split("\r\n").slice(1, 3)).toEqual(["2024-03-31,5,1,2023-04:5,2023-04:1,21,3,50,7,1470000,0,0,0", "2025-03-31,1,0,2024-04:1,,22,3,50,7.3333,1530000,0,0,0"]);
    const section = planSection(plan, { from: 'the scenario "<b>"', planningFor: "the point forecast", noHireBefore: { date: "2023-03-31", reason: "the inputs are known to 31 March 2023 (the caseload history's last year end)" } });
    expect(section.html).toContain("found from the scenario &quot;&lt;b&gt;&quot;");
    // 21 × £60,000 + 3 × £70,000 = £1,470,000; 22 × £60,000 + £210,000 = £1,530,000; £3,000,000 in all
    expect(section.html).toContain("It costs £3,000,000 over the 2 years.");
    expect(section.html).toContain("<tr><td class=\"nowrap\">Total</td><td class=\"number\">6</td><td class=\"number\">1</td><td></td><td class=\"number\">—</td><td class=\"number\">—</td><td class=\"number\">3,000,000</td></tr>");
  });

  it("states the no-hire-before date and why, and lists the month ends breached before the first hire can start", () => {
    // No hire before 30 June 2023: the first hire can start in July 2023, month 4. 16 carry 800, so the caseload
    // (1,004.2 to 1,012.5) breaches at the ends of April, May and June 2023, before any hire. Month end 4: 1,016.7 ÷ 50
    // needs 21: 5 hired in July, with a third supervisor (21 ÷ 2 = 10.5 in post from month end 4). The second year as above.
    const late = leastCostPlan(baseline, emptyScenario, undefined, "2023-06-30");
    // year one: 16 × £60,000 + 5 × £60,000 × 9/12 = £1,185,000; 2 × £70,000 + £70,000 × 9/12 = £192,500; £1,377,500.
    // 3 of its month ends breach the caseload target, none the span; 3 end before the first hire can start
    expect(planCsv(late).split("\r\n").slice(1, 3)).toEqual(["2024-03-31,5,1,2023-07:5,2023-07:1,21,3,50,7,1377500,3,0,3", "2025-03-31,1,0,2024-04:1,,22,3,50,7.3333,1530000,0,0,0"]);
    const section = planSection(late, { from: "the force profile", planningFor: "the point forecast", noHireBefore: { date: "2023-06-30", reason: "given with --no-hire-before" } });
    expect(section.html).toContain(
      "No hire is planned before 30 June 2023: given with --no-hire-before. The first hire can start in July 2023. " +
        "Before then the caseload target at the end of April 2023 to June 2023 is breached, and no hire can change that: those month ends are listed here, not planned for.",
    );
  });

  it("says the plan is the cheapest of all plans, leavers or not, and, if the search stopped at its limit, the most a cheaper one could save", () => {
    const proved = planSection(plan, { from: "the scenario", planningFor: "the point forecast", noHireBefore: { date: "2023-03-31", reason: "the inputs are known to 31 March 2023 (the caseload history's last year end)" } }).html;
    expect(proved).toContain("No plan that hires whole offender managers and supervisors at the start of any month from the first a hire can start is cheaper, with offender managers leaving or not");
    expect(proved).not.toContain("stopped at its limit of work before");
    // £1,234.20 at most: rounded up, so the sentence never claims less than the search proved
    const stopped = { ...plan, stoppedAtCap: true, possibleSaving: 1234.2 };
    expect(planSection(stopped, { from: "the scenario", planningFor: "the point forecast", noHireBefore: { date: "2023-03-31", reason: "the inputs are known to 31 March 2023 (the caseload history's last year end)" } }).html).toContain(
      "The search stopped at its limit of work before proving this the cheapest plan: it meets every target, and no plan costs more than £1,235 less.",
    );
    expect(planWarnings(stopped)).toEqual(["plan: the search stopped at its limit of work before proving the plan the cheapest; it meets every target, and no plan costs more than £1,235 less"]);
  });

  it("puts the plan's line among the compared scenarios' charts", () => {
    const projections = [scenarioProjection(baseline, emptyScenario), { ...plan.projection, name: "Plan" }];
    const section = scenariosSection(projections, compareScenarios(projections));
    expect(section.charts[0].figure.data.map((trace) => trace.name)).toEqual(["No change", "Plan", "Target"]);
  });

  it("adds the chance of a breach over the years a hire can still change, where the first years end before one can start", () => {
    const projections = [scenarioProjection(baseline, emptyScenario), { ...plan.projection, name: "Plan" }];
    const years = projections[0].years.map((year) => year.periodEnding);
    const summaries = compareScenarios(projections, years[0]);
    const { html } = scenariosSection(projections, summaries);
    expect(html).toContain(`The same from the year ending ${readableDate(years[1])}, the first a hire can still change (%)`);
    // each row gives the highest of its years after the first, as a percentage
    const rowOf = (name: string) => html.split("<tr>").find((row) => row.startsWith(`<td>${name}</td>`))!;
    const later = (index: number) => Math.max(...projections[index].years.slice(1).map((year) => year.probabilityCaseloadTargetBreached)) * 100;
    expect(rowOf("Plan")).toContain(`<td class="number">${readableNumber(later(1))}</td>`);
    // without the date, no such column
    expect(scenariosSection(projections, compareScenarios(projections)).html).not.toContain("the first a hire can still change");
  });

  it("names the capacity chart's 110% line the excessive-workload threshold, not a target", () => {
    const projections = [scenarioProjection(baseline, emptyScenario)];
    const capacity = scenariosSection(projections, compareScenarios(projections)).charts.find((chart) => chart.id === "scenario-capacity")!;
    const line = capacity.figure.data[capacity.figure.data.length - 1];
    expect(line.name).toBe("Excessive (110%)");
    expect(line.y).toEqual([110, 110]);
  });
});
