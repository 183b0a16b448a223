import { isoDate } from "../math/calendar-day.js";
import { ageBandLabels } from "../register/age-band.js";
import type { RegisterProjection } from "../register/project-register.js";
import { leftReasons } from "../register/register-person.js";
import { chartColours, chartLayout } from "./chart-layout.js";
import { escapeHtml } from "./escape-html.js";
import { htmlTable, type TableCell } from "./html-table.js";
import { readableDate } from "./readable-date.js";
import { readableNumber } from "./readable-number.js";
import type { Chart, ReportSection } from "./report-section.js";

/** How a person is counted at a month end, as the report and README state it. */
export const monthEndConvention =
  "A person counts at a month end when registered on or before it and leaving after it (left_on, or notification_ends while still on the register, is the first day off the register); of those, a person is in custody when custody began on or before the month end and release (custody_until or expected_release, the first day back in the community) is after it.";

const reasonLabels: Readonly<Record<(typeof leftReasons)[number], string>> = {
  period_ended: "Notification period ended",
  died: "Died",
  moved_away: "Moved away",
  removed_on_review: "Removed on review",
  other: "Other",
};

/**
 * The report's section on the register: the reconstructed history and the projection (fan chart of
 * the community and custody counts), the flows in and out month by month, the projection at each
 * year end, the learned rates of unforeseen exits, and how the joiners were forecast.
 */
export function registerSection(projection: RegisterProjection, { asOf }: { asOf: string }): ReportSection {
  const { history, monthEndings, levels } = projection;
  const fan = fanChart(projection);
  const flows = flowsChart(projection);
  const last = projection.measures.community[monthEndings.length - 1];
  const widest = last.intervals[last.intervals.length - 1];
  const first = history.months[0];
  const yearEnds = monthEndings.map((_, index) => index).filter((index) => (index + 1) % 12 === 0);
  const html = [
    `<p class="summary">${escapeHtml(
      `On ${readableDate(asOf)}, ${readableNumber(projection.onRegisterAtAsOf)} people were on the register. ` +
        `In ${readableNumber(monthEndings.length / 12)} years (${readableDate(isoDate(monthEndings[monthEndings.length - 1]))}) the community caseload is projected at ${readableNumber(last.point)}` +
        (widest === undefined ? "" : ` (${widest.level}% range ${readableNumber(widest.lower)}–${readableNumber(widest.upper)})`) +
        `, from ${readableNumber(projection.paths)} simulated paths.`,
    )}</p>`,
    `<p>${escapeHtml(
      first === undefined
        ? "The extract holds no whole month from the date it is complete from, so there is no reconstructed history."
        : `The history starts in ${readableDate(isoDate(first.monthEnding)).replace(/^\d+ /, "")}, the first whole month from ${readableDate(isoDate(history.completeFrom))}, the date the extract holds everyone who left from; counts before it would miss everyone who left earlier.`,
    )}</p>`,
    `<p>${escapeHtml(monthEndConvention)} Only each person's latest custody spell and latest risk level are in an extract, so past custody counts miss earlier spells and the past risk mix is today's.</p>`,
    `<div data-chart="${fan.id}"></div>`,
    `<div data-chart="${flows.id}"></div>`,
    htmlTable(
      [{ label: "Year ending", noWrap: true }, { label: "Community", align: "right" }, ...levels.map((level) => ({ label: `${level}% range`, align: "right" as const })), { label: "Custody", align: "right" }],
      yearEnds.map((index) => {
        const community = projection.measures.community[index];
        return [
          isoDate(monthEndings[index]),
          Math.round(community.point),
          ...community.intervals.map((interval): TableCell => `${readableNumber(interval.lower)}–${readableNumber(interval.upper)}`),
          Math.round(projection.measures.custody[index].point),
        ];
      }),
      { caption: "Projected registered sex offenders at each year end (mean of the paths)" },
    ),
    "<h3>How the projection is made</h3>",
    `<ul>${[
      "Known exits: everyone on the register leaves on their notification end date; an indefinite registration has none.",
      "Known releases: everyone in custody comes out on their expected release date; anyone in custody with no expected release stays in custody.",
      "Other exits (death, moving away, removal on review, other) happen at the monthly rates the extract's own history shows, by age band where birth years are given (table below); removal on review only for indefinite registrations.",
      `Joiners: ${projection.joiners.method}, on the joiners of each whole year of the history (${projection.joiners.yearlyHistory.map((count) => readableNumber(count)).join(", ") || "none"}), expecting ${projection.joiners.yearlyMean.map((mean) => readableNumber(mean)).join(", ")} a year; each month's joiners are a Poisson count around that level, itself drawn once a path; each copies one of ${readableNumber(projection.joinerProfiles.length)} recent joiners' notification length, custody and its length, risk level and age.`,
      `Uncertainty: ${readableNumber(projection.paths)} paths from one seed; the ranges are the paths' quantiles (R type 7), the point their mean.`,
    ]
      .map((item) => `<li>${escapeHtml(item)}</li>`)
      .join("")}</ul>`,
    projection.inCustodyWithoutRelease > 0 ? `<p class="note">${escapeHtml(`${readableNumber(projection.inCustodyWithoutRelease)} people in custody at the as-of date have no expected release date and are kept in custody throughout.`)}</p>` : "",
    htmlTable(
      [{ label: "Reason" }, { label: "Age band" }, { label: "Leavers", align: "right" }, { label: "Person-months", align: "right" }, { label: "Per 1,000 a year", align: "right", decimals: 1 }],
      projection.rates.filter((rate) => rate.personMonths > 0).map((rate) => [reasonLabels[rate.reason], ageBandLabels[rate.band], rate.leavers, rate.personMonths, rate.monthlyProbability * 12_000]),
      { caption: "Exits no date foretells, learned from the history" },
    ),
  ].filter((part) => part !== "");
  return { id: "register", title: "The register: history and projection", html: html.join("\n"), charts: [fan, flows] };
}

function fanChart(projection: RegisterProjection): Chart {
  const { history, monthEndings } = projection;
  const historyDays = history.months.map((month) => isoDate(month.monthEnding));
  const futureDays = monthEndings.map(isoDate);
  const lastDay = historyDays[historyDays.length - 1];
  const lastCommunity = history.months[history.months.length - 1]?.community;
  const joinHistory = <T,>(values: T[], start: T | undefined): T[] => (start === undefined ? values : [start, ...values]);
  const x = joinHistory(futureDays, lastDay);
  const community = projection.measures.community;
  const widestFirst = [...projection.levels].map((_, index) => index).reverse();
  const bands = widestFirst.map((levelIndex, rank) => ({
    type: "scatter",
    mode: "lines",
    name: `Community: ${projection.levels[levelIndex]}% range`,
    x: [...x, ...[...x].reverse()],
    y: [...joinHistory(community.map((month) => month.intervals[levelIndex].upper), lastCommunity), ...[...joinHistory(community.map((month) => month.intervals[levelIndex].lower), lastCommunity)].reverse()],
    fill: "toself",
    fillcolor: chartColours.bands[Math.min(widestFirst.length - 1 - rank, chartColours.bands.length - 1)],
    line: { width: 0 },
    hoverinfo: "skip",
  }));
  const line = (name: string, days: string[], values: number[], style: Record<string, unknown>) => ({ type: "scatter", mode: "lines", name, x: days, y: values, line: style, hovertemplate: "%{x}: %{y:,.0f}<extra></extra>" });
  const layout = chartLayout({ xTitle: "Month end", yTitle: "Registered sex offenders (people)" });
  (layout.xaxis as Record<string, unknown>).type = "date";
  return {
    id: "register-fan-chart",
    title: "The register: reconstructed month by month, and projected",
    caption: `Solid lines are the counts reconstructed from the extract (black: in the community; grey: in custody); dashed lines are the projection's mean, the shaded bands its ${projection.levels.join("% and ")}% ranges for the community.`,
    figure: {
      data: [
        ...bands,
        line("Community (reconstructed)", historyDays, history.months.map((month) => month.community), { color: chartColours.history, width: 2 }),
        line("Custody (reconstructed)", historyDays, history.months.map((month) => month.custody), { color: chartColours.marker, width: 2 }),
        line("Community (projected mean)", x, joinHistory(community.map((month) => month.point), lastCommunity), { color: chartColours.forecast, width: 2, dash: "dash" }),
        line("Custody (projected mean)", futureDays, projection.measures.custody.map((month) => month.point), { color: chartColours.marker, width: 2, dash: "dash" }),
      ],
      layout,
    },
  };
}

