import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseRecommendation8Rules, recommendation8RuleValues } from "../../src/inputs/recommendation-8-rules.js";

const bundled = readFileSync(new URL("../../models/recommendation-8-rules.json", import.meta.url), "utf8");

describe("parseRecommendation8Rules(file, text)", () => {
  it("reads the bundled defaults, every number marked as an assumption with a reason", () => {
    const rules = parseRecommendation8Rules("rules.json", bundled);
    expect(recommendation8RuleValues(rules).supervisorReviews).toEqual({ shareWithinOneMonthMet: 0.95, shareWithinOneMonthAtRisk: 0.85 });
    for (const value of [rules.outstandingWork.mostDaysOverdueAtVeryHighOrHighRisk, rules.supervisorReviews.shareWithinOneMonthMet]) {
      expect(value.assumption).toBe(true);
      expect(value.reason).toMatch(/\S/);
    }
  });

  it("refuses an at-risk share above the met share, naming the JSON path", () => {
    const text = bundled.replace('"value": 0.85', '"value": 0.97');
    expect(() => parseRecommendation8Rules("rules.json", text)).toThrow(/rules\.json, JSON path supervisorReviews\.shareWithinOneMonthAtRisk\.value: expected a share no higher than shareWithinOneMonthMet; found 0\.97/);
  });

  it("refuses a lateness in days that is not whole", () => {
    const text = bundled.replace('"value": 30', '"value": 30.5');
    expect(() => parseRecommendation8Rules("rules.json", text)).toThrow(/mostDaysOverdueAtVeryHighOrHighRisk\.value: expected a whole number of days from 0 to 365/);
  });
});
