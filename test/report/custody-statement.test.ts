import { describe, expect, it } from "vitest";
import { custodyAssumption } from "../../src/report/custody-statement.js";

describe("custodyAssumption(custody)", () => {
  it("lists the history's custody figure as a recorded fact, with the row's own source", () => {
    const custody = { from: "history" as const, file: "h.csv", profileValueNotUsed: 251, periodEnding: "2025-03-31", people: 260, line: 7, source: "ViSOR year-end count" };
    const assumption = custodyAssumption(custody);
    expect(assumption.source).toBe("ViSOR year-end count");
    expect(assumption.isAssumption).toBe(false);
    expect(assumption.statement).toMatch(/^Custody work is counted on 260 people in custody at 31 March 2025, the latest custody figure of h\.csv \(line 7\)/);
  });

  it("names the history file where its custody row gives no source", () => {
    const custody = { from: "history" as const, file: "h.csv", profileValueNotUsed: 251, periodEnding: "2025-03-31", people: 260, line: 7, source: "" };
    expect(custodyAssumption(custody).source).toBe("h.csv");
  });

  it("lists the register projection's custody, year by year, as projected from the extract and not the profile's", () => {
    const custody = {
      from: "register" as const,
      file: "register.csv",
      asOf: "2023-03-31",
      people: 2,
      byYear: [
        { periodEnding: "2024-03-31", people: 2 },
        { periodEnding: "2025-03-31", people: 1.5 },
      ],
      profileValueNotUsed: 250,
    };
    expect(custodyAssumption(custody)).toEqual({
      statement:
        "Custody work is counted on the register projection's people in custody at each forecast year end (2 at 31 March 2024, 2 at 31 March 2025), from register.csv as at 31 March 2023, counted once: people in custody are not in the forecast caseload; the force profile's peopleInCustody (250) is not used.",
      source: "register.csv as at 2023-03-31",
      isAssumption: true,
    });
  });

  it("lists the profile's figure with the profile's source", () => {
    const custody = { from: "profile" as const, file: "p.json", people: 251, source: "HMICFRS PEEL 2021/22 inspection of Norfolk Constabulary" };
    expect(custodyAssumption(custody)).toEqual({
      statement:
        "Custody work is counted on the force profile's peopleInCustody, 251 people, held in every forecast year and counted once: people in custody are not in the forecast caseload; the caseload history gives no custody figures.",
      source: "HMICFRS PEEL 2021/22 inspection of Norfolk Constabulary",
      isAssumption: false,
    });
  });
});
