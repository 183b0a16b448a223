import { describe, expect, it } from "vitest";
import { htmlTable } from "../../src/report/html-table.js";

describe("htmlTable(columns, rows, options)", () => {
  it("escapes text in headings, cells and caption", () => {
    const html = htmlTable([{ label: "<b>File</b>" }], [['"><img src=x onerror=alert(1)>']], { caption: "<script>x</script>" });

    expect(html).toContain("<th scope=\"col\">&lt;b&gt;File&lt;/b&gt;</th>");
    expect(html).toContain("<td>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</td>");
    expect(html).toContain("<caption>&lt;script&gt;x&lt;/script&gt;</caption>");
    expect(html).not.toMatch(/<img|<script/);
  });

  it("shows numbers with the column's decimals and thousands separators, right-aligned by class", () => {
    const html = htmlTable([{ label: "n", align: "right", decimals: 1 }], [[73047.25], [3]]);

    expect(html).toContain('<td class="number">73,047.3</td>');
    expect(html).toContain('<td class="number">3.0</td>');
    expect(html).not.toContain("style=");
  });

  it("shows a missing value as a dash and passes markup given as html through", () => {
    const html = htmlTable([{ label: "a" }, { label: "b" }], [[null, { html: "<code>x</code>" }]]);

    expect(html).toContain("<tr><td>—</td><td><code>x</code></td></tr>");
  });

  it("refuses a row with the wrong number of cells", () => {
    expect(() => htmlTable([{ label: "a" }, { label: "b" }], [["only one"]])).toThrow(/row 1 has 1 cells for 2 columns/);
  });

  it("keeps a column on one line by class, with its alignment, when asked", () => {
    const html = htmlTable([{ label: "Year ending", noWrap: true }, { label: "n", align: "right", noWrap: true }, { label: "note" }], [["31 March 2026", 5, "x"]]);
    expect(html).toContain('<tr><td class="nowrap">31 March 2026</td><td class="number nowrap">5</td><td>x</td></tr>');
    expect(html).toContain('<th scope="col" class="nowrap">Year ending</th>');
  });
});
