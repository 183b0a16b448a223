import { normalQuantile } from "./normal-quantile.js";

/**
 * The quantile of Student's t distribution: the t with P(T ≤ t) = p for T with the given degrees of
 * freedom, as R's `qt(p, degreesOfFreedom)`. Regression prediction intervals use it in place of the
 * normal quantile because the spread is estimated from few points: with 3 points (1 degree of freedom)
 * the 95% multiplier is 12.71, not 1.96.
 *
 * Neither simple-statistics nor mathjs has this quantile, so it is computed here:
 *
 *   1. The distribution function comes from the finite series of Abramowitz & Stegun, Handbook of
 *      Mathematical Functions (1964), 26.7.3 (odd degrees of freedom) and 26.7.4 (even), written in
 *      θ = atan(t / √ν). For whole-number ν these are exact sums of ν/2 terms, with no
 *      gamma function to approximate.
 *   2. Newton's method on that function, starting from the normal quantile. The distribution
 *      function is concave for t > 0, so starting below the root (t's tails are heavier than the
 *      normal's) every step stays below it and the iterates rise to it without overshooting.
 *
 * One and two degrees of freedom have closed forms (Cauchy: tan(π(p − ½)); ν = 2:
 * (2p − 1) / √(2p(1 − p))) and use them directly. Checked against R's `qt` to a relative 1e-12 for
 * ν from 1 to 1,000 and p from 0.0005 to 0.9995 (test/math/student-t-quantile.test.ts). The work
 * grows with ν (about a second at ν = 1,000,000); the tool needs tens.
 *
 * @param p a probability strictly between 0 and 1
 * @param degreesOfFreedom a whole number, at least 1 (for a straight-line fit, observations − 2)
 * @throws {RangeError} if p is not strictly between 0 and 1, or degreesOfFreedom is not a whole number ≥ 1
 * @example
 * studentTQuantile(0.975, 10); // => 2.228138851986274
 */
export function studentTQuantile(p: number, degreesOfFreedom: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`Student's t quantile needs a probability between 0 and 1, got ${p}`);
  if (!(Number.isSafeInteger(degreesOfFreedom) && degreesOfFreedom >= 1)) {
    throw new RangeError(`Student's t quantile needs whole-number degrees of freedom of at least 1, got ${degreesOfFreedom}`);
  }
  if (p === 0.5) return 0;
  if (p < 0.5) return -upperQuantile(1 - p, degreesOfFreedom);
  return upperQuantile(p, degreesOfFreedom);
}

/** The quantile for p > ½, which is positive. */
function upperQuantile(p: number, degreesOfFreedom: number): number {
  if (degreesOfFreedom === 1) return Math.tan(Math.PI * (p - 0.5));
  if (degreesOfFreedom === 2) return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));

  // Solve P(|T| ≤ t) = 2p − 1 for t > 0.
  const target = 2 * p - 1;
  const densityConstant = studentTDensityAtZero(degreesOfFreedom);
  let t = normalQuantile(p);
  for (let iteration = 0; iteration < 1000; iteration++) {
    const density = densityConstant * Math.pow(1 + (t * t) / degreesOfFreedom, -(degreesOfFreedom + 1) / 2);
    const step = (centralProbability(t, degreesOfFreedom) - target) / (2 * density);
    t -= step;
    if (Math.abs(step) <= 1e-15 * t) break;
  }
  return t;
}

/**
 * P(|T| ≤ t) for t ≥ 0, by Abramowitz & Stegun 26.7.3–4 (their A(t | ν)). With θ = atan(t/√ν):
 *   ν odd:  (2/π) [θ + sin θ (cos θ + (2/3) cos³θ + … + (2·4…(ν−3))/(1·3…(ν−2)) cos^(ν−2) θ)]
 *   ν even: sin θ [1 + (1/2) cos²θ + (1·3)/(2·4) cos⁴θ + … + (1·3…(ν−3))/(2·4…(ν−2)) cos^(ν−2) θ]
 * The odd series is empty for ν = 1.
 */
function centralProbability(t: number, degreesOfFreedom: number): number {
  const cosine = 1 / Math.sqrt(1 + (t * t) / degreesOfFreedom);
  const sine = (t / Math.sqrt(degreesOfFreedom)) * cosine;
  const cosineSquared = cosine * cosine;
  const odd = degreesOfFreedom % 2 === 1;

  let term = odd ? cosine : 1;
  let sum = degreesOfFreedom === 1 ? 0 : term;
  // each term is the one before × cos²θ × k/(k + 1), with k = 2, 4, … (odd) or 1, 3, … (even)
  for (let k = odd ? 2 : 1; k <= degreesOfFreedom - 3; k += 2) {
    term *= (cosineSquared * k) / (k + 1);
    sum += term;
  }
  return odd ? (2 / Math.PI) * (Math.atan2(sine, cosine) + sine * sum) : sine * sum;
}

/**
 * The density of t at zero, Γ((ν+1)/2) / (√(νπ) Γ(ν/2)), with the ratio of gamma functions built up
 * by Γ(x + 1) = x Γ(x) from Γ(1)/Γ(½) = 1/√π (ν odd) or Γ(3/2)/Γ(1) = √π/2 (ν even).
 */
function studentTDensityAtZero(degreesOfFreedom: number): number {
  let gammaRatio = degreesOfFreedom % 2 === 1 ? 1 / Math.sqrt(Math.PI) : Math.sqrt(Math.PI) / 2;
  for (let nu = degreesOfFreedom % 2 === 1 ? 1 : 2; nu < degreesOfFreedom; nu += 2) {
    gammaRatio *= (nu + 1) / nu;
  }
  return gammaRatio / Math.sqrt(degreesOfFreedom * Math.PI);
}
