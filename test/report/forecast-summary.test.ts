import { describe, expect, it } from "vitest";
import type { CaseloadForecast } from "../../src/forecast/caseload-forecast.js";
import type { PredictionInterval } from "../../src/forecast/forecast.js";
import { forecastSummary } from "../../src/report/forecast-summary.js";
import { sampleForecast } from "./sample-forecast.js";

/** The sample forecast, changed so that its last count is `from` and its forecast `horizon` years ahead is `to`. */
function forecastFrom(from: number, to: number, horizon: number, intervals: PredictionInterval[]): CaseloadForecast {
  const steps = Array.from({ length: horizon }, (_, i) => i + 1);
  return {
    ...sampleForecast,
    history: { ...sampleForecast.history, values: [...sampleForecast.history.values.slice(0, -1), from] },
    horizon,
    futurePeriodEnding: steps.map((step) => `${2025 + step}-03-31`),
    chosen: {
      ...sampleForecast.chosen,
      // only the last step ahead enters the summary; the others are placeholders
      forecast: { method: "damped", point: steps.map((step) => (step === horizon ? to : from)), intervals },
    },
  };
}

/** An interval whose bounds at the last of `horizon` steps are `lower` and `upper`. */
function interval(level: number, lower: number, upper: number, horizon = 5): PredictionInterval {
  return { level, lower: [...Array<number>(horizon - 1).fill(0), lower], upper: [...Array<number>(horizon - 1).fill(0), upper] };
}

describe("forecastSummary(result)", () => {
  it("states growth, the 80% range and the compound yearly rate", () => {
    // 1,000 × 1.1⁵ = 1,000 × 1.61051 = 1,610.51, so the steady yearly growth is exactly 10.0%
    const result = forecastFrom(1000, 1610.51, 5, [interval(80, 1500.4, 1720.6), interval(95, 1400, 1800)]);

    expect(forecastSummary(result)).toBe(
      "Registered sex offenders are projected to grow from 1,000 in 2025 to 1,611 in 2030; 80% range 1,500–1,721; about 10.0% a year.",
    );
  });

  it("states a fall as a fall, with the yearly rate of decline", () => {
    // 2,000 × 0.95⁵ = 2,000 × 0.7737809375 = 1,547.561875: 5.0% fewer each year
    const result = forecastFrom(2000, 1547.561875, 5, [interval(80, 1400, 1700)]);

    expect(forecastSummary(result)).toBe(
      "Registered sex offenders are projected to fall from 2,000 in 2025 to 1,548 in 2030; 80% range 1,400–1,700; about 5.0% a year.",
    );
  });

  it("compounds over the years actually forecast, not always five", () => {
    // 1,000 × 1.1³ = 1,331 in 2028: 10.0% a year (a five-year root would give 5.9%)
    const result = forecastFrom(1000, 1331, 3, [interval(80, 1250, 1410, 3)]);

    expect(forecastSummary(result)).toBe(
      "Registered sex offenders are projected to grow from 1,000 in 2025 to 1,331 in 2028; 80% range 1,250–1,410; about 10.0% a year.",
    );
  });

  it("quotes the narrowest level asked for when 80% is not among them", () => {
    const result = forecastFrom(1000, 1610.51, 5, [interval(50, 1580, 1640), interval(90, 1450, 1770)]);

    expect(forecastSummary(result)).toContain("; 50% range 1,580–1,640;");
  });

  it("says the count stays level when both ends round to the same whole number", () => {
    // (1,250.3 ÷ 1,250)^(1/5) − 1 = 0.0048%, shown as 0.0%
    const result = forecastFrom(1250, 1250.3, 5, [interval(80, 1200, 1300)]);

    expect(forecastSummary(result)).toBe(
      "Registered sex offenders are projected to stay at about 1,250 from 2025 to 2030; 80% range 1,200–1,300; about 0.0% a year.",
    );
  });

  it("leaves out the yearly rate when the last count is zero, where compound growth means nothing", () => {
    const result = forecastFrom(0, 12, 5, [interval(80, 3, 20)]);

    expect(forecastSummary(result)).toBe("Registered sex offenders are projected to grow from 0 in 2025 to 12 in 2030; 80% range 3–20.");
  });
});
