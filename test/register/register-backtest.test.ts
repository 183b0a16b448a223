import { describe, expect, it } from "vitest";
import { forecastMethods } from "../../src/forecast/methods.js";
import { isoDate } from "../../src/math/calendar-day.js";
import { extractAsOf } from "../../src/register/extract-as-of.js";
import { backtestSummary, registerBacktest } from "../../src/register/register-backtest.js";
import { registerHistory } from "../../src/register/register-history.js";
import { day, person } from "./register-fixture.js";

// As of 31 January 2024, complete from 1 January 2021; nobody joins in the history and every exit is a known date.
const asOf = day(2024, 1, 31);
const people = [
  person([2015, 1, 1]), // A: indefinite
  person([2012, 6, 30], { notificationEnds: day(2022, 6, 30), leftOn: day(2022, 6, 30), leftReason: "period_ended" }), // B
  person([2016, 12, 31], { notificationEnds: day(2023, 12, 31), leftOn: day(2023, 12, 31), leftReason: "period_ended" }), // C
  person([2019, 1, 1], { custodyFrom: day(2019, 1, 1), custodyUntil: day(2022, 10, 1) }), // D: in custody to October 2022
];

describe("extractAsOf(people, origin)", () => {
  it("forgets leaving and release after the origin, keeping the release that came as the one expected", () => {
    const then = extractAsOf([...people, person([2023, 5, 1])], day(2022, 1, 31));
    expect(then).toHaveLength(4);
    expect(then[1]).toMatchObject({ leftOn: null, leftReason: null, notificationEnds: day(2022, 6, 30) });
    expect(then[3]).toMatchObject({ custodyFrom: day(2019, 1, 1), custodyUntil: null, expectedRelease: day(2022, 10, 1) });
  });

  it("puts the release of one in custody then who later left still in custody where the longer spells known then ended", () => {
    // Origin 31 January 2022. Spells known then: E1 1 Jan 2019 to 1 Jan 2020, 365 days (finished);
    // E2 1 Jan 2021 to 1 Jan 2023, 730 days (in custody then; the release that came stands for the one expected).
    // E3 in custody from 1 Jun 2021, left (died) 1 Jun 2022 still inside: at least 365 days. Longer than
    //   365 is only E2's 730: release expected 1 Jun 2021 + 730 days = 1 Jun 2023 (no leap day between).
    // E4 in custody from 1 Mar 2021, left 1 Jan 2025 still inside: at least 1,402 days, longer than any known: none.
    const registered = [2018, 1, 1] as [number, number, number];
    const then = extractAsOf(
      [
        person(registered, { custodyFrom: day(2019, 1, 1), custodyUntil: day(2020, 1, 1) }),
        person(registered, { custodyFrom: day(2021, 1, 1), custodyUntil: day(2023, 1, 1) }),
        person(registered, { custodyFrom: day(2021, 6, 1), leftOn: day(2022, 6, 1), leftReason: "died" }),
        person(registered, { custodyFrom: day(2021, 3, 1), leftOn: day(2025, 1, 1), leftReason: "moved_away" }),
      ],
      day(2022, 1, 31),
    );
    expect(then.map((entry) => [entry.leftOn, entry.custodyUntil, entry.expectedRelease])).toEqual([
      [null, day(2020, 1, 1), null],
      [null, null, day(2023, 1, 1)],
      [null, null, day(2023, 6, 1)],
      [null, null, null],
    ]);
  });

  it("forgets a custody spell that began after the origin", () => {
    const [then] = extractAsOf([person([2015, 1, 1], { custodyFrom: day(2023, 1, 1), custodyUntil: day(2023, 6, 1) })], day(2022, 1, 31));
    expect(then).toMatchObject({ custodyFrom: null, custodyUntil: null, expectedRelease: null });
  });
});