const flowColours = { joiners: "#08306b", releases: "#6baed6", period_ended: "#000000", died: "#6a3d9a", moved_away: "#b15928", removed_on_review: "#33a02c", other: "#808080" } as const;

function flowsChart(projection: RegisterProjection): Chart {
  const { history, monthEndings } = projection;
  const days = [...history.months.map((month) => isoDate(month.monthEnding)), ...monthEndings.map(isoDate)];
  const bar = (name: string, colour: string, recorded: number[], projected: number[], sign: 1 | -1) => ({
    type: "bar",
    name,
    x: days,
    y: [...recorded, ...projected].map((value) => sign * value),
    marker: { color: colour },
    hovertemplate: `%{x}: ${name} %{customdata:,.1f}<extra></extra>`,
    customdata: [...recorded, ...projected],
  });
  const layout = chartLayout({ xTitle: "Month", yTitle: "People a month (in above zero, out below)" });
  (layout.xaxis as Record<string, unknown>).type = "date";
  layout.barmode = "relative";
  (layout.yaxis as Record<string, unknown>).rangemode = "normal";
  const lastHistory = history.months[history.months.length - 1];
  if (lastHistory !== undefined) {
    layout.shapes = [{ type: "line", xref: "x", yref: "paper", x0: isoDate(lastHistory.monthEnding), x1: isoDate(lastHistory.monthEnding), y0: 0, y1: 1, line: { color: chartColours.marker, width: 1, dash: "dot" } }];
  }
  return {
    id: "register-flows",
    title: "Flows into and out of the register, month by month",
    caption: "Joiners and releases from custody above zero; leavers by reason below. Left of the dotted line, as the extract records them; right of it, the projection's mean.",
    figure: {
      data: [
        bar("Joiners", flowColours.joiners, history.months.map((month) => month.joiners), projection.flows.joiners.map((month) => month.point), 1),
        bar("Releases from custody", flowColours.releases, history.months.map((month) => month.releases), projection.flows.releases.map((month) => month.point), 1),
        ...leftReasons.map((reason) =>
          bar(`Left: ${reasonLabels[reason].toLowerCase()}`, flowColours[reason], history.months.map((month) => month.leaversByReason[reason]), projection.flows[`leavers_${reason}`].map((month) => month.point), -1),
        ),
      ],
      layout,
    },
  };
}
