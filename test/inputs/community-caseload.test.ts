import { describe, expect, it } from "vitest";
import { parseCaseloadHistory } from "../../src/inputs/caseload-history.js";
import { communityCaseload } from "../../src/inputs/community-caseload.js";

const file = "force-rso.csv";

describe("communityCaseload(file, observations)", () => {
  it("forecasts the community column of a split history, and takes custody from its latest row, whatever the file's order", () => {
    // rows out of date order: the latest is 2023 (line 3), 1,100 = 1,000 in the community + 100 in custody
    const text = "year_ending,rsos,community,custody,source\n2021-03-31,1070,980,90,a\n2023-03-31,1100,1000,100,ViSOR\n2022-03-31,1085,990,95,b\n";
    const caseload = communityCaseload(file, parseCaseloadHistory(file, text));

    expect(caseload.basis).toBe("community");
    expect(caseload.counts.map((count) => count.registeredSexOffenders)).toEqual([980, 1000, 990]);
    expect(caseload.latestCustody).toEqual({ periodEnding: "2023-03-31", people: 100, line: 3, source: "ViSOR" });
    expect(caseload.warnings).toEqual([]);
    expect(caseload.statement).toMatch(/in the community: the community figures of force-rso\.csv/);
  });

  it("forecasts rsos less custody where the history gives custody alone", () => {
    // 1,100 − 100 = 1,000 and 1,085 − 95 = 990
    const text = "year_ending,rsos,custody\n2022-03-31,1085,95\n2023-03-31,1100,100\n";
    const caseload = communityCaseload(file, parseCaseloadHistory(file, text));
    expect(caseload.counts.map((count) => count.registeredSexOffenders)).toEqual([990, 1000]);
    expect(caseload.latestCustody?.people).toBe(100);
  });

  it("reads a history of rsos alone as the community count, and says so in a warning", () => {
    const caseload = communityCaseload(file, parseCaseloadHistory(file, "year_ending,rsos\n2022-03-31,990\n2023-03-31,1000\n"));
    expect(caseload.basis).toBe("rsos");
    expect(caseload.counts.map((count) => count.registeredSexOffenders)).toEqual([990, 1000]);
    expect(caseload.latestCustody).toBeNull();
    expect(caseload.warnings).toEqual([
      "force-rso.csv gives rsos only, with no community or custody column: each rsos is read as the number of registered sex offenders in the community (the basis of the yearly MAPPA figures), and that is what is forecast. If the figures include people in custody, split them with the community and custody columns.",
    ]);
  });
});
