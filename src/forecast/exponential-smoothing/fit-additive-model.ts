import { nelderMead } from "../../math/nelder-mead.js";
import type { ModelState, SmoothingParameters, TrendKind } from "./additive-model.js";
import { initialStates } from "./initial-states.js";
import { parametersAllowed, startingParameters } from "./parameter-bounds.js";
import { runStateRecursion } from "./state-recursion.js";

/** An additive-error exponential smoothing model fitted to a history. */
export interface FittedAdditiveModel {
  trendKind: TrendKind;
  parameters: SmoothingParameters;
  /** The fitted state before the first observation. */
  initialState: ModelState;
  /** The state after the last observation: where forecasts start. */
  finalState: ModelState;
  /** Observations fitted. */
  observations: number;
  /** Values fitted: the smoothing parameters and the initial states (2 for no trend, 4 linear, 5 damped). */
  fittedValues: number;
  /** Mean of the squared one-step errors over the history: what the fit minimised. */
  meanSquaredError: number;
  /**
   * The log-likelihood as R's `ets` reports it, −(n/2) · log(sum of squared errors): the Gaussian
   * log-likelihood with σ² profiled out, less the constant −(n/2)(1 + log 2π − log n).
   */
  logLikelihood: number;
  /** Akaike's criterion as R's `ets`: −2 · logLikelihood + 2k, where k = fittedValues + 1 (for σ²). */
  aic: number;
  /** AIC corrected for small samples: AIC + 2k(k + 1) / (n − k − 1). */
  aicc: number;
  /** Schwarz's criterion: −2 · logLikelihood + k · log n. */
  bic: number;
  /** σ², the variance of the one-step errors: sum of squared errors / (n − fittedValues), as R's `ets`. */
  residualVariance: number;
  /** How many times the optimiser ran the model through the history. */
  evaluations: number;
}

/**
 * The fewest observations R's `ets` fits each model to by optimisation. With n no more than the
 * number of fitted values + 4, `ets` gives up on the model and falls back on classical Holt–Winters
 * smoothing (and drops the damping); we refuse instead, so that a method's name always means one model.
 */
export const fewestObservations: Readonly<Record<TrendKind, number>> = { none: 7, linear: 9, damped: 10 };

const FITTED_VALUES: Readonly<Record<TrendKind, number>> = { none: 2, linear: 4, damped: 5 };

/** The evaluation budget R's `ets` gives its optimiser (`maxit = 2000`). */
const MAXIMUM_EVALUATIONS = 2000;

/**
 * Fits ETS(A,N,N), ETS(A,A,N) or ETS(A,Ad,N) to a history as R's `ses(y)`, `holt(y)` and
 * `holt(y, damped = TRUE)` do (`ets(y, model, opt.crit = "mse")`, forecast package 8.20):
 *
 * 1. start from `startingParameters` and the `initialStates` guess;
 * 2. minimise the mean squared one-step error over α, β, φ and the initial level and trend
 *    together, by R's Nelder–Mead with its tolerance (√ε relative) and budget (2000 evaluations),
 *    refusing parameters outside `parametersAllowed`.
 *
 * With additive errors the mean squared error and the likelihood have the same minimum, so this is
 * the maximum-likelihood fit (Hyndman et al. 2008, section 5.2).
 *
 * @param history observations, oldest first, no gaps; at least `fewestObservations[trendKind]`
 * @throws {RangeError} if the history is shorter than that
 */
export function fitAdditiveModel(history: readonly number[], trendKind: TrendKind): FittedAdditiveModel {
  // a forecast fits the same history several times (SES, Theta and the combination all fit ETS(A,N,N);
  // the staffing and scenario forecasts of one report run every fit again), and the fit depends on the
  // numbers alone, so each is made once
  const key = fitKey(history, trendKind);
  const known = recentFits.get(key);
  if (known !== undefined) return known;
  const fitted = deepFrozen(fitOnce(history, trendKind));
  if (recentFits.size >= recentFitsKept) recentFits.delete(recentFits.keys().next().value!);
  recentFits.set(key, fitted);
  return fitted;
}

/** How many fits `fitAdditiveModel` keeps: every origin of a report's backtests, many times over. */
const recentFitsKept = 512;
const recentFits = new Map<string, FittedAdditiveModel>();

/** The history's numbers exactly (−0 apart from 0, as the shortest round-trip text of each) and the trend kind. */
function fitKey(history: readonly number[], trendKind: TrendKind): string {
  return `${trendKind}:${history.map((value) => (Object.is(value, -0) ? "-0" : String(value))).join(",")}`;
}

/** A fit shared between callers cannot be changed by one of them. */
function deepFrozen(model: FittedAdditiveModel): FittedAdditiveModel {
  Object.freeze(model.parameters);
  Object.freeze(model.initialState);
  Object.freeze(model.finalState);
  return Object.freeze(model);
}

function fitOnce(history: readonly number[], trendKind: TrendKind): FittedAdditiveModel {
  const observations = history.length;
  if (observations < fewestObservations[trendKind]) {
    throw new RangeError(
      `ETS model with trend "${trendKind}" needs at least ${fewestObservations[trendKind]} observations, got ${observations}`,
    );
  }
  const start = startingParameters(trendKind);
  const startState = initialStates(history, trendKind);
  const unpack = unpacker(trendKind);
  const objective = (vector: readonly number[]): number => {
    const { parameters, state } = unpack(vector);
    if (!parametersAllowed(parameters, trendKind)) return Infinity;
    return runStateRecursion(history, parameters, state).meanSquaredError;
  };
  const search = nelderMead(objective, pack(trendKind, start, startState), { maximumEvaluations: MAXIMUM_EVALUATIONS });

  const { parameters, state: initialState } = unpack(search.point);
  const { sumOfSquaredErrors, meanSquaredError, finalState } = runStateRecursion(history, parameters, initialState);
  const fittedValues = FITTED_VALUES[trendKind];
  const k = fittedValues + 1;
  const logLikelihood = -0.5 * observations * Math.log(sumOfSquaredErrors);
  const aic = -2 * logLikelihood + 2 * k;
  return {
    trendKind,
    parameters,
    initialState,
    finalState,
    observations,
    fittedValues,
    meanSquaredError,
    logLikelihood,
    aic,
    aicc: aic + (2 * k * (k + 1)) / (observations - k - 1),
    bic: -2 * logLikelihood + Math.log(observations) * k,
    residualVariance: sumOfSquaredErrors / (observations - fittedValues),
    evaluations: search.evaluations,
  };
}

/** The vector the optimiser moves, in R's order: α, β, φ (where the model has them), level, trend. */
function pack(trendKind: TrendKind, { alpha, beta, phi }: SmoothingParameters, { level, trend }: ModelState): number[] {
  if (trendKind === "none") return [alpha, level];
  if (trendKind === "linear") return [alpha, beta, level, trend];
  return [alpha, beta, phi, level, trend];
}

function unpacker(trendKind: TrendKind): (vector: readonly number[]) => { parameters: SmoothingParameters; state: ModelState } {
  if (trendKind === "none") {
    return ([alpha, level]) => ({ parameters: { alpha, beta: 0, phi: 1 }, state: { level, trend: 0 } });
  }
  if (trendKind === "linear") {
    return ([alpha, beta, level, trend]) => ({ parameters: { alpha, beta, phi: 1 }, state: { level, trend } });
  }
  return ([alpha, beta, phi, level, trend]) => ({ parameters: { alpha, beta, phi }, state: { level, trend } });
}
