import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { staffingNeed, type StaffingSituation } from "../../src/workload/staffing-need.js";
import type { ForceValues, WorkloadStandardValues } from "../../src/workload/staffing-rules.js";
import { handForce, handOneOffWork, handStandards } from "./hand-checked-rules.js";

const situation: StaffingSituation = Object.freeze({
  registeredSexOffenders: 1000,
  peopleInCustody: 100,
  offenderManagersInPost: 16,
  supervisorsInPost: 2,
});

describe("staffingNeed(situation, standards, force)", () => {
  // From the other workload tests: 29,860 workload hours, 1,891.6667 supervisor review hours, and
  // 35 h × 365.25 ÷ 7 × (1 − 0.2) = 1,461 productive hours per FTE.
  const need = staffingNeed(situation, handStandards, handForce);

  it("reckons offender managers by ratio: caseload ÷ target caseload", () => {
    // 1,000 ÷ 50 = 20 FTE
    expect(need.offenderManagersNeededByRatio).toBeCloseTo(20, 9);
  });

  it("reckons offender managers by activity: workload hours ÷ productive hours per FTE", () => {
    // 29,860 ÷ 1,461 = 20.438056 FTE
    expect(need.productiveHoursPerFte).toBeCloseTo(1461, 9);
    expect(need.offenderManagersNeededByActivity).toBeCloseTo(20.438056, 6);
    // the planning figure is the larger: 20.438056
    expect(need.offenderManagersNeeded).toBeCloseTo(20.438056, 6);
  });

  it("takes the larger of span of control and review hours for supervisors", () => {
    // span: 20.438056 ÷ 10 = 2.0438056
    expect(need.supervisorsNeededBySpan).toBeCloseTo(2.0438056, 6);
    // review: 1,891.6667 h ÷ (1,461 × 0.5 = 730.5 h) = 2.5895505
    expect(need.supervisorsNeededByReviewHours).toBeCloseTo(2.5895505, 6);
    expect(need.supervisorsNeeded).toBeCloseTo(2.5895505, 6);
  });

  it("compares the staff in post with the caseload and the workload", () => {
    // 1,000 ÷ 16 = 62.5 per offender manager; 16 ÷ 2 = 8 per supervisor; 1,000 ÷ 2 = 500 per supervisor
    expect(need.caseloadPerOffenderManager).toBeCloseTo(62.5, 9);
    expect(need.offenderManagersPerSupervisor).toBeCloseTo(8, 9);
    expect(need.registeredSexOffendersPerSupervisor).toBeCloseTo(500, 9);
    // capacity: 29,860 h ÷ (16 × 1,461 = 23,376 h) × 100 = 127.73785%
    expect(need.capacityPercent).toBeCloseTo(127.73785, 4);
  });

  it("states the gap in FTE, its cost a year, and whole posts to fund", () => {
    // 20.438056 − 16 = 4.438056 offender managers; 2.5895505 − 2 = 0.5895505 supervisors
    expect(need.additionalOffenderManagersNeeded).toBeCloseTo(4.438056, 6);
    expect(need.additionalSupervisorsNeeded).toBeCloseTo(0.5895505, 6);
    // 4.438056 × £60,000 + 0.5895505 × £70,000 = £266,283.37 + £41,268.54 = £307,551.91
    expect(need.additionalCost).toBeCloseTo(307_551.905, 2);
    // rounded up: 5 and 1
    expect(need.offenderManagerPostsToFund).toBe(5);
    expect(need.supervisorPostsToFund).toBe(1);
  });

  it("costs the posts to fund whole, not the FTE gap", () => {
    // 5 posts × £60,000 + 1 post × £70,000 = £300,000 + £70,000 = £370,000 a year
    expect(need.postsToFundCost).toBe(370_000);
    expect(need.postsToFundCost).toBeGreaterThan(need.additionalCost);
  });

  it("shows no gap, and no posts to fund, when more staff are in post than needed", () => {
    const overstaffed = staffingNeed({ ...situation, offenderManagersInPost: 30, supervisorsInPost: 5 }, handStandards, handForce);
    expect(overstaffed.additionalOffenderManagersNeeded).toBe(0);
    expect(overstaffed.additionalCost).toBe(0);
    expect(overstaffed.offenderManagerPostsToFund).toBe(0);
    expect(overstaffed.postsToFundCost).toBe(0);
  });

  it("gives no per-head figures, rather than infinities, when no one is in post", () => {
    const empty = staffingNeed({ ...situation, offenderManagersInPost: 0, supervisorsInPost: 0 }, handStandards, handForce);
    expect(empty.caseloadPerOffenderManager).toBeNull();
    expect(empty.capacityPercent).toBeNull();
    expect(empty.registeredSexOffendersPerSupervisor).toBeNull();
    expect(empty.offenderManagerPostsToFund).toBe(21);
  });

  it("needs zero case hours for a zero caseload with no one in custody", () => {
    const none = staffingNeed({ ...situation, registeredSexOffenders: 0, peopleInCustody: 0 }, handStandards, handForce);
    expect(none.activityHours.total).toBe(0);
    expect(none.supervisorReviewHours).toBe(0);
    expect(none.offenderManagersNeeded).toBe(0);
    expect(none.supervisorsNeeded).toBe(0);
  });
});

