import { describe, expect, it } from "vitest";
import { chartFigureHtml } from "../../src/report/chart-figure.js";

const figure = { data: [], layout: {} };

describe("chartFigureHtml(chart)", () => {
  it("gives the element Plotly draws into the id plot-<chart id>, with title and caption escaped", () => {
    const html = chartFigureHtml({ id: "fan-chart", title: "<b>T</b>", caption: '"><img src=x>', figure });

    expect(html).toContain('<div class="plot" id="plot-fan-chart" role="img" aria-label="&lt;b&gt;T&lt;/b&gt;"></div>');
    expect(html).toContain("<figcaption>&quot;&gt;&lt;img src=x&gt;</figcaption>");
  });

  it.each(["Fan chart", "fan_chart", '"><x', "../up", ""])("refuses the id %j, which is no safe element id or file name", (id) => {
    expect(() => chartFigureHtml({ id, title: "t", caption: "c", figure })).toThrow(/chart id/);
  });
});
