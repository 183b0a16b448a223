import { type CalendarDay, calendarDay, daysInMonth, isoDate } from "../math/calendar-day.js";
import type { PathSummary } from "../register/path-summary.js";
import type { RegisterProjection } from "../register/project-register.js";
import type { RiskLevel } from "../workload/staffing-rules.js";
import type { CaseloadForecast, MethodForecast } from "./caseload-forecast.js";

/** The method name the register projection goes by among the forecast's methods. */
export const registerMethodName = "register";

/** The register's figures for one forecast year, beside its community caseload. */
export interface RegisterCaseloadYear {
  periodEnding: string;
  /**
   * The projected community by risk level as shares of the assessed community, adding up to 1: people
   * not yet assessed are shared among the levels in proportion to the assessed mix.
   */
  riskMix: Record<RiskLevel, number>;
  /** Mean of the projected (or, up to the as-of date, the reconstructed) custody count at the year end. */
  peopleInCustody: number;
  /**
   * People joining the register and releases from custody in the twelve months to the end of the month
   * the year ends in: the projection's mean for months after the as-of date, the reconstructed count for
   * months up to it. The staffing model counts the one-off work of joining and release on them.
   */
  joiners: number;
  releases: number;
}

/** Where a caseload forecast taken from the register projection comes from. */
export interface RegisterCaseloadSource {
  extractFile: string;
  /** YYYY-MM-DD. */
  asOf: string;
  /** The first day the extract holds everyone who left from, YYYY-MM-DD. */
  completeFrom: string;
  paths: number;
  seed: number;
  years: RegisterCaseloadYear[];
}

/** A caseload forecast whose chosen method is the register projection. */
export interface RegisterCaseloadForecast extends CaseloadForecast {
  register: RegisterCaseloadSource;
}

/**
 * The forecast stage's result taken from a register projection instead of a trend through the yearly
 * history: for each forecast year ending E (the trend forecast's `futurePeriodEnding`), the community,
 * custody and community-by-risk-level counts at the end of the month E falls in:
 *
 * - after the as-of date: the projection's mean over the paths (point) and its R-7 quantile intervals
 *   at the forecast's levels;
 * - on or before it: the reconstructed history's count, known exactly (every interval has zero width).
 *
 *   riskMix(level) = community(level) ÷ (community(very high) + … + community(low))
 *
 * so the unassessed are shared as the assessed are; with nobody assessed, the profile's mix is kept
 * (`fallbackRiskMix`). The trend forecast's history, backtest and methods stay, the methods after the
 * register projection, so that the report shows both.
 *
 * @throws {RangeError} if a forecast year ends before the reconstructed history begins or after the projection ends
 */
export function registerCaseloadForecast(
  projection: RegisterProjection,
  trend: CaseloadForecast,
  source: Omit<RegisterCaseloadSource, "years" | "completeFrom">,
  fallbackRiskMix: Readonly<Record<RiskLevel, number>>,
): RegisterCaseloadForecast {
  const atYearEnds = trend.futurePeriodEnding.map((periodEnding) => monthAt(projection, periodEnding));
  const measure = (name: "community" | "custody" | "community_very_high" | "community_high" | "community_medium" | "community_low") =>
    atYearEnds.map((month) => month[name]);
  const community = measure("community");
  const assessed = { veryHigh: measure("community_very_high"), high: measure("community_high"), medium: measure("community_medium"), low: measure("community_low") };
  const custody = measure("custody");

  const registerForecast: MethodForecast = {
    method: registerMethodName,
    label: "register projection",
    forecast: {
      method: registerMethodName,
      point: community.map((summary) => summary.point),
      intervals: trend.levels.map((level) => {
        const at = community.map((summary) => intervalAt(summary, level));
        return { level, lower: at.map((interval) => interval.lower), upper: at.map((interval) => interval.upper) };
      }),
    },
  };
  const years = trend.futurePeriodEnding.map((periodEnding, step): RegisterCaseloadYear => {
    const shares = { veryHigh: assessed.veryHigh[step].point, high: assessed.high[step].point, medium: assessed.medium[step].point, low: assessed.low[step].point };
    const total = shares.veryHigh + shares.high + shares.medium + shares.low;
    const riskMix = total > 0 ? { veryHigh: shares.veryHigh / total, high: shares.high / total, medium: shares.medium / total, low: shares.low / total } : { ...fallbackRiskMix };
    return { periodEnding, riskMix, peopleInCustody: custody[step].point, joiners: flowInYear(projection, periodEnding, "joiners"), releases: flowInYear(projection, periodEnding, "releases") };
  });
  const completeFrom = isoDate(projection.history.completeFrom);
  return {
    ...trend,
    chosen: registerForecast,
    choice: {
      rule: `The force profile takes the caseload from the register projection of ${source.extractFile} as at ${source.asOf} (register.caseloadFrom "register"), not from a trend through the caseload history.`,
      reason: `Mean and ranges over ${source.paths} simulated paths (seed ${source.seed}); the extract holds everyone who left from ${completeFrom}; ${trend.chosen.label}, the trend forecast of the history, is shown beside it.`,
    },
    methods: [registerForecast, ...trend.methods],
    register: { ...source, completeFrom, years },
  };
}

