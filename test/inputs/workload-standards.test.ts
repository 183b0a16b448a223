import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { parseWorkloadStandards, workloadStandardValues } from "../../src/inputs/workload-standards.js";

const bundled = "models/workload-standards.json";
const fixtures = "test/fixtures/inputs/models/";
const read = (file: string) => readFileSync(file, "utf8");

describe("parseWorkloadStandards(file, text)", () => {
  it("reads the bundled standards: the pre-2017 visit minimums and visits in pairs", () => {
    const values = workloadStandardValues(parseWorkloadStandards(bundled, read(bundled)));
    expect([values.riskLevels.veryHigh, values.riskLevels.high, values.riskLevels.medium, values.riskLevels.low, values.riskLevels.lowReactive].map((level) => level.visitsPerYear)).toEqual([12, 4, 2, 1, 0]);
    expect(values.homeVisit.staffPerVisit).toBe(2);
  });

  it("gives every value of the bundled standards a source, and a reason for every assumption", () => {
    const standards = JSON.parse(read(bundled)) as unknown;
    const leaves: Record<string, unknown>[] = [];
    const walk = (node: unknown): void => {
      if (node && typeof node === "object") {
        if ("value" in node) leaves.push(node as Record<string, unknown>);
        else Object.values(node).forEach(walk);
      }
    };
    walk(standards);
    // 5 groups × 4 + staff, hours per visit, ARMS, RMP, check, custody, responsive, 3 supervisor reviews
    // + 3 one-off tasks on joining and 3 on release = 36
    expect(leaves).toHaveLength(36);
    for (const leaf of leaves) {
      expect(typeof leaf.source).toBe("string");
      if (leaf.assumption === true) expect(typeof leaf.reason).toBe("string");
    }
  });

  it.each([
    [
      "standards-unknown-key.json",
      "JSON path riskLevels.high.visitsPerYaer: expected only the keys visitsPerYear, armsAssessmentsPerYear, riskManagementPlanReviewsPerYear, intelligenceChecksPerYear; found the key \"visitsPerYaer\"",
    ],
    ["standards-missing-value.json", "JSON path riskLevels.medium.armsAssessmentsPerYear.value: expected a number from 0 to 366 (a year); found nothing (the key is missing)"],
    ["standards-share-above-one.json", "JSON path responsiveWork.allowanceShare.value: expected a share from 0 to 1, such as 0.25 for a quarter; found 1.3"],
    ["standards-text-for-number.json", 'JSON path homeVisit.hoursPerVisit.value: expected a number from 0 to 100 (hours); found "3 hours"'],
    ["standards-assumption-without-reason.json", 'JSON path armsAssessment.hoursEach.reason: expected a "reason" for a value marked as an assumption; found nothing (the key is missing)'],
  ])("refuses %s, naming the file and the JSON path", (name, message) => {
    const file = `${fixtures}${name}`;
    expect(() => parseWorkloadStandards(file, read(file))).toThrow(new InputError(`${file}, ${message}`));
  });

  it("reads the bundled one-off work on joining the register and on release from custody, each an assumption with its reason", () => {
    const standards = parseWorkloadStandards(bundled, read(bundled));
    expect(workloadStandardValues(standards).oneOffWork).toEqual({
      onJoiningTheRegister: { firstArmsAssessmentHours: 8, firstHomeVisitHoursPerStaff: 4, initialRiskManagementPlanHours: 3 },
      onReleaseFromCustody: { homeVisitHoursPerStaff: 3, riskManagementPlanReviewHours: 3, armsReviewHours: 5 },
    });
    const tasks = [...Object.values(standards.oneOffWork!.onJoiningTheRegister), ...Object.values(standards.oneOffWork!.onReleaseFromCustody)];
    for (const task of tasks) expect(task).toMatchObject({ assumption: true, reason: expect.stringMatching(/\S/) });
  });

  it("still reads standards written before the one-off work was added", () => {
    const standards = JSON.parse(read(bundled)) as { oneOffWork?: unknown };
    delete standards.oneOffWork;
    expect(workloadStandardValues(parseWorkloadStandards("s.json", JSON.stringify(standards))).oneOffWork).toBeUndefined();
  });

  it("refuses one-off hours out of range, naming the JSON path", () => {
    const standards = JSON.parse(read(bundled)) as { oneOffWork: { onReleaseFromCustody: { armsReviewHours: { value: unknown } } } };
    standards.oneOffWork.onReleaseFromCustody.armsReviewHours.value = -2;
    expect(() => parseWorkloadStandards("s.json", JSON.stringify(standards))).toThrow(
      new InputError("s.json, JSON path oneOffWork.onReleaseFromCustody.armsReviewHours.value: expected a number from 0 to 100 (hours); found -2"),
    );
  });

  it("refuses a file that is not a JSON object", () => {
    expect(() => parseWorkloadStandards("s.json", "[1]")).toThrow(/^s\.json, the top level: expected an object: workload standards/);
  });

  it("refuses a missing group of work, saying how to write it", () => {
    const standards = JSON.parse(read(bundled)) as { custody?: unknown };
    delete standards.custody;
    expect(() => parseWorkloadStandards("s.json", JSON.stringify(standards))).toThrow(
      new InputError("s.json, JSON path custody: expected an object: the lighter work for people in custody, with the keys hoursPerPersonPerYear; found nothing (the key is missing)"),
    );
  });
});
