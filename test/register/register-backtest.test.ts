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
});
