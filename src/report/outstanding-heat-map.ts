import { latenessBandLabels, latenessBands, type OutstandingCell } from "../operations/outstanding-work.js";
import { itemTypeLabels, itemTypes, riskLevelLabels, riskLevels } from "../operations/work-item.js";
import { chartFontFamily } from "./chart-layout.js";
import type { Chart } from "./report-section.js";

/**
 * A heat map of outstanding work: one row per item type and risk level (very high risk at the top of
 * each type), one column per lateness band, darker for more overdue items. Each cell is labelled with its
 * count and, for overdue bands, the oldest item's days overdue; a hidden (suppressed) cell is blank
 * and labelled "hidden".
 */
export function outstandingHeatMap(cells: readonly OutstandingCell[], { asOf }: { asOf: string }): Chart {
  const rows = itemTypes.flatMap((itemType) => riskLevels.map((riskLevel) => ({ itemType, riskLevel })));
  // Plotly draws the first row at the bottom: reverse so the first item type's very high risk is on top
  const ordered = [...rows].reverse();
  const cellOf = (itemType: string, riskLevel: string, band: string) =>
    cells.find((cell) => cell.itemType === itemType && cell.riskLevel === riskLevel && cell.band === band);

  const z = ordered.map(({ itemType, riskLevel }) => latenessBands.map((band) => cellOf(itemType, riskLevel, band)?.count ?? null));
  const text = ordered.map(({ itemType, riskLevel }) =>
    latenessBands.map((band) => {
      const cell = cellOf(itemType, riskLevel, band);
      if (!cell || cell.count === null) return "hidden";
      return cell.oldestDaysOverdue === null ? String(cell.count) : `${cell.count} (oldest ${cell.oldestDaysOverdue} d)`;
    }),
  );
  // the colours spread over the overdue cells; the larger not-yet-due counts take the darkest colour
  const overdueCounts = cells.filter((cell) => cell.band !== "not_yet_due").map((cell) => cell.count ?? 0);
  const darkestAt = Math.max(1, ...overdueCounts);
  const figure = {
    data: [
      {
        type: "heatmap",
        x: latenessBands.map((band) => latenessBandLabels[band].replace(" overdue", "\noverdue")),
        y: ordered.map(({ itemType, riskLevel }) => `${itemTypeLabels[itemType]} · ${riskLevelLabels[riskLevel]}`),
        z,
        text,
        texttemplate: "%{text}",
        hovertemplate: "%{y}, %{x}: %{text}<extra></extra>",
        colorscale: [
          [0, "#ffffff"],
          [1, "#08306b"],
        ],
        zmin: 0,
        zmax: darkestAt,
        xgap: 2,
        ygap: 2,
        // every cell prints its count, so no colour scale is needed; Plotly also draws its scale by
        // setting style attributes, which the report's Content-Security-Policy rightly blocks
        showscale: false,
      },
    ],
    layout: {
      font: { family: chartFontFamily, size: 12, color: "#1a1a1a" },
      paper_bgcolor: "#ffffff",
      plot_bgcolor: "#ffffff",
      margin: { l: 10, r: 10, t: 10, b: 70 },
      xaxis: { title: { text: `How overdue on ${asOf}` }, side: "bottom", tickangle: 0 },
      yaxis: { automargin: true },
    },
  };
  return {
    id: "outstanding-work-heat-map",
    title: "Outstanding work by type, risk level and how overdue",
    caption:
      "Items not completed by the as-of date. Darker cells hold more items, up to the largest overdue cell (not-yet-due cells " +
      "above it are all darkest); each shows the count and, when overdue, the days overdue of the oldest. \"hidden\" marks a suppressed count.",
    figure,
  };
}
