import { describe, expect, it } from "vitest";
import { fanChart } from "../../src/report/fan-chart.js";
import { sampleForecast } from "./sample-forecast.js";

interface Trace {
  name: string;
  x: number[];
  y: number[];
  fill?: string;
}

const chart = fanChart(sampleForecast);
const traces = chart.figure.data as unknown as Trace[];
const byName = (name: string) => traces.find((trace) => trace.name === name)!;

describe("fanChart(result)", () => {
  it("draws the 95% band under the 80% band, and both under the lines", () => {
    expect(traces.map((trace) => trace.name)).toEqual([
      "95% range",
      "80% range",
      "Recorded count",
      "Filled in: no figure in the input",
      "Forecast: Holt's damped trend",
    ]);
  });

  it("opens each band from the last recorded count and closes it round the interval", () => {
    const band = byName("80% range");
    const eighty = sampleForecast.chosen.forecast.intervals[0];

    expect(band.fill).toBe("toself");
    expect(band.x).toEqual([2025, 2026, 2027, 2028, 2029, 2030, 2030, 2029, 2028, 2027, 2026, 2025]);
    expect(band.y).toEqual([1250, ...eighty.upper, ...[...eighty.lower].reverse(), 1250]);
  });

  it("starts the forecast line at the last recorded count", () => {
    const forecast = byName("Forecast: Holt's damped trend");

    expect(forecast.x).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    expect(forecast.y).toEqual([1250, 1272.4, 1294.1, 1315.2, 1335.6, 1355.3]);
  });

  it("marks exactly the filled-in years, and says which in the caption", () => {
    expect(byName("Filled in: no figure in the input").x).toEqual([2019]);
    expect(byName("Filled in: no figure in the input").y).toEqual([1097.5]);
    expect(chart.caption).toContain("open diamonds mark 2019, which had no figure in the input and was filled in");
  });

  it("has no filled-in trace when every year was in the input", () => {
    const complete = fanChart({ ...sampleForecast, history: { ...sampleForecast.history, filled: sampleForecast.history.filled.map(() => false) } });

    expect((complete.figure.data as unknown as Trace[]).map((trace) => trace.name)).not.toContain("Filled in: no figure in the input");
    expect(complete.caption).not.toContain("diamond");
  });

  it("titles the axes with the year's end date and the unit, people", () => {
    const layout = chart.figure.layout as { xaxis: { title: { text: string } }; yaxis: { title: { text: string } } };

    expect(layout.xaxis.title.text).toBe("Year ending 31 March");
    expect(layout.yaxis.title.text).toBe("Registered sex offenders (people)");
  });
});
