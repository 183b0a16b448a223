import { isoDate } from "../math/calendar-day.js";
import type { PathSummary } from "../register/path-summary.js";
import type { RegisterProjection } from "../register/project-register.js";
import { leftReasons, registerRiskLevels } from "../register/register-person.js";
import { projectedFlows, projectedMeasures } from "../register/register-projection.js";
import { yearlyRegisterCounts } from "../register/yearly-register-counts.js";
import { withoutLocalPaths } from "./report-path.js";
import { formatCsv, type CsvCell } from "./csv-export.js";

/** Columns of register-history.csv. */
export const registerHistoryColumns = [
  "month_ending",
  "community",
  "custody",
  ...registerRiskLevels.map((level) => `community_${level}`),
  "joiners",
  "releases",
  ...leftReasons.map((reason) => `leavers_${reason}`),
];

/**
 * The register model's CSV files, aggregates only: register-history.csv (one row a month end),
 * register-projection.csv and flows.csv (long form: one row a month end and measure or flow, with the
 * mean of the paths as `point` and `lower_L`, `upper_L` for each level), and register-caseload-history.csv
 * (the yearly community and custody counts in the caseload history format that `mosovo forecast
 * --history` reads: `rsos` is everyone on the register, split into `community` and `custody`, so that the
 * forecast is of the community count, the counting basis of the published MAPPA figures).
 *
 * @param extractName the extract's name as the user gave it, quoted in the yearly file's `source` (an
 *   absolute path as its file name only, `withoutLocalPaths`, as in a report)
 */
export function registerCsvFiles(projection: RegisterProjection, { extractName, asOf }: { extractName: string; asOf: string }): [string, string][] {
  const { history, levels } = projection;
  const intervalColumns = levels.flatMap((level) => [`lower_${level}`, `upper_${level}`]);
  const summaryCells = (summary: PathSummary): CsvCell[] => [summary.point, ...summary.intervals.flatMap((interval) => [interval.lower, interval.upper])];
  const months = projection.monthEndings.map(isoDate);

  const historyRows = history.months.map((month) => [
    isoDate(month.monthEnding),
    month.community,
    month.custody,
    ...registerRiskLevels.map((level) => month.communityByRiskLevel[level]),
    month.joiners,
    month.releases,
    ...leftReasons.map((reason) => month.leaversByReason[reason]),
  ]);
  const projectionRows = months.flatMap((month, index) => projectedMeasures.map((measure) => [month, measure, ...summaryCells(projection.measures[measure][index])]));
  const recordedFlows = history.months.flatMap((month) =>
    projectedFlows.map((flow): CsvCell[] => {
      const value = flow === "joiners" ? month.joiners : flow === "releases" ? month.releases : month.leaversByReason[flow.slice("leavers_".length) as (typeof leftReasons)[number]];
      return [isoDate(month.monthEnding), flow, "recorded", value, ...intervalColumns.map(() => null)];
    }),
  );
  const futureFlows = months.flatMap((month, index) => projectedFlows.map((flow) => [month, flow, "projected", ...summaryCells(projection.flows[flow][index])]));
  const source = `Reconstructed from the register extract ${withoutLocalPaths(extractName)} as of ${asOf}: people on the register at the year end, those in custody apart`;
  // a caseload history refuses a count of 0 (a year with no figure); a register is never empty in practice
  const yearly = yearlyRegisterCounts(history).filter((year) => year.community > 0).map((year) => [isoDate(year.yearEnding), year.community + year.custody, year.community, year.custody, "derived", source]);

  return [
    ["register-history.csv", formatCsv(registerHistoryColumns, historyRows)],
    ["register-projection.csv", formatCsv(["period_ending", "measure", "point", ...intervalColumns], projectionRows, 2)],
    ["flows.csv", formatCsv(["period_ending", "flow", "kind", "point", ...intervalColumns], [...recordedFlows, ...futureFlows], 2)],
    ["register-caseload-history.csv", formatCsv(["year_ending", "rsos", "community", "custody", "quality", "source"], yearly)],
  ];
}
