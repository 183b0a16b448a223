import { describe, expect, it } from "vitest";
import { assessDemand, type DemandYear } from "../../src/recommendation-8/assess-demand.js";

const year = (periodEnding: string, point: number, upper: number, inPost: number): DemandYear => ({
  periodEnding,
  needAtPoint: { offenderManagers: point, supervisors: point / 10 },
  needAtUpper80: { offenderManagers: upper, supervisors: upper / 10 },
  inPost: { offenderManagers: inPost, supervisors: inPost / 10 },
});

describe("assessDemand(years)", () => {
  it("is met when the staff in post cover the upper bound's need every year, exactly at the edge included", () => {
    expect(assessDemand([year("2027-03-31", 18, 20, 20), year("2028-03-31", 19, 20, 20)])).toEqual({
      status: "met",
      firstYearShortAtPoint: null,
      firstYearShortAtUpper80: null,
    });
  });

  it("is at risk when the staff in post cover the point forecast but fall short of the upper bound in a year", () => {
    expect(assessDemand([year("2027-03-31", 18, 20, 20), year("2028-03-31", 20, 20.5, 20)])).toEqual({
      status: "at_risk",
      firstYearShortAtPoint: null,
      firstYearShortAtUpper80: "2028-03-31",
    });
  });

  it("is not met when the staff in post fall short of the point forecast's need in any year", () => {
    const result = assessDemand([year("2027-03-31", 20.01, 22, 20), year("2028-03-31", 19, 20, 20)]);
    expect(result.status).toBe("not_met");
    expect(result.firstYearShortAtPoint).toBe("2027-03-31");
  });

  it("is not met when only the supervisors fall short", () => {
    const short: DemandYear = { ...year("2027-03-31", 10, 10, 10), inPost: { offenderManagers: 10, supervisors: 0.9 } };
    expect(assessDemand([short]).status).toBe("not_met");
  });

  it("says no data, never met, without forecast years", () => {
    expect(assessDemand([]).status).toBe("no_data");
  });
});
