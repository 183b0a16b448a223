/** Relative tolerance for "within target": floating-point remainders of the FTE arithmetic, not slack. */
export const targetTolerance = 1e-9;

/**
 * Whether a ratio such as caseload per offender manager is at or below its target: numerator ÷
 * denominator ≤ target, allowing a relative 1e-9 for floating-point remainders (so 50.00000000001 per
 * offender manager against 50 is within). With no one to divide by, only a numerator of 0 is within.
 */
export function withinTarget(numerator: number, denominator: number, target: number): boolean {
  if (denominator <= 0) return numerator <= 0;
  return numerator / denominator <= target * (1 + targetTolerance);
}
