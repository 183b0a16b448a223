import { describe, expect, it } from "vitest";
import { custodyFigure } from "../../src/workload/custody-figure.js";

const profile = { file: "force.json", peopleInCustody: { value: 251, source: "HMICFRS PEEL 2021/22 inspection" } };
const latest = { periodEnding: "2025-03-31", people: 260, line: 7, source: "ViSOR" };

describe("custodyFigure(history, profile)", () => {
  it("takes the history's latest custody figure over the profile's, and warns that the profile's goes unused", () => {
    const { custody, warnings } = custodyFigure({ file: "history.csv", latestCustody: latest }, profile)!;
    expect(custody).toEqual({ from: "history", file: "history.csv", profileValueNotUsed: 251, ...latest });
    expect(warnings).toEqual([
      "force.json: peopleInCustody (251) is not used: custody work is counted on 260, the custody figure of history.csv for the year ending 2025-03-31 (line 7).",
    ]);
  });

  it("does not warn when the profile gives the history's figure", () => {
    expect(custodyFigure({ file: "history.csv", latestCustody: { ...latest, people: 251 } }, profile)?.warnings).toEqual([]);
  });

  it("takes the profile's figure when the history gives no custody", () => {
    const { custody, warnings } = custodyFigure({ file: "history.csv", latestCustody: null }, profile)!;
    expect(custody).toEqual({ from: "profile", file: "force.json", people: 251, source: "HMICFRS PEEL 2021/22 inspection" });
    expect(warnings).toEqual([]);
  });

  it("needs no profile figure when the history gives custody, and then has none to warn about", () => {
    const chosen = custodyFigure({ file: "history.csv", latestCustody: latest }, { file: "force.json" });
    expect(chosen).toEqual({ custody: { from: "history", file: "history.csv", profileValueNotUsed: null, ...latest }, warnings: [] });
  });

  it("gives none when neither the history nor the profile gives custody", () => {
    expect(custodyFigure({ file: "history.csv", latestCustody: null }, { file: "force.json" })).toBeNull();
  });
});
