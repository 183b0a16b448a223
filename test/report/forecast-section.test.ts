import { describe, expect, it } from "vitest";
import { forecastSection } from "../../src/report/forecast-section.js";
import { forecastSummary } from "../../src/report/forecast-summary.js";
import { sampleForecast } from "./sample-forecast.js";

const section = forecastSection(sampleForecast);

describe("forecastSection(result)", () => {
  it("opens with the summary and places the fan chart, its only chart", () => {
    expect(section.html.startsWith(`<p class="summary">${forecastSummary(sampleForecast)}</p>`)).toBe(true);
    expect(section.charts.map((chart) => chart.id)).toEqual(["caseload-fan-chart"]);
    expect(section.html).toContain('<div data-chart="caseload-fan-chart"></div>');
  });

  it("tabulates the chosen forecast with both intervals, rounded to whole people", () => {
    // 2030: point 1,355.3, 80% 1,310.58–1,400.02, 95% 1,286.88–1,423.72
    expect(section.html).toContain(
      '<tr><td class="nowrap">31 March 2030</td><td class="number">1,355</td><td class="number">1,311</td><td class="number">1,400</td><td class="number">1,287</td><td class="number">1,424</td></tr>',
    );
  });

  it("shows each backtest score with MAPE to 0.1, MASE to 0.01 and coverage in per cent", () => {
    // naive, 2 years ahead: MAPE 6.85 (6.8 in binary rounding), MASE 1.49, coverage 4/7 = 57% and 6/7 = 86%
    expect(section.html).toContain(
      '<tr><td>Naive (no change)</td><td class="number">2</td><td class="number">7</td><td class="number">6.8</td><td class="number">1.49</td><td class="number">57</td><td class="number">86</td></tr>',
    );
  });

  it("marks the chosen method in the method tables", () => {
    expect(section.html).toContain("<tr><td>Holt&#39;s damped trend (chosen)</td><td class=\"number\">1,272</td>");
    expect(section.html).toContain("<tr><td>Holt&#39;s damped trend (chosen)</td><td class=\"number\">1</td>");
  });

  it("says what the caseload counts, after the summary, where the history says", () => {
    const statement = "The caseload forecast is of registered sex offenders in the community: the community figures of <f>.csv.";
    const html = forecastSection({ ...sampleForecast, history: { ...sampleForecast.history, counted: { basis: "community", statement } } }).html;
    expect(html).toContain(`</p>\n<p>The caseload forecast is of registered sex offenders in the community: the community figures of &lt;f&gt;.csv.</p>\n<p>Method:`);
  });

  it("escapes the warnings and the reason for the choice", () => {
    const html = forecastSection({ ...sampleForecast, warnings: ["<script>w</script>"], choice: { rule: "<i>rule</i>", reason: "<b>why</b>" } }).html;

    expect(html).toContain("<li>&lt;script&gt;w&lt;/script&gt;</li>");
    expect(html).toContain("&lt;i&gt;rule&lt;/i&gt; &lt;b&gt;why&lt;/b&gt;");
    expect(html).not.toMatch(/<script|<i>|<b>/);
  });
});
