/**
 * A standard normal draw from two uniform draws: the Box–Muller transform (Box & Muller 1958),
 * z = √(−2 ln u₁) · cos(2π u₂), with u₁ taken as 1 − u so that it is never 0.
 */
export function standardNormalDraw(random: () => number): number {
  const first = 1 - random();
  const second = random();
  return Math.sqrt(-2 * Math.log(first)) * Math.cos(2 * Math.PI * second);
}

/**
 * A Poisson draw of mean `mean`, exact in distribution: for means below 10, Knuth's multiplication of
 * uniforms (The Art of Computer Programming, vol. 2, 3.4.1); from 10, Hörmann's transformed rejection
 * with squeeze, PTRS (Hörmann 1993, "The transformed rejection method for generating Poisson random
 * variables", Insurance: Mathematics and Economics 12), as NumPy draws it. A mean of 0 gives 0.
 *
 * @param mean 0 or above
 */
export function poissonDraw(mean: number, random: () => number): number {
  if (!(mean > 0)) return 0;
  if (mean < 10) {
    const limit = Math.exp(-mean);
    let count = 0;
    let product = random();
    while (product > limit) {
      count += 1;
      product *= random();
    }
    return count;
  }
  const squareRoot = Math.sqrt(mean);
  const logMean = Math.log(mean);
  const b = 0.931 + 2.53 * squareRoot;
  const a = -0.059 + 0.02483 * b;
  const inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const acceptBound = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = random() - 0.5;
    const v = random();
    const distance = 0.5 - Math.abs(u);
    const count = Math.floor(((2 * a) / distance + b) * u + mean + 0.43);
    if (distance >= 0.07 && v <= acceptBound) return count;
    if (count < 0 || (distance < 0.013 && v > distance)) continue;
    if (Math.log(v) + Math.log(inverseAlpha) - Math.log(a / (distance * distance) + b) <= -mean + count * logMean - logFactorial(count)) return count;
  }
}

/** ln(k!) by the Lanczos approximation of ln Γ(k + 1) (g = 7, nine coefficients), good to about 1e-15 relative. */
export function logFactorial(count: number): number {
  const x = count + 1;
  // ln Γ(x) for x ≥ 1 (Numerical Recipes' Lanczos coefficients, as in Boost and many libraries)
  const coefficients = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  const shifted = x - 1;
  let sum = coefficients[0];
  for (let index = 1; index < 9; index++) sum += coefficients[index] / (shifted + index);
  const t = shifted + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(sum);
}
