import { describe, expect, it } from "vitest";
import { workforceMonthEnds, workforceProjection, type WorkforceAssumptions } from "../../src/scenarios/workforce-projection.js";

const noChange: WorkforceAssumptions = Object.freeze({
  offenderManagersAtStart: 10,
  supervisorsAtStart: 2,
  hires: [],
  trainingMonths: 0,
  offenderManagerAttritionPerYear: 0,
  supervisorAttritionPerYear: 0,
});

describe("workforceProjection(assumptions, years)", () => {
  it("keeps the staff in post unchanged, to the last digit, when nothing happens", () => {
    const years = workforceProjection(noChange, 3);
    for (const year of years) {
      expect(year).toEqual({
        offenderManagersInPost: 10,
        trainedOffenderManagers: 10,
        supervisorsInPost: 2,
        averageOffenderManagersInPost: 10,
        averageTrainedOffenderManagers: 10,
        averageSupervisorsInPost: 2,
      });
    }
  });

  it("keeps exactly 1 − a of the staff a year, and a twelfth-power share each month", () => {
    const [first, second] = workforceProjection({ ...noChange, offenderManagerAttritionPerYear: 0.1 }, 2);
    // 10 × 0.9 = 9 at the first year end; 10 × 0.9² = 8.1 at the second
    expect(first.offenderManagersInPost).toBeCloseTo(9, 12);
    expect(second.offenderManagersInPost).toBeCloseTo(8.1, 12);
    // months 0–11 hold 10 × 0.9^(m/12); Σ 0.9^(m/12) = (1 − 0.9) ÷ (1 − 0.9^(1/12)) = 0.1 ÷ 0.0087417 = 11.43954
    // average = 10 × 11.43954 ÷ 12 = 9.53295
    expect(first.averageOffenderManagersInPost).toBeCloseTo(9.53295, 5);
    expect(first.supervisorsInPost).toBe(2);
  });

  it("counts a trainee in post but not as carrying a caseload until the training months are over", () => {
    // 2 arrive at the start of month 4 (index 3) with 6 months' training: trained from month index 9
    const [year] = workforceProjection({ ...noChange, trainingMonths: 6, hires: [{ monthIndex: 3, offenderManagers: 2, supervisors: 0 }] }, 1);
    expect(year.offenderManagersInPost).toBe(12);
    expect(year.trainedOffenderManagers).toBe(12); // 3 + 6 = 9 ≤ 12: trained by the year end
    // in post: 3 months × 10 + 9 months × 12 = 138; ÷ 12 = 11.5
    expect(year.averageOffenderManagersInPost).toBeCloseTo(11.5, 12);
    // trained: 9 months × 10 + 3 months (9, 10, 11) × 12 = 126; ÷ 12 = 10.5
    expect(year.averageTrainedOffenderManagers).toBeCloseTo(10.5, 12);
  });

  it("carries a trainee still in training at the year end into the next year untrained", () => {
    // arrives at month index 9 with 6 months' training: trained from month 15, in the second year
    const [first, second] = workforceProjection({ ...noChange, trainingMonths: 6, hires: [{ monthIndex: 9, offenderManagers: 1, supervisors: 0 }] }, 2);
    expect(first.offenderManagersInPost).toBe(11);
    expect(first.trainedOffenderManagers).toBe(10);
    expect(second.trainedOffenderManagers).toBe(11);
    // second year: months 12–14 trained 10, months 15–23 trained 11: (3 × 10 + 9 × 11) ÷ 12 = 129 ÷ 12 = 10.75
    expect(second.averageTrainedOffenderManagers).toBeCloseTo(10.75, 12);
  });

  it("counts a hire arriving in the first month of the next year in that year, not at this year's end", () => {
    const [first, second] = workforceProjection({ ...noChange, hires: [{ monthIndex: 12, offenderManagers: 3, supervisors: 1 }] }, 2);
    expect(first.offenderManagersInPost).toBe(10);
    expect(first.supervisorsInPost).toBe(2);
    expect(second.offenderManagersInPost).toBe(13);
    expect(second.supervisorsInPost).toBe(3);
  });

  it("lets trainees leave at the same rate as everyone else", () => {
    const [year] = workforceProjection(
      { ...noChange, trainingMonths: 6, offenderManagerAttritionPerYear: 0.1, hires: [{ monthIndex: 3, offenderManagers: 2, supervisors: 0 }] },
      1,
    );
    // 10 × 0.9 + 2 × 0.9^(9/12) = 9 + 2 × 0.924021 = 10.848042
    expect(year.offenderManagersInPost).toBeCloseTo(10.848042, 6);
    expect(year.trainedOffenderManagers).toBeCloseTo(10.848042, 6);
    // trained by month: 10 × 0.9^(m/12) for m = 0–11 (sum 114.39539), plus the hires in months 9–11:
    // 2 × (0.9^(6/12) + 0.9^(7/12) + 0.9^(8/12)) = 2 × (0.948683 + 0.940390 + 0.932170) = 5.642487
    // (114.39539 + 5.642487) ÷ 12 = 10.003156
    expect(year.averageTrainedOffenderManagers).toBeCloseTo(10.003156, 6);
  });

  it("applies the supervisors' own attrition rate to supervisors and their hires", () => {
    const [, second] = workforceProjection(
      { ...noChange, supervisorAttritionPerYear: 0.2, hires: [{ monthIndex: 12, offenderManagers: 0, supervisors: 1 }] },
      2,
    );
    // 2 × 0.8² + 1 × 0.8 = 1.28 + 0.8 = 2.08
    expect(second.supervisorsInPost).toBeCloseTo(2.08, 12);
    expect(second.offenderManagersInPost).toBe(10);
  });
});