type MonthCounts = Record<"community" | "custody" | "community_very_high" | "community_high" | "community_medium" | "community_low", PathSummary>;

/** The register's counts at the end of the month a day falls in: projected after the as-of date, reconstructed up to it. */
function monthAt(projection: RegisterProjection, periodEnding: string): MonthCounts {
  const monthEnding = endOfMonth(periodEnding);
  const projected = projection.monthEndings.indexOf(monthEnding);
  if (projected >= 0) {
    const at = (name: keyof MonthCounts) => projection.measures[name][projected];
    return {
      community: at("community"),
      custody: at("custody"),
      community_very_high: at("community_very_high"),
      community_high: at("community_high"),
      community_medium: at("community_medium"),
      community_low: at("community_low"),
    };
  }
  const recorded = projection.history.months.find((month) => month.monthEnding === monthEnding);
  if (recorded === undefined) {
    const first = projection.history.months[0]?.monthEnding;
    const last = projection.monthEndings[projection.monthEndings.length - 1];
    throw new RangeError(
      `the year ending ${periodEnding} is outside the register's months (${first === undefined ? "no whole month of history" : `history from the end of ${isoDate(first).slice(0, 7)}`}, projection to ${last === undefined ? "none" : isoDate(last)})`,
    );
  }
  const exactly = (count: number): PathSummary => ({ point: count, intervals: projection.levels.map((level) => ({ level, lower: count, upper: count })) });
  const { communityByRiskLevel } = recorded;
  return {
    community: exactly(recorded.community),
    custody: exactly(recorded.custody),
    community_very_high: exactly(communityByRiskLevel.very_high),
    community_high: exactly(communityByRiskLevel.high),
    community_medium: exactly(communityByRiskLevel.medium),
    community_low: exactly(communityByRiskLevel.low),
  };
}

/**
 * A flow summed over the twelve months to the end of the month a year ends in: projected means after the
 * as-of date, reconstructed counts up to it.
 *
 * @throws {RangeError} if a month is neither in the reconstructed history nor in the projection
 */
function flowInYear(projection: RegisterProjection, periodEnding: string, flow: "joiners" | "releases"): number {
  const [year, month] = periodEnding.split("-").map(Number);
  let total = 0;
  for (let back = 11; back >= 0; back--) {
    const index = year * 12 + (month - 1) - back;
    const monthYear = Math.floor(index / 12);
    const monthOfYear = (index % 12) + 1;
    const monthEnding = calendarDay(monthYear, monthOfYear, daysInMonth(monthYear, monthOfYear));
    const projected = projection.monthEndings.indexOf(monthEnding);
    if (projected >= 0) {
      total += projection.flows[flow][projected].point;
      continue;
    }
    const recorded = projection.history.months.find((entry) => entry.monthEnding === monthEnding);
    if (recorded === undefined) {
      throw new RangeError(`the ${flow} of the year ending ${periodEnding} need the month ending ${isoDate(monthEnding)}, which is neither in the register's reconstructed history nor in its projection`);
    }
    total += recorded[flow];
  }
  return total;
}

function intervalAt(summary: PathSummary, level: number): { lower: number; upper: number } {
  const interval = summary.intervals.find((entry) => entry.level === level);
  if (interval === undefined) throw new RangeError(`the register projection has no ${level}% interval; project with ${level} among the levels`);
  return interval;
}

function endOfMonth(isoDay: string): CalendarDay {
  const [year, month] = isoDay.split("-").map(Number);
  return calendarDay(year, month, daysInMonth(year, month));
}
