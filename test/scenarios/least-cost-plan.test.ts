import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { StaffingScenario } from "../../src/inputs/staffing-scenario.js";
import { leastCostPlan } from "../../src/scenarios/least-cost-plan.js";
import { scenarioProjection, type Baseline } from "../../src/scenarios/scenario-projection.js";
import { withinTarget } from "../../src/scenarios/within-target.js";
import { workforceProjection } from "../../src/scenarios/workforce-projection.js";
import { handForce, handStandards } from "../workload/hand-checked-rules.js";
import { emptyScenario, handForecast } from "./scenario-fixtures.js";

interface SmallCase {
  point: number[];
  offenderManagers: number;
  supervisors: number;
  maxCaseload: number;
  maxSpan: number;
  trainingMonths: number;
  offenderManagerAttritionPerYear: number;
  supervisorAttritionPerYear: number;
  offenderManagerCost: number;
  supervisorCost: number;
}

function baselineOf(small: SmallCase): Baseline {
  return {
    forecast: handForecast({ point: small.point }),
    standards: handStandards,
    force: {
      ...handForce,
      offenderManagers: { inPost: small.offenderManagers, costPerFte: small.offenderManagerCost },
      supervisors: { ...handForce.supervisors, inPost: small.supervisors, costPerFte: small.supervisorCost },
      targets: { maxCaseloadPerOffenderManager: small.maxCaseload, maxOffenderManagersPerSupervisor: small.maxSpan },
    },
  };
}

function startOf(small: SmallCase): StaffingScenario {
  const { trainingMonths, offenderManagerAttritionPerYear, supervisorAttritionPerYear } = small;
  return { ...emptyScenario, workforce: { trainingMonths, offenderManagerAttritionPerYear, supervisorAttritionPerYear } };
}

/** Every combination of whole hires from 0 to `most` in each year. */
function allHires(years: number, most: number): number[][] {
  if (years === 0) return [[]];
  return allHires(years - 1, most).flatMap((rest) => Array.from({ length: most + 1 }, (_, n) => [n, ...rest]));
}

/**
 * The exhaustive search the plan is checked against: every plan of 0 to `most` hires of each role at
 * the start of each year. Each plan's staff come from `workforceProjection` (offender managers and
 * supervisors projected separately, as neither's hires change the other's numbers); a plan meets the
 * targets when every year end has planned caseload ÷ trained offender managers and offender managers
 * in post ÷ supervisors within target; its cost is Σ average FTE × cost per FTE. A year's caseload
 * target is excused only if it ends before a hire made at the very start could finish training:
 * 12 × (year + 1) < training months.
 */
function cheapestByExhaustiveSearch(small: SmallCase, most: { offenderManagers: number; supervisors: number }): number | null {
  const years = small.point.length;
  const staff = (offenderManagers: number[], supervisors: number[]) =>
    workforceProjection(
      {
        offenderManagersAtStart: small.offenderManagers,
        supervisorsAtStart: small.supervisors,
        hires: offenderManagers.map((n, y) => ({ monthIndex: 12 * y, offenderManagers: n, supervisors: supervisors[y] })),
        trainingMonths: small.trainingMonths,
        offenderManagerAttritionPerYear: small.offenderManagerAttritionPerYear,
        supervisorAttritionPerYear: small.supervisorAttritionPerYear,
      },
      years,
    );
  const none = Array.from({ length: years }, () => 0);
  const offenderManagerPlans = allHires(years, most.offenderManagers).map((hires) => ({ hires, years: staff(hires, none) }));
  const supervisorPlans = allHires(years, most.supervisors).map((hires) => ({ hires, years: staff(none, hires) }));
  let cheapest: number | null = null;
  for (const managers of offenderManagerPlans) {
    const caseloadMet = managers.years.every(
      (year, k) => withinTarget(small.point[k], year.trainedOffenderManagers, small.maxCaseload) || 12 * (k + 1) < small.trainingMonths,
    );
    if (!caseloadMet) continue;
    for (const supervising of supervisorPlans) {
      const spanMet = managers.years.every((year, k) => withinTarget(year.offenderManagersInPost, supervising.years[k].supervisorsInPost, small.maxSpan));
      if (!spanMet) continue;
      const cost = managers.years.reduce(
        (total, year, k) => total + year.averageOffenderManagersInPost * small.offenderManagerCost + supervising.years[k].averageSupervisorsInPost * small.supervisorCost,
        0,
      );
      if (cheapest === null || cost < cheapest) cheapest = cost;
    }
  }
  return cheapest;
}

