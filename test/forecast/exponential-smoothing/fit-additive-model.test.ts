import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TrendKind } from "../../../src/forecast/exponential-smoothing/additive-model.js";
import { fitAdditiveModel } from "../../../src/forecast/exponential-smoothing/fit-additive-model.js";
import { parametersAllowed } from "../../../src/forecast/exponential-smoothing/parameter-bounds.js";
import { exponentialSmoothingReference } from "../../fixtures/r/exponential-smoothing-reference.js";

// R 4.2.2, forecast 8.20, made by test/fixtures/r/make-exponential-smoothing-fixtures.R:
// ses(y)$model, holt(y)$model and holt(y, damped = TRUE)$model on 11 series.
const models: [string, TrendKind][] = [
  ["ses", "none"],
  ["holt", "linear"],
  ["damped", "damped"],
];

// R's Nelder–Mead stops once every vertex's criterion is within √ε (1.49e-8) of the best, relative
// to the criterion at the start; two searches that both stopped correctly can differ by that much.
const STOPPING_TOLERANCE = Math.sqrt(Number.EPSILON);

// The constant series has nothing to fit: every criterion is 0 or rounding noise (R: 1e-27), and it
// is checked on its own below.
const cases = models.flatMap(([method, trendKind]) =>
  exponentialSmoothingReference(method)
    .filter((reference) => reference.series !== "constant")
    .map((reference) => ({ method, trendKind, ...reference })),
);

describe("fitAdditiveModel(history, trendKind)", () => {
  it.each(cases)("reaches R's minimum mean squared error, $method on $series", ({ history, trendKind, fit }) => {
    const model = fitAdditiveModel(history, trendKind);

    expect(Math.abs(model.meanSquaredError - fit.meanSquaredError)).toBeLessThanOrEqual(
      STOPPING_TOLERANCE * fit.meanSquaredError,
    );
  });

  it.each(cases)("reports R's log-likelihood, AIC, AICc, BIC and σ², $method on $series", ({ history, trendKind, fit }) => {
    const model = fitAdditiveModel(history, trendKind);

    // log-likelihood = −(n/2) log(SSE): a relative difference d in SSE moves it by (n/2)·d, at most
    // 41/2 × 1.49e-8 ≈ 3e-7 for these series; the information criteria move by twice that.
    expect(Math.abs(model.logLikelihood - fit.logLikelihood)).toBeLessThanOrEqual(1e-6);
    expect(Math.abs(model.aic - fit.aic)).toBeLessThanOrEqual(1e-6);
    expect(Math.abs(model.aicc - fit.aicc)).toBeLessThanOrEqual(1e-6);
    expect(Math.abs(model.bic - fit.bic)).toBeLessThanOrEqual(1e-6);
    expect(Math.abs(model.residualVariance - fit.residualVariance)).toBeLessThanOrEqual(
      STOPPING_TOLERANCE * fit.residualVariance,
    );
  });

  it.each(cases)("lands on R's parameters and initial states, $method on $series", ({ history, trendKind, fit }) => {
    const model = fitAdditiveModel(history, trendKind);
    // 1e-6: far above the rounding our step-for-step search leaves (below 1e-10 here), far below the
    // 1e-4 that a search stopping elsewhere in R's stopping region could leave (√1.49e-8).
    const scale = Math.abs(fit.initialLevel);

    expect(model.parameters.alpha).toBeCloseTo(fit.alpha, 6);
    if (trendKind !== "none") expect(model.parameters.beta).toBeCloseTo(fit.beta, 6);
    if (trendKind === "damped") expect(model.parameters.phi).toBeCloseTo(fit.phi, 6);
    expect(Math.abs(model.initialState.level - fit.initialLevel)).toBeLessThanOrEqual(1e-6 * scale);
    if (trendKind !== "none") expect(Math.abs(model.initialState.trend - fit.initialTrend)).toBeLessThanOrEqual(1e-6 * scale);
  });

  it.each(cases)("takes as many steps as R's search, $method on $series", ({ history, trendKind, fit }) => {
    expect(fitAdditiveModel(history, trendKind).evaluations).toBe(fit.evaluations);
  });

  it.each(models)("fits a constant series exactly with %s: no error, level at the constant, no trend", (_, trendKind) => {
    const model = fitAdditiveModel(new Array(12).fill(150), trendKind);

    expect(model.meanSquaredError).toBe(0);
    expect(model.finalState.level).toBeCloseTo(150, 9);
    expect(model.finalState.trend).toBeCloseTo(0, 9);
  });

  it.each([
    ["none", 6],
    ["linear", 8],
    ["damped", 9],
  ] as [TrendKind, number][])("refuses to fit %s to %i observations, as R's ets will not", (trendKind, count) => {
    const history = Array.from({ length: count }, (_, i) => 100 + i);

    expect(() => fitAdditiveModel(history, trendKind)).toThrow(RangeError);
    expect(() => fitAdditiveModel([...history, 200], trendKind)).not.toThrow();
  });

  it("fits the same numbers once: a second call, with a copy of the history, gets the same fit back, and it cannot be changed", () => {
    const history = [820, 845, 880, 902, 951, 990, 1012, 1060, 1104, 1131, 1178];
    const first = fitAdditiveModel(history, "damped");

    expect(fitAdditiveModel([...history], "damped")).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.parameters) && Object.isFrozen(first.initialState) && Object.isFrozen(first.finalState)).toBe(true);
    // another trend kind, or one number changed, is another fit
    expect(fitAdditiveModel(history, "linear")).not.toBe(first);
    expect(fitAdditiveModel([...history.slice(0, -1), 1179], "damped")).not.toBe(first);
  });

  it("keeps the fitted parameters within R's bounds, for any history", () => {
    const histories = fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 10, maxLength: 30 });
    const trendKinds = fc.constantFrom<TrendKind>("none", "linear", "damped");

    fc.assert(
      fc.property(histories, trendKinds, (history, trendKind) =>
        parametersAllowed(fitAdditiveModel(history, trendKind).parameters, trendKind),
      ),
    );
  });
});