describe("registerBacktest(people, history, options)", () => {
  const history = registerHistory(people, { asOf, completeFrom: day(2021, 1, 1) });
  const methods = forecastMethods.filter((method) => method.name === "naive" || method.name === "drift");
  const rows = registerBacktest(people, history, { asOf, completeFrom: history.completeFrom, paths: 20, seed: 1, levels: [80, 95], methods });

  it("scores the register projection from one and two years back, exact here, against the reconstructed counts", () => {
    // community at 31 Jan: 2023 A, C, D (released) = 3; 2024 A, D = 2. The origin three years back has one month of history: left out
    const register = rows.filter((row) => row.method === "register").map((row) => [isoDate(row.origin), row.yearsAhead, isoDate(row.periodEnding), row.actual, row.point, row.absolutePercentageError]);
    expect(register).toEqual([
      ["2022-01-31", 1, "2023-01-31", 3, 3, 0],
      ["2022-01-31", 2, "2024-01-31", 2, 2, 0],
      ["2023-01-31", 1, "2024-01-31", 2, 2, 0],
    ]);
  });

  it("scores the trend methods on the same yearly counts: naive carries 3 forward, 50% off when 2 are left", () => {
    const naive = rows.filter((row) => row.method === "naive").map((row) => [isoDate(row.origin), row.point, row.absolutePercentageError]);
    expect(naive).toEqual([
      ["2022-01-31", 3, 0],
      ["2022-01-31", 3, 50],
      ["2023-01-31", 3, 50],
    ]);
    // drift needs three years: only from 2023 (3, 3, 3 → 3)
    expect(rows.filter((row) => row.method === "drift").map((row) => [isoDate(row.origin), row.point, row.absolutePercentageError])).toEqual([["2023-01-31", 3, 50]]);
  });

  it("ranks the methods by mean absolute percentage error", () => {
    expect(backtestSummary(rows).map((entry) => [entry.method, entry.forecasts, entry.meanAbsolutePercentageError])).toEqual([
      ["register", 3, 0],
      ["naive", 3, 100 / 3],
      ["drift", 1, 50],
    ]);
  });

  it("sets beside each method the register projection's error on the same forecasts", () => {
    // naive made all three of the register's forecasts; drift only the one from 2023 (register 0 there)
    expect(backtestSummary(rows).map((entry) => [entry.method, entry.registerOnSameForecasts, entry.coversRegister])).toEqual([
      ["register", 0, true],
      ["naive", 0, true],
      ["drift", 0, false],
    ]);
  });

  it("keeps, for the register projection, the flows from the origin to each year scored, projected and as they happened", () => {
    // Nobody joins and nobody leaves but by a known date, so the projection is exact:
    // from 31 Jan 2022: to 31 Jan 2023 B leaves (30 Jun 2022) and D is released (1 Oct 2022);
    //                   to 31 Jan 2024 C leaves as well (31 Dec 2023);
    // from 31 Jan 2023: to 31 Jan 2024 C leaves; D's release came before the origin.
    const flows = rows.filter((row) => row.method === "register").map((row) => [isoDate(row.origin), row.yearsAhead, row.flows]);
    const flow = (leavers: number, releases: number) => ({ joinersProjected: 0, joinersActual: 0, leaversProjected: leavers, leaversActual: leavers, releasesProjected: releases, releasesActual: releases });
    expect(flows).toEqual([
      ["2022-01-31", 1, flow(1, 1)],
      ["2022-01-31", 2, flow(2, 1)],
      ["2023-01-31", 1, flow(1, 0)],
    ]);
    expect(rows.filter((row) => row.method !== "register").every((row) => row.flows === undefined)).toBe(true);
  });
});

describe("backtestSummary(rows)", () => {
  // The register projection scored on three forecasts (absolute percentage errors 1, 5 and 0.5: mean
  // 6.5 / 3 = 2.1667); drift on the same three (2, 6, 1: mean 3); theta, which needs more years of
  // history, only on the nearest one (0.8, where the register projection's was 0.5).
  const row = (method: string, origin: number, yearsAhead: number, error: number) => ({ origin, yearsAhead, periodEnding: origin + 365 * yearsAhead, actual: 100, method, label: method, point: 100 + error, intervals: [], absolutePercentageError: error });
  const rows = [row("register", 1, 1, 1), row("register", 1, 2, 5), row("register", 2, 1, 0.5), row("drift", 1, 1, 2), row("drift", 1, 2, 6), row("drift", 2, 1, 1), row("theta", 2, 1, 0.8)];

  it("gives each method's error beside the register projection's over the same forecasts", () => {
    expect(backtestSummary(rows).map((entry) => [entry.method, entry.forecasts, entry.meanAbsolutePercentageError, entry.registerOnSameForecasts, entry.coversRegister])).toEqual([
      ["theta", 1, 0.8, 0.5, false],
      ["register", 3, 6.5 / 3, 6.5 / 3, true],
      ["drift", 3, 3, 6.5 / 3, true],
    ]);
  });
});
