import type { SmoothingParameters, TrendKind } from "./additive-model.js";

/**
 * The bounds R's `ets` puts on the smoothing parameters by default (`lower = c(1e-4, 1e-4, 1e-4, 0.8)`,
 * `upper = c(0.9999, 0.9999, 0.9999, 0.98)`): α and β between 0.0001 and 0.9999, β no bigger than α,
 * and φ between 0.8 and 0.98. Hyndman & Athanasopoulos (FPP3, section 8.2) explain the φ range:
 * below 0.8 damping is so strong that the trend hardly counts; above 0.98 a damped model can hardly
 * be told from an undamped one.
 */
export const parameterBounds = {
  alpha: { lower: 1e-4, upper: 0.9999 },
  beta: { lower: 1e-4, upper: 0.9999 },
  phi: { lower: 0.8, upper: 0.98 },
} as const;

/**
 * Whether R's `ets` (with its default `bounds = "both"`) would accept these parameters: within
 * `parameterBounds`, and inside the admissible region where the model forgets its distant past
 * (Hyndman et al. 2008, chapter 10: φ in [0, 1], 1 − 1/φ ≤ α ≤ 1 + 1/φ, α(φ − 1) ≤ β ≤ (1 + φ)(2 − α)).
 * For these three models the bounds already imply admissibility; the second check is kept so that
 * the rule reads as R's does.
 */
export function parametersAllowed({ alpha, beta, phi }: SmoothingParameters, trendKind: TrendKind): boolean {
  const { alpha: alphaBounds, beta: betaBounds, phi: phiBounds } = parameterBounds;
  if (alpha < alphaBounds.lower || alpha > alphaBounds.upper) return false;
  if (trendKind !== "none" && (beta < betaBounds.lower || beta > alpha || beta > betaBounds.upper)) return false;
  if (trendKind === "damped" && (phi < phiBounds.lower || phi > phiBounds.upper)) return false;

  if (phi < 0 || phi > 1 + 1e-8) return false;
  if (alpha < 1 - 1 / phi || alpha > 1 + 1 / phi) return false;
  if (trendKind !== "none" && (beta < alpha * (phi - 1) || beta > (1 + phi) * (2 - alpha))) return false;
  return true;
}

/**
 * Where the search for the parameters starts, as R's `ets` chooses (forecast package, function
 * `initparam`, for yearly data): α one fifth of the way up its range, β one tenth of the way from
 * its lower bound to α, φ 99% of the way up its range.
 */
export function startingParameters(trendKind: TrendKind): SmoothingParameters {
  const { alpha: alphaBounds, beta: betaBounds, phi: phiBounds } = parameterBounds;
  const alpha = alphaBounds.lower + 0.2 * (alphaBounds.upper - alphaBounds.lower);
  const betaUpper = Math.min(betaBounds.upper, alpha);
  const beta = trendKind === "none" ? 0 : betaBounds.lower + 0.1 * (betaUpper - betaBounds.lower);
  const phi = trendKind === "damped" ? phiBounds.lower + 0.99 * (phiBounds.upper - phiBounds.lower) : 1;
  return { alpha, beta, phi };
}
