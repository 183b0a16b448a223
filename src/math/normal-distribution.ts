/**
 * The standard normal distribution function Φ(z) = P(Z ≤ z), as R's `pnorm(z)`: W. J. Cody's rational
 * Chebyshev approximations ("Rational Chebyshev approximations for the error function", Mathematics of
 * Computation 23, 1969; the ANORM routine of 1993), the algorithm R's `pnorm` uses, with the same
 * coefficients and the same split of exp(−z²/2) into two factors so that the tails keep their full
 * relative accuracy (Φ(−10) is 7.6e−24, not 0). Accurate to about 1e−16 relative.
 *
 * For the upper tail 1 − Φ(z), ask for Φ(−z): it is exact where 1 − Φ(z) would cancel.
 */
export function normalDistribution(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  const y = Math.abs(z);
  if (y <= 0.67448975) {
    const square = y > Number.EPSILON / 2 ? z * z : 0;
    let numerator = central.a[4] * square;
    let denominator = square;
    for (let i = 0; i < 3; i += 1) {
      numerator = (numerator + central.a[i]) * square;
      denominator = (denominator + central.b[i]) * square;
    }
    return 0.5 + (z * (numerator + central.a[3])) / (denominator + central.b[3]);
  }
  let tail: number;
  if (y <= Math.sqrt(32)) {
    let numerator = middle.c[8] * y;
    let denominator = y;
    for (let i = 0; i < 7; i += 1) {
      numerator = (numerator + middle.c[i]) * y;
      denominator = (denominator + middle.d[i]) * y;
    }
    tail = gaussianFactor(y) * ((numerator + middle.c[7]) / (denominator + middle.d[7]));
  } else {
    const inverseSquare = 1 / (z * z);
    let numerator = far.p[5] * inverseSquare;
    let denominator = inverseSquare;
    for (let i = 0; i < 4; i += 1) {
      numerator = (numerator + far.p[i]) * inverseSquare;
      denominator = (denominator + far.q[i]) * inverseSquare;
    }
    const ratio = (inverseSquare * (numerator + far.p[4])) / (denominator + far.q[4]);
    tail = gaussianFactor(y) * ((1 / Math.sqrt(2 * Math.PI) - ratio) / y);
  }
  // tail is P(Z > |z|)
  return z > 0 ? 1 - tail : tail;
}

/** exp(−y²/2), as exp(−s²/2) × exp(−(y − s)(y + s)/2) with s = y rounded down to a sixteenth: no loss in the tails. */
function gaussianFactor(y: number): number {
  const rounded = Math.trunc(y * 16) / 16;
  const rest = (y - rounded) * (y + rounded);
  return Math.exp(-rounded * rounded * 0.5) * Math.exp(-rest * 0.5);
}

// Cody's coefficients, as in R's pnorm.c
const central = {
  a: [2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249, 0.065682337918207449113],
  b: [47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956],
};
const middle = {
  c: [
    0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226, 2494.5375852903726711,
    6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218, 1.0765576773720192317e-8,
  ],
  d: [
    22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755, 18615.571640885098091,
    34900.952721145977266, 38912.003286093271411, 19685.429676859990727,
  ],
};
const far = {
  p: [0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466, 2.9112874951168792e-5, 0.02307344176494017303],
  q: [1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244, 7.29751555083966205e-5],
};
