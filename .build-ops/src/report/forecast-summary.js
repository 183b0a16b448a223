import { yearOf } from "./readable-date.js";
import { readableNumber } from "./readable-number.js";
/**
 * The forecast in one plain-English sentence, for the top of a report:
 *
 *   "Registered sex offenders are projected to grow from 1,250 in 2025 to 1,521 in 2030;
 *    80% range 1,400–1,650; about 4.0% a year."
 *
 * - "from": the last count of the history; "to": the chosen method's point forecast for the last
 *   year ahead. Counts are rounded to whole people.
 * - The range is the 80% prediction interval for that year; when 80 is not among the levels, the
 *   narrowest level asked for.
 * - The yearly rate is compound growth, (to ÷ from)^(1 ÷ years ahead) − 1, in per cent to one decimal:
 *   the steady yearly change that would take "from" to "to". It is left out when either count is
 *   zero or below, where compound growth means nothing.
 * - "grow" or "fall" follows the rounded counts; equal counts "stay at about".
 */
export function forecastSummary(result) {
    const { history, chosen, futurePeriodEnding, horizon } = result;
    const from = history.values[history.values.length - 1];
    const to = chosen.forecast.point[horizon - 1];
    const fromYear = yearOf(history.periodEnding[history.periodEnding.length - 1]);
    const toYear = yearOf(futurePeriodEnding[horizon - 1]);
    const fromText = readableNumber(from);
    const toText = readableNumber(to);
    const parts = [
        fromText === toText
            ? `Registered sex offenders are projected to stay at about ${fromText} from ${fromYear} to ${toYear}`
            : `Registered sex offenders are projected to ${to > from ? "grow" : "fall"} from ${fromText} in ${fromYear} to ${toText} in ${toYear}`,
    ];
    const interval = chosen.forecast.intervals.find((candidate) => candidate.level === 80) ??
        [...chosen.forecast.intervals].sort((a, b) => a.level - b.level)[0];
    if (interval !== undefined) {
        parts.push(`${interval.level}% range ${readableNumber(interval.lower[horizon - 1])}–${readableNumber(interval.upper[horizon - 1])}`);
    }
    if (from > 0 && to > 0) {
        const yearlyRate = (to / from) ** (1 / horizon) - 1;
        parts.push(`about ${readableNumber(Math.abs(yearlyRate) * 100, 1)}% a year`);
    }
    return `${parts.join("; ")}.`;
}