describe("workforceMonthEnds(assumptions, years)", () => {
  it("gives at each year end exactly the year-end figures of workforceProjection", () => {
    const assumptions = { ...noChange, trainingMonths: 7, offenderManagerAttritionPerYear: 0.2, supervisorAttritionPerYear: 0.1, hires: [{ monthIndex: 8, offenderManagers: 3, supervisors: 1 }] };
    const ends = workforceMonthEnds(assumptions, 2);
    workforceProjection(assumptions, 2).forEach((year, y) => {
      expect(ends[12 * y + 11].offenderManagersInPost).toBeCloseTo(year.offenderManagersInPost, 12);
      expect(ends[12 * y + 11].trainedOffenderManagers).toBeCloseTo(year.trainedOffenderManagers, 12);
      expect(ends[12 * y + 11].supervisorsInPost).toBeCloseTo(year.supervisorsInPost, 12);
    });
  });

  it("counts a hire in post from the end of the month they arrive in, and trained once the training months are over", () => {
    // 2 arrive at the start of month index 3 (the 4th month) with 6 months' training: in post at month ends 4 on,
    // trained at month ends 3 + 6 = 9 on; 10 in post leave at 10% a year: 10 × 0.9^(k/12) at month end k
    const ends = workforceMonthEnds({ ...noChange, trainingMonths: 6, offenderManagerAttritionPerYear: 0.1, hires: [{ monthIndex: 3, offenderManagers: 2, supervisors: 0 }] }, 1);
    expect(ends[2].offenderManagersInPost).toBeCloseTo(10 * 0.9 ** (3 / 12), 12);
    expect(ends[3].offenderManagersInPost).toBeCloseTo(10 * 0.9 ** (4 / 12) + 2 * 0.9 ** (1 / 12), 12);
    expect(ends[7].trainedOffenderManagers).toBeCloseTo(10 * 0.9 ** (8 / 12), 12);
    expect(ends[8].trainedOffenderManagers).toBeCloseTo(10 * 0.9 ** (9 / 12) + 2 * 0.9 ** (6 / 12), 12);
  });
});
