import { describe, expect, it } from "vitest";
import type { CaseloadForecast } from "../../src/forecast/caseload-forecast.js";
import { caseloadPath } from "../../src/workload/caseload-path.js";

function forecastWith(levels: number[], point: number[]): CaseloadForecast {
  const intervals = levels.map((level) => ({ level, lower: point.map((value) => value - level), upper: point.map((value) => value + level) }));
  const chosen = { method: "naive", label: "naive", forecast: { method: "naive", point, intervals } };
  return {
    history: { periodEnding: ["2023-03-31"], values: [1184], filled: [false], warnings: [] },
    horizon: point.length,
    levels,
    futurePeriodEnding: point.map((_, step) => `${2024 + step}-03-31`),
    chosen,
    choice: { rule: "", reason: "" },
    methods: [chosen],
    backtest: [],
    warnings: [],
  };
}

describe("caseloadPath(forecast)", () => {
  it("takes the chosen method's point forecast and the upper bound of its 80% interval", () => {
    const path = caseloadPath(forecastWith([80, 95], [1200, 1210]));
    expect(path).toEqual({ periodEnding: ["2024-03-31", "2025-03-31"], point: [1200, 1210], upper80: [1280, 1290] });
  });

  it("reads a forecast below zero as no people", () => {
    expect(caseloadPath(forecastWith([80], [-5, 10])).point).toEqual([0, 10]);
  });

  it("refuses a forecast without an 80% interval", () => {
    expect(() => caseloadPath(forecastWith([95], [1200]))).toThrow(/80% interval/);
  });
});
