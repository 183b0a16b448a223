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
    expect(profile.caseloadHistory).toBe("../data/example-force-rso.csv");
    expect(profile.peopleInCustody?.value).toBe(251);
    expect(values.riskMix).toEqual({ veryHigh: 0.02, high: 0.18, medium: 0.3, low: 0.5 });
    // 1,163 in the community ÷ about 77 per officer = 15.1 FTE, marked as an assumption
    expect(values.offenderManagers.inPost).toBe(15.1);
    expect(profile.offenderManagers.inPost.assumption).toBe(true);
  });

  it("reads a profile without peopleInCustody, which the caseload history's custody figures can stand in for", () => {
    const data = JSON.parse(read(bundled)) as Record<string, unknown>;
    delete data.peopleInCustody;
    const profile = parseForceProfile("no-custody.json", JSON.stringify(data));
    expect(profile.peopleInCustody).toBeUndefined();
    expect(forceValues(profile).offenderManagers.inPost).toBe(15.1);
  });

  it("builds the example force's history on the national count to 31 March 2025, scaled by Norfolk's share of it", () => {
    const counts = (file: string) =>
      new Map(
        read(file)
          .trim()
          .split("\n")
          .slice(1)
          .map((line) => /^([^,]+),(\d+),/.exec(line)!)
          .map((match) => [match[1], Number(match[2])] as const),
      );
    const national = counts("data/national-rso-england-wales.csv");
    const norfolk = counts("data/norfolk-rso.csv");
    const example = counts("data/example-force-rso.csv");
    // Norfolk's published counts in the years the national count is also published (2020 to 2023):
    // 1,110 + 1,173 + 1,188 + 1,184 = 4,655 of 62,435 + 64,300 + 66,741 + 68,357 = 261,833 nationally
    const shared = [...norfolk.keys()].filter((year) => national.has(year));
    expect(shared).toEqual(["2020-03-31", "2021-03-31", "2022-03-31", "2023-03-31"]);
    expect(shared.reduce((sum, year) => sum + norfolk.get(year)!, 0)).toBe(4_655);
    expect(shared.reduce((sum, year) => sum + national.get(year)!, 0)).toBe(261_833);
    // by hand: 73,047 × 4,655 / 261,833 = 1,298.67 → 1,299; 36,921 × 4,655 / 261,833 = 656.40 → 656
    expect(example.get("2025-03-31")).toBe(1_299);
    expect(example.get("2011-03-31")).toBe(656);
    // every national year from 2011, the first with force-level figures, and no other year
    expect([...example.keys()]).toEqual([...national.keys()].filter((year) => year >= "2011"));
    for (const [year, count] of example) expect(count).toBe(Math.round((national.get(year)! * 4_655) / 261_833));
    expect(read(bundled)).toContain("4,655 / 261,833");
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

  it("refuses a supervisor's share of time for reviews below 1%, which would make the supervisors needed overflow", () => {
    // found by the extreme-numbers property test: 5e-324 passed "above 0" and made supervisors needed Infinity
    const profile = JSON.parse(read(bundled)) as { supervisors: Record<string, { value: number }> };
    profile.supervisors.shareOfTimeForReviews.value = 5e-324;
    expect(() => parseForceProfile("p.json", JSON.stringify(profile))).toThrow(
      /^p\.json, JSON path supervisors\.shareOfTimeForReviews\.value: expected a share from 0\.01 to 1, such as 0\.5 for half; found 5e-324$/,
    );
  });
});

describe("parseForceProfile: the register a profile names", () => {
  const withRegister = (register: unknown) => {
    const profile = JSON.parse(read(bundled)) as Record<string, unknown>;
    profile.register = register;
    return JSON.stringify(profile);
  };

  it("reads the example's register: the synthetic extract as at 31 March 2026, the figures from the history", () => {
    expect(parseForceProfile(bundled, read(bundled)).register).toEqual({ extract: "../data/synthetic-register/register.csv", asOf: "2026-03-31", caseloadFrom: "history", paths: 100 });
  });

  it("reads a day/month/year date as YYYY-MM-DD", () => {
    expect(parseForceProfile("p.json", withRegister({ extract: "r.csv", asOf: "31/03/2026", completeFrom: "1/4/2016", caseloadFrom: "register" })).register).toEqual({
      extract: "r.csv",
      asOf: "2026-03-31",
      completeFrom: "2016-04-01",
      caseloadFrom: "register",
    });
  });

  it("refuses a completeness date after the as-of date, naming its JSON path", () => {
    expect(() => parseForceProfile("p.json", withRegister({ extract: "r.csv", asOf: "2026-03-31", completeFrom: "2026-04-01", caseloadFrom: "register" }))).toThrow(
      /^p\.json, JSON path register\.completeFrom: expected a date on or before asOf \(2026-03-31\); found 2026-04-01$/,
    );
  });

  it("refuses paths outside 1 to 100000 and a missing caseloadFrom", () => {
    expect(() => parseForceProfile("p.json", withRegister({ extract: "r.csv", asOf: "2026-03-31", caseloadFrom: "history", paths: 0 }))).toThrow(
      /^p\.json, JSON path register\.paths: expected a whole number of simulated paths from 1 to 100000 \(missing: 1000\); found 0$/,
    );
    expect(() => parseForceProfile("p.json", withRegister({ extract: "r.csv", asOf: "2026-03-31" }))).toThrow(/^p\.json, JSON path register\.caseloadFrom: expected "register" .*"history"/);
  });

  it("refuses an as-of date that does not exist", () => {
    expect(() => parseForceProfile("p.json", withRegister({ extract: "r.csv", asOf: "2026-02-30", caseloadFrom: "history" }))).toThrow(
      /^p\.json, JSON path register\.asOf: expected the date the register extract describes: a day that exists, in 1900 or later; found "2026-02-30"$/,
    );
  });
});
