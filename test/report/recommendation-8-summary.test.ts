import { describe, expect, it } from "vitest";
import { assessDemand } from "../../src/recommendation-8/assess-demand.js";
import { type DemandYearEvidence, type Recommendation8Evidence, recommendation8Section } from "../../src/report/recommendation-8-summary.js";

const rules = {
  description: "test rules",
  outstandingWork: { mostDaysOverdueAtVeryHighOrHighRisk: 30, mostDaysOverdueAtMediumOrLowRisk: 90 },
  supervisorReviews: { shareWithinOneMonthMet: 0.95, shareWithinOneMonthAtRisk: 0.85 },
};

const year: DemandYearEvidence = {
  periodEnding: "2031-03-31",
  caseload: { point: 1200, lower80: 1100, upper80: 1400 },
  needAtPoint: { offenderManagers: 24, supervisors: 2.4 },
  needAtUpper80: { offenderManagers: 28, supervisors: 2.8 },
  inPost: { offenderManagers: 20, supervisors: 2 },
  postsToFundAtPoint: { offenderManagers: 4, supervisors: 1 },
  postsToFundAtUpper80: { offenderManagers: 8, supervisors: 1 },
  // 4 × £62,000 + 1 × £72,000 = £320,000; 8 × £62,000 + £72,000 = £568,000
  costOfPostsAtPoint: 320_000,
  costOfPostsAtUpper80: 568_000,
};

const withoutExtracts: Recommendation8Evidence = {
  rulesFile: "rules.json",
  rules,
  demand: {
    assessment: assessDemand([year]),
    lastRecorded: { periodEnding: "2026-03-31", registeredSexOffenders: 1000 },
    years: [year],
    options: null,
    chosenOption: null,
  },
  operations: null,
};

/** The status shown after each part's heading, in order. */
function statuses(html: string): string[] {
  return [...html.matchAll(/<span class="status status-[a-z-]+">([^<]+)<\/span>/g)].map((match) => match[1]);
}

describe("recommendation8Section(evidence)", () => {
  it("says no data, never met, for each operational part without extracts, and what to provide", () => {
    const { html } = recommendation8Section(withoutExtracts);
    expect(statuses(html)).toEqual(["Not met", "No data", "No data", "No data"]);
    expect(html).toContain("Give an abstractions extract");
    expect(html).toContain("Give a work-items extract");
  });

  it("gives the caseload now and in five years with its range, and the whole posts' cost", () => {
    const { html } = recommendation8Section(withoutExtracts);
    expect(html).toContain("Community caseload 1,000 on 31 March 2026, forecast 1,200 by 31 March 2031 (80% range 1,100–1,400)");
    expect(html).toContain("Fund 4 + 1 posts (offender managers + supervisors) by 31 March 2031 for the point forecast, £320,000 a year as whole posts, or 8 + 1 (£568,000)");
  });

  it("asks for no post at the point forecast when only the upper bound's need is short (at risk)", () => {
    // in post 24 + 2.4 cover the point forecast's 24 and 2.4, not the upper bound's 28 and 2.8
    const atRisk: DemandYearEvidence = { ...year, inPost: { offenderManagers: 24, supervisors: 2.4 }, postsToFundAtPoint: { offenderManagers: 0, supervisors: 0 }, costOfPostsAtPoint: 0, postsToFundAtUpper80: { offenderManagers: 4, supervisors: 1 }, costOfPostsAtUpper80: 320_000 };
    const { html } = recommendation8Section({ ...withoutExtracts, demand: { ...withoutExtracts.demand, assessment: assessDemand([atRisk]), years: [atRisk] } });
    expect(html).toContain('status-at-risk">At risk');
    expect(html).toContain("No post is needed for the point forecast; fund 4 + 1 posts (offender managers + supervisors) by 31 March 2031, £320,000 a year as whole posts, to be ready for the upper bound.");
    expect(html).not.toContain("Fund 0 + 0");
  });

  it("shows each rule's numbers as the rules give them", () => {
    const { html } = recommendation8Section(withoutExtracts);
    expect(html).toContain("more than 30 days overdue");
    expect(html).toContain("more than 90 days");
    expect(html).toContain("at least 95.0% was reviewed");
    expect(html).toContain("at risk from 85.0%");
  });

  it("sets the options side by side over the years a hire can still change, where the first year ends before any hire can start", () => {
    // both options breach for certain in the first year, before any hire; from the second year 100% and 12%
    const option = (name: string, probability: number) => ({
      name,
      lastYearStaff: { offenderManagers: 20, supervisors: 2 },
      totalCost: 5_000_000,
      probabilityOfABreachInAnyYear: 1,
      onceHiresCanStart: { fromPeriodEnding: "2027-03-31", probability },
      lastYearCapacityPercent: 105,
    });
    const { html } = recommendation8Section({
      ...withoutExtracts,
      demand: { ...withoutExtracts.demand, options: [option("Status quo", 1), option("Plan", 0.12)], chosenOption: "Plan" },
    });
    expect(html).toContain("Chance of a caseload breach in any year from the year ending 31 March 2027, the first a hire can still change (at least)");
    expect(html).toContain("<td>Plan</td><td>20.0 + 2.0</td><td class=\"number\">5,000,000</td><td class=\"number\">0</td><td class=\"number\">12%</td>");
  });

  it("sets the options side by side with each one's cost against the first", () => {
    const option = (name: string, totalCost: number, probability: number) => ({
      name,
      lastYearStaff: { offenderManagers: 20, supervisors: 2 },
      totalCost,
      probabilityOfABreachInAnyYear: probability,
      onceHiresCanStart: null,
      lastYearCapacityPercent: 105,
    });
    const { html } = recommendation8Section({
      ...withoutExtracts,
      demand: { ...withoutExtracts.demand, options: [option("Status quo", 5_000_000, 1), option("Plan", 5_600_000, 0.1)], chosenOption: "Plan" },
    });
    expect(html).toContain("<td>Plan</td><td>20.0 + 2.0</td><td class=\"number\">5,600,000</td><td class=\"number\">+600,000</td><td class=\"number\">10%</td>");
    expect(html).toMatch(/(&quot;|&#34;)Plan(&quot;|&#34;) the least/);
  });
});
