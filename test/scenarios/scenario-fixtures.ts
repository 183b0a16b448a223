import type { CaseloadForecast } from "../../src/forecast/caseload-forecast.js";
import type { StaffingScenario } from "../../src/inputs/staffing-scenario.js";

/**
 * A hand-made forecast for the scenario tests: the numbers are chosen, not fitted, so every figure
 * can be worked out by hand. The 80% and 95% intervals are point ∓ 64.0776 × √h and ∓ 97.9982 × √h,
 * that is ∓ z × 50√h with z(0.9) = 1.281552 and z(0.975) = 1.959964, a standard deviation of 50√h.
 */
export function handForecast({
  point,
  lastRecorded = 1000,
  firstYear = 2024,
}: {
  point: readonly number[];
  lastRecorded?: number;
  firstYear?: number;
}): CaseloadForecast {
  const spread = point.map((_, step) => 50 * Math.sqrt(step + 1));
  const interval = (level: number, z: number) => ({
    level,
    lower: point.map((value, step) => value - z * spread[step]),
    upper: point.map((value, step) => value + z * spread[step]),
  });
  const forecast = { method: "drift", point: [...point], intervals: [interval(80, 1.2815515655446004), interval(95, 1.959963984540054)] };
  const naive = {
    method: "naive",
    point: point.map(() => lastRecorded),
    intervals: [80, 95].map((level) => ({ level, lower: point.map(() => lastRecorded - 10), upper: point.map(() => lastRecorded + 10) })),
  };
  return {
    history: { periodEnding: [`${firstYear - 1}-03-31`], values: [lastRecorded], filled: [false], warnings: [] },
    horizon: point.length,
    levels: [80, 95],
    futurePeriodEnding: point.map((_, step) => `${firstYear + step}-03-31`),
    chosen: { method: "drift", label: "random walk with drift", forecast },
    choice: { rule: "named", reason: "named" },
    methods: [
      { method: "naive", label: "naive", forecast: naive },
      { method: "drift", label: "random walk with drift", forecast },
    ],
    backtest: [],
    warnings: [],
  };
}

/** A scenario that changes nothing. */
export const emptyScenario: StaffingScenario = Object.freeze({ name: "No change", forceProfile: "force.json" });
