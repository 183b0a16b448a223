import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { forceValues, parseForceProfile } from "../../src/inputs/force-profile.js";

const bundled = "models/example-force.json";
const fixtures = "test/fixtures/inputs/models/";
const read = (file: string) => readFileSync(file, "utf8");

describe("parseForceProfile(file, text)", () => {
  it("reads the example force: Norfolk's published custody figure and the national risk mix, labelled illustrative", () => {
    const profile = parseForceProfile(bundled, read(bundled));
    const values = forceValues(profile);
    expect(profile.illustrative).toBe(true);
    expect(profile.caseloadHistory).toBe("../data/norfolk-rso.csv");
    expect(values.peopleInCustody).toBe(251);
    expect(values.riskMix).toEqual({ veryHigh: 0.02, high: 0.18, medium: 0.3, low: 0.5 });
    // 1,163 in the community ÷ about 77 per officer = 15.1 FTE, marked as an assumption
    expect(values.offenderManagers.inPost).toBe(15.1);
    expect(profile.offenderManagers.inPost.assumption).toBe(true);
  });

  it.each([
    ["profile-unknown-key.json", 'JSON path offenderManagers.inPostFte: expected only the keys inPost, costPerFte, trainingMonths; found the key "inPostFte"'],
    [
      "profile-missing-target.json",
      'JSON path targets.maxCaseloadPerOffenderManager: expected most registered sex offenders in the community per offender manager, written {"value": …, "source": "…"}; found nothing (the key is missing)',
    ],
    ["profile-share-below-zero.json", "JSON path workingTime.leaveShare.value: expected a share from 0 to 1, such as 0.25 for a quarter; found -0.1"],
    ["profile-risk-mix-not-one.json", "JSON path riskMix: expected shares veryHigh, high, medium and low that add up to 1; found 0.02 + 0.18 + 0.3 + 0.4 = 0.9"],
    [
      "profile-time-away-all.json",
      "JSON path workingTime: expected leave, training, sickness and abstraction shares that add up to less than 1, leaving time for casework; found 0.13 + 0.05 + 0.5 + 0.4 = 1.08",
    ],
    ["profile-trailing-comma.json", 'line 4, column 1: expected another key after the comma (JSON allows no comma before }); found "}"'],
  ])("refuses %s, naming the file and where", (name, message) => {
    const file = `${fixtures}${name}`;
    expect(() => parseForceProfile(file, read(file))).toThrow(new InputError(`${file}, ${message}`));
  });

  it("accepts a risk mix whose shares add up to 1 only within floating-point rounding (0.7 + 0.1 + 0.1 + 0.1)", () => {
    const profile = JSON.parse(read(bundled)) as { riskMix: Record<string, { value: number }> };
    [0.7, 0.1, 0.1, 0.1].forEach((value, index) => {
      profile.riskMix[["veryHigh", "high", "medium", "low"][index]].value = value;
    });
    expect(0.7 + 0.1 + 0.1 + 0.1).not.toBe(1);
    expect(forceValues(parseForceProfile("p.json", JSON.stringify(profile))).riskMix.veryHigh).toBe(0.7);
  });

  it("refuses a risk mix off by more than 1e-9", () => {
    const profile = JSON.parse(read(bundled)) as { riskMix: Record<string, { value: number }> };
    profile.riskMix.low.value = 0.5 + 2e-9;
    expect(() => parseForceProfile("p.json", JSON.stringify(profile))).toThrow(/^p\.json, JSON path riskMix: expected shares .* add up to 1; found 0\.02 \+ 0\.18 \+ 0\.3 \+ 0\.500000002 = 1\.000000002$/);
  });
});
