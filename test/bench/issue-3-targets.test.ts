import { describe, expect, it } from "vitest";
import { bestOn, issue3Targets, type NamedAccuracy } from "./issue-3-targets.js";

const target = (key: string) => issue3Targets.find((entry) => entry.key === key)!;

describe("issue3Targets", () => {
  it.each([
    ["coverage95", 0.9299, false],
    ["coverage95", 0.93, true],
    ["coverage95", 0.97, true],
    ["coverage95", 0.9701, false],
    ["coverage80", 0.7599, false],
    ["coverage80", 0.84, true],
    ["smape", 15.9, true],
    ["smape", 15.9001, false],
    ["mase", 2.6, true],
    ["mase", 2.6001, false],
    ["msis", 26.01, false],
  ])("judges %s = %f as meeting the target: %s", (key, value, meets) => {
    expect(target(key).meets(value)).toBe(meets);
  });
});

describe("bestOn(target, rows)", () => {
  // R's coverages are all below nominal, but a method over-covering must not count as better for it
  const rows: NamedAccuracy[] = [
    { method: "wide", smape: 18, mase: 3.1, coverage80: 0.99, coverage95: 0.999, msis: 50 },
    { method: "close", smape: 17, mase: 2.9, coverage80: 0.78, coverage95: 0.94, msis: 30 },
    { method: "sharp", smape: 16, mase: 3.0, coverage80: 0.6, coverage95: 0.7, msis: 29 },
  ];

  it("takes the coverage nearest the nominal level, not the highest", () => {
    expect(bestOn(target("coverage95"), rows).method).toBe("close");
    expect(bestOn(target("coverage80"), rows).method).toBe("close");
  });

  it("takes the lowest sMAPE, MASE and MSIS", () => {
    expect(bestOn(target("smape"), rows).method).toBe("sharp");
    expect(bestOn(target("mase"), rows).method).toBe("close");
    expect(bestOn(target("msis"), rows).method).toBe("sharp");
  });
});