describe("staffingNeed(situation, standards, force) with a year's joiners and releases", () => {
  const withOneOffWork: WorkloadStandardValues = { ...handStandards, oneOffWork: handOneOffWork };
  const flows = { joiners: 120, releases: 40 };
  const before = staffingNeed(situation, handStandards, handForce);
  const need = staffingNeed({ ...situation, flows }, withOneOffWork, handForce);

  it("adds the one-off hours to the workload: 29,860 h + 120 × (3 + 2 × 2 + 2) h + 40 × (2 × 3 + 1.5 + 5) h = 31,440 h", () => {
    // 120 × 9 h = 1,080 h on joining; 40 × 12.5 h = 500 h on release; 1,580 h in all
    expect(need.oneOffWork?.total).toBe(1580);
    expect(need.activityHours.oneOffWork).toBe(1580);
    expect(need.activityHours.total).toBeCloseTo(31_440, 9);
    // the recurring work is as before
    expect(need.activityHours.scheduled).toBe(before.activityHours.scheduled);
    expect(need.activityHours.responsive).toBe(before.activityHours.responsive);
  });

  it("raises the offender managers needed by activity by the one-off hours ÷ productive hours: 1,580 ÷ 1,461", () => {
    // 20.438056 + 1.0814511 = 21.519507 FTE; 31,440 ÷ 1,461 = 21.519507
    expect(need.offenderManagersNeededByActivity - before.offenderManagersNeededByActivity).toBeCloseTo(1580 / 1461, 9);
    expect(need.offenderManagersNeededByActivity).toBeCloseTo(21.519507, 6);
    // capacity: 31,440 ÷ 23,376 × 100 = 134.49692%
    expect(need.capacityPercent).toBeCloseTo(134.49692, 4);
    // the ratio counts people, not work: still 1,000 ÷ 50 = 20
    expect(need.offenderManagersNeededByRatio).toBeCloseTo(20, 9);
  });

  it("adds the supervisor reviews of each joiner's and release's assessment, plan and visit", () => {
    // 1,891.6667 h + 160 × 85 min ÷ 60 = 1,891.6667 + 226.6667 = 2,118.3333 h; ÷ 730.5 h = 2.8998403 supervisors
    expect(need.supervisorReviewHours).toBeCloseTo(2118.3333333, 6);
    expect(need.supervisorsNeededByReviewHours).toBeCloseTo(2.8998403, 6);
  });

  it("counts nothing more without the flows, or without the standards' one-off hours", () => {
    expect(staffingNeed(situation, withOneOffWork, handForce)).toEqual(before);
    const standardsSayNothing = staffingNeed({ ...situation, flows }, handStandards, handForce);
    expect(standardsSayNothing.oneOffWork).toBeUndefined();
    expect(standardsSayNothing.activityHours).toEqual(before.activityHours);
    expect(standardsSayNothing.offenderManagersNeeded).toBe(before.offenderManagersNeeded);
    expect(standardsSayNothing.supervisorsNeeded).toBe(before.supervisorsNeeded);
  });
});