function planCost(small: SmallCase): { cost: number; plan: ReturnType<typeof leastCostPlan> } {
  const plan = leastCostPlan(baselineOf(small), startOf(small));
  return { cost: plan.projection.years.reduce((total, year) => total + year.cost, 0), plan };
}

const smallCases = (years: { min: number; max: number }, caseloadMost: number) =>
  fc.record({
    point: fc.array(fc.integer({ min: 0, max: caseloadMost }), { minLength: years.min, maxLength: years.max }),
    offenderManagers: fc.integer({ min: 0, max: 3 }),
    supervisors: fc.integer({ min: 0, max: 1 }),
    maxCaseload: fc.constantFrom(40, 50, 60),
    maxSpan: fc.constantFrom(2, 3, 4),
    trainingMonths: fc.constantFrom(0, 6, 12, 15),
    offenderManagerAttritionPerYear: fc.constantFrom(0, 0.1, 0.3),
    supervisorAttritionPerYear: fc.constantFrom(0, 0.2),
    offenderManagerCost: fc.integer({ min: 30_000, max: 70_000 }),
    supervisorCost: fc.integer({ min: 30_000, max: 120_000 }),
  });

describe("leastCostPlan(baseline, start, upperBoundLevel)", () => {
  /**
   * The plan meets the targets (re-projected, the years beyond reach excused as the search excuses them),
   * costs no more than the cheapest plan the search finds, and, when its hires are within the search's
   * bounds, so that the search has seen it, costs exactly as much.
   */
  const checkAgainstExhaustiveSearch = (small: SmallCase, most: { offenderManagers: number; supervisors: number }) => {
    const cheapest = cheapestByExhaustiveSearch(small, most);
    fc.pre(cheapest !== null);
    const { plan, cost } = planCost(small);
    const again = scenarioProjection(baselineOf(small), plan.scenario);
    again.years.forEach((year, k) => {
      expect(year.supervisionTargetMet).toBe(true);
      expect(year.caseloadTargetMet || 12 * (k + 1) < small.trainingMonths).toBe(true);
    });
    expect(cost).toBeLessThanOrEqual(cheapest! * (1 + 1e-9));
    const withinBounds = plan.hires.every((hire) => hire.offenderManagers <= most.offenderManagers && hire.supervisors <= most.supervisors);
    if (withinBounds) expect(cost).toBeGreaterThanOrEqual(cheapest! * (1 - 1e-9));
  };

  it("costs exactly the cheapest plan found by exhaustive search, over one- and two-year cases", () => {
    fc.assert(
      fc.property(smallCases({ min: 1, max: 2 }, 240), (small) => checkAgainstExhaustiveSearch(small, { offenderManagers: 7, supervisors: 5 })),
      { numRuns: 100 },
    );
  }, 60_000);

  it("costs exactly the cheapest plan found by exhaustive search, over three-year cases", () => {
    fc.assert(
      fc.property(smallCases({ min: 3, max: 3 }, 150), (small) => checkAgainstExhaustiveSearch(small, { offenderManagers: 4, supervisors: 3 })),
      { numRuns: 40 },
    );
  }, 60_000);

  it("costs exactly the cheapest plan found by exhaustive search, over five-year cases with few hires a year", () => {
    // 3⁵ offender manager plans × 2⁵ supervisor plans = 7,776 a case
    fc.assert(
      fc.property(smallCases({ min: 5, max: 5 }, 120), (small) => checkAgainstExhaustiveSearch(small, { offenderManagers: 2, supervisors: 1 })),
      { numRuns: 40 },
    );
  }, 120_000);

  it("meets both targets in every year when its scenario is projected again", () => {
    fc.assert(
      fc.property(smallCases({ min: 1, max: 5 }, 2000), (small) => {
        const { plan } = planCost(small);
        const again = scenarioProjection(baselineOf(small), plan.scenario);
        again.years.forEach((year) => {
          expect(year.supervisionTargetMet).toBe(true);
          if (!plan.yearsBeyondReach.includes(year.periodEnding)) expect(year.caseloadTargetMet).toBe(true);
        });
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it("beats hiring the fewest offender managers each year when a later hire would push the span over", () => {
    // Found by the exhaustive search test when the plan was cut back to its greedy start. 2 in post, 30% leave a year,
    // no supervisor, span at most 2; only the last year has a caseload: 84 ÷ 60 = 1.4 trained needed at its end.
    const small: SmallCase = {
      point: [0, 0, 84],
      offenderManagers: 2,
      supervisors: 0,
      maxCaseload: 60,
      maxSpan: 2,
      trainingMonths: 0,
      offenderManagerAttritionPerYear: 0.3,
      supervisorAttritionPerYear: 0,
      offenderManagerCost: 30_000,
      supervisorCost: 30_000,
    };
    // Greedy: 2 × 0.7³ = 0.686 left at the end; 2 more in the last year give 0.686 + 1.4 = 2.086 in post, over one
    // supervisor's span of 2, so a second supervisor: 1 supervisor from the start (3 years) + 1 in the last year + 2
    // offender managers for a year (average in post 0.8537 each) = £90,000 + £30,000 + 2 × 0.8537 × £30,000 = £171,220.
    // Better: 1 offender manager in the second year (0.7 left, 0.49 at the end) and 1 in the last: 0.686 + 0.49 + 0.7 =
    // 1.876 ≥ 1.4 trained, and 1.876 ≤ 2 for the one supervisor: £90,000 + (0.8537 + 0.5976 + 0.8537) × £30,000 = £159,147.
    const { plan } = planCost(small);
    expect(plan.hires.map((year) => year.offenderManagers)).toEqual([0, 1, 1]);
    expect(plan.hires.map((year) => year.supervisors)).toEqual([1, 0, 0]);
  });

  it("hires by hand-checkable arithmetic when no one leaves and training takes six months", () => {
    // 1,050 then 1,150 at 50 per offender manager need 21 then 23; 16 in post, so 5 in year one and 2 in year two,
    // each trained by the year end (month 0 + 6 ≤ 12). Span: 21 ÷ 10 = 2.1 and 23 ÷ 10 = 2.3 need a third supervisor in year one.
    const small: SmallCase = {
      point: [1050, 1150],
      offenderManagers: 16,
      supervisors: 2,
      maxCaseload: 50,
      maxSpan: 10,
      trainingMonths: 6,
      offenderManagerAttritionPerYear: 0,
      supervisorAttritionPerYear: 0,
      offenderManagerCost: 60_000,
      supervisorCost: 70_000,
    };
    const { plan, cost } = planCost(small);
    expect(plan.hires.map((year) => [year.offenderManagers, year.supervisors])).toEqual([[5, 1], [2, 0]]);
    // year one 21 × 60,000 + 3 × 70,000 = 1,470,000; year two 23 × 60,000 + 3 × 70,000 = 1,590,000
    expect(cost).toBeCloseTo(3_060_000, 6);
    expect(plan.scenario.workforce?.hires).toEqual([
      { yearEnding: 2024, month: 1, offenderManagers: 5, supervisors: 1 },
      { yearEnding: 2025, month: 1, offenderManagers: 2, supervisors: 0 },
    ]);
  });

  it("names the years no hire can reach because training outlasts them, and meets the rest", () => {
    // 18 months' training: a hire at the start of 2024 carries cases from month 18, so only from the end of 2025
    const small: SmallCase = {
      point: [1050, 1100, 1100],
      offenderManagers: 16,
      supervisors: 3,
      maxCaseload: 50,
      maxSpan: 10,
      trainingMonths: 18,
      offenderManagerAttritionPerYear: 0,
      supervisorAttritionPerYear: 0,
      offenderManagerCost: 60_000,
      supervisorCost: 70_000,
    };
    const { plan } = planCost(small);
    expect(plan.yearsBeyondReach).toEqual(["2024-03-31"]);
    // 1,100 ÷ 50 = 22 trained by the end of 2025: 6 hired at the start of 2024; none in the last year (never trained in time)
    expect(plan.hires.map((year) => year.offenderManagers)).toEqual([6, 0, 0]);
  });

  it("plans for the upper bound of an interval when asked, and writes the level into its scenario", () => {
    const small: SmallCase = {
      point: [1000],
      offenderManagers: 20,
      supervisors: 2,
      maxCaseload: 50,
      maxSpan: 10,
      trainingMonths: 0,
      offenderManagerAttritionPerYear: 0,
      supervisorAttritionPerYear: 0,
      offenderManagerCost: 60_000,
      supervisorCost: 70_000,
    };
    // upper 80% = 1,000 + 1.281552 × 50 = 1,064.08; ÷ 50 = 21.28, so 22 offender managers: 2 more, and a third supervisor
    const plan = leastCostPlan(baselineOf(small), startOf(small), 80);
    expect(plan.hires[0]).toEqual({ periodEnding: "2024-03-31", offenderManagers: 2, supervisors: 1 });
    expect(plan.scenario.demand?.upperBoundLevel).toBe(80);
  });
});
