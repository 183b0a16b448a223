import { describe, expect, it } from "vitest";
import { chartColours, chartLayout } from "../../src/report/chart-layout.js";

/** Grey level (0–255) a colour prints as in greyscale: ITU-R BT.601 luma, 0.299 R + 0.587 G + 0.114 B. */
function greyLevel(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

describe("chartColours", () => {
  it("differ by at least 30 grey levels from each other, so a greyscale print keeps them apart", () => {
    const colours = [chartColours.history, chartColours.forecast, chartColours.marker, ...chartColours.bands.slice(0, 2)];
    const levels = colours.map(greyLevel).sort((a, b) => a - b);

    levels.slice(1).forEach((level, i) => expect(level - levels[i]).toBeGreaterThanOrEqual(30));
  });

  it("make each wider band lighter than the one inside it", () => {
    const levels = chartColours.bands.map(greyLevel);

    levels.slice(1).forEach((level, i) => expect(level).toBeGreaterThan(levels[i]));
  });
});

describe("chartLayout({ xTitle, yTitle })", () => {
  it("titles both axes with the text given", () => {
    const layout = chartLayout({ xTitle: "Year ending 31 March", yTitle: "People" }) as {
      xaxis: { title: { text: string } };
      yaxis: { title: { text: string } };
    };

    expect(layout.xaxis.title.text).toBe("Year ending 31 March");
    expect(layout.yaxis.title.text).toBe("People");
  });
});