describe("staffingNeed properties", () => {
  const share = fc.double({ min: 0, max: 1, noNaN: true });
  const amount = fc.double({ min: 0, max: 100, noNaN: true });
  const positive = fc.double({ min: 0.01, max: 100, noNaN: true });
  const work = fc.record({ visitsPerYear: amount, armsAssessmentsPerYear: amount, riskManagementPlanReviewsPerYear: amount, intelligenceChecksPerYear: amount });
  const standards: fc.Arbitrary<WorkloadStandardValues> = fc.record({
    riskLevels: fc.record({ veryHigh: work, high: work, medium: work, low: work, lowReactive: work }),
    homeVisit: fc.record({ staffPerVisit: positive, hoursPerVisit: amount }),
    armsAssessment: fc.record({ hoursEach: amount }),
    riskManagementPlanReview: fc.record({ hoursEach: amount }),
    intelligenceCheck: fc.record({ minutesEach: amount }),
    custody: fc.record({ hoursPerPersonPerYear: amount }),
    responsiveWork: fc.record({ allowanceShare: share }),
    supervisorReview: fc.record({ minutesPerArmsAssessment: amount, minutesPerRiskManagementPlanReview: amount, minutesPerVisit: amount }),
  });
  // a risk mix that adds up to 1: four weights, normalised
  const riskMix = fc
    .tuple(positive, positive, positive, positive)
    .map(([a, b, c, d]) => ({ veryHigh: a / (a + b + c + d), high: b / (a + b + c + d), medium: c / (a + b + c + d), low: d / (a + b + c + d) }));
  const force: fc.Arbitrary<ForceValues> = fc.record({
    riskMix,
    reactiveShareOfLowRisk: share,
    peopleInCustody: fc.double({ min: 0, max: 1000, noNaN: true }),
    offenderManagers: fc.record({ inPost: amount, costPerFte: fc.double({ min: 0, max: 100_000, noNaN: true }) }),
    supervisors: fc.record({ inPost: amount, costPerFte: fc.double({ min: 0, max: 100_000, noNaN: true }), shareOfTimeForReviews: fc.double({ min: 0.01, max: 1, noNaN: true }) }),
    workingTime: fc.record({
      contractedHoursPerWeek: fc.double({ min: 1, max: 60, noNaN: true }),
      leaveShare: fc.double({ min: 0, max: 0.2, noNaN: true }),
      trainingShare: fc.double({ min: 0, max: 0.2, noNaN: true }),
      sicknessShare: fc.double({ min: 0, max: 0.2, noNaN: true }),
      abstractionShare: fc.double({ min: 0, max: 0.2, noNaN: true }),
    }),
    targets: fc.record({ maxCaseloadPerOffenderManager: positive, maxOffenderManagersPerSupervisor: positive }),
  });
  const caseload = fc.double({ min: 0, max: 100_000, noNaN: true });

  it("never needs fewer staff for more caseload", () => {
    fc.assert(
      fc.property(standards, force, caseload, caseload, (rules, profile, first, second) => {
        const [smaller, larger] = first <= second ? [first, second] : [second, first];
        const at = (registeredSexOffenders: number) =>
          staffingNeed({ registeredSexOffenders, peopleInCustody: profile.peopleInCustody, offenderManagersInPost: 10, supervisorsInPost: 1 }, rules, profile);
        const less = at(smaller);
        const more = at(larger);
        return (
          more.offenderManagersNeededByRatio >= less.offenderManagersNeededByRatio &&
          more.offenderManagersNeededByActivity >= less.offenderManagersNeededByActivity &&
          more.supervisorsNeeded >= less.supervisorsNeeded &&
          more.offenderManagerPostsToFund >= less.offenderManagerPostsToFund &&
          more.additionalCost >= less.additionalCost
        );
      }),
    );
  });

  it("needs zero case hours for a zero caseload, whatever the standards", () => {
    fc.assert(
      fc.property(standards, force, (rules, profile) => {
        const need = staffingNeed({ registeredSexOffenders: 0, peopleInCustody: 0, offenderManagersInPost: 5, supervisorsInPost: 1 }, rules, profile);
        return need.activityHours.total === 0 && need.supervisorReviewHours === 0;
      }),
    );
  });

  it("agrees by ratio and by activity when the target caseload is the hours an FTE has ÷ the hours a case takes", () => {
    // Every group gets the same visits and nothing else, no responsive allowance and no custody work,
    // so each person takes visits × staff × hours per visit; the target is set to productive hours ÷ that.
    fc.assert(
      fc.property(
        force,
        fc.double({ min: 0.5, max: 24, noNaN: true }),
        fc.double({ min: 0.25, max: 8, noNaN: true }),
        fc.double({ min: 1, max: 100_000, noNaN: true }),
        (profile, visitsPerYear, hoursPerVisit, registeredSexOffenders) => {
          const same = { visitsPerYear, armsAssessmentsPerYear: 0, riskManagementPlanReviewsPerYear: 0, intelligenceChecksPerYear: 0 };
          const rules: WorkloadStandardValues = {
            ...baseStandards,
            riskLevels: { veryHigh: same, high: same, medium: same, low: same, lowReactive: same },
            homeVisit: { staffPerVisit: 2, hoursPerVisit },
          };
          const { workingTime } = profile;
          const productive =
            workingTime.contractedHoursPerWeek *
            (365.25 / 7) *
            (1 - workingTime.leaveShare - workingTime.trainingShare - workingTime.sicknessShare - workingTime.abstractionShare);
          const matched = { ...profile, targets: { ...profile.targets, maxCaseloadPerOffenderManager: productive / (visitsPerYear * 2 * hoursPerVisit) } };
          const need = staffingNeed({ registeredSexOffenders, peopleInCustody: 0, offenderManagersInPost: 1, supervisorsInPost: 1 }, rules, matched);
          const [byActivity, byRatio] = [need.offenderManagersNeededByActivity, need.offenderManagersNeededByRatio];
          expect(Math.abs(byActivity - byRatio)).toBeLessThanOrEqual(1e-9 * Math.max(1, byRatio));
        },
      ),
    );
  });
});

const baseStandards: WorkloadStandardValues = {
  ...handStandards,
  custody: { hoursPerPersonPerYear: 0 },
  responsiveWork: { allowanceShare: 0 },
};
