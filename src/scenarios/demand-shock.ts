/**
 * Extra registrations from a given year, such as from a change in sentencing law. The extra people join
 * the register: where a register projection gives the yearly flows, each year's rise in them is added to
 * that year's joiners (`demandShockJoiners`), so their one-off work on joining is counted too.
 */
export interface DemandShock {
  /**
   * `step`: the same extra people in every year from the first.
   * `ramp`: extra people added in each year of the ramp, so the extra builds up, then held.
   */
  kind: "step" | "ramp";
  /** The year ending (such as 2027) of the first forecast year with extra people. */
  fromYearEnding: number;
  /** Step: extra people in every year. Ramp: extra people added each year. */
  extraRegisteredSexOffenders: number;
  /** Ramp only: how many years it keeps adding; by default to the end of the forecast. */
  rampYears?: number;
}

/**
 * The extra registered sex offenders in the community that the shocks add in each forecast year,
 * summed over the shocks. For a shock starting in year s with size x:
 *
 *   step   extra(y) = x                              for y ≥ s
 *   ramp   extra(y) = x × min(y − s + 1, rampYears)  for y ≥ s
 *
 * A ramp suits registrations: people join the register and stay at least two years, so extra people
 * added each year build up rather than pass through. Every year before s gets nothing.
 *
 * @param yearEndings the forecast's years, such as [2024, …, 2028]
 * @example
 * demandShock([{ kind: "ramp", fromYearEnding: 2025, extraRegisteredSexOffenders: 10, rampYears: 2 }], [2024, 2025, 2026, 2027]);
 * // => [0, 10, 20, 20]
 */
export function demandShock(shocks: readonly DemandShock[], yearEndings: readonly number[]): number[] {
  return yearEndings.map((year) =>
    shocks.reduce((total, shock) => {
      if (year < shock.fromYearEnding) return total;
      if (shock.kind === "step") return total + shock.extraRegisteredSexOffenders;
      const yearsOfRamp = Math.min(year - shock.fromYearEnding + 1, shock.rampYears ?? Number.POSITIVE_INFINITY);
      return total + shock.extraRegisteredSexOffenders * yearsOfRamp;
    }, 0),
  );
}

/**
 * The people the shocks bring onto the register in each forecast year: the rise of their extra people
 * (`demandShock`) over the year before, summed over the shocks. For a shock starting in year s with size x:
 *
 *   step   joiners(y) = x   for y = s, else 0              (the extra people join once, then stay)
 *   ramp   joiners(y) = x   for s ≤ y < s + rampYears, else 0
 *
 * These are added to the year's joiners from the register projection, so that their first ARMS
 * assessment, home visit and risk management plan are counted in the year's one-off work.
 *
 * @param yearEndings the forecast's years, one after another, such as [2024, …, 2028]
 * @example
 * demandShockJoiners([{ kind: "ramp", fromYearEnding: 2025, extraRegisteredSexOffenders: 10, rampYears: 2 }], [2024, 2025, 2026, 2027]);
 * // => [0, 10, 10, 0]
 */
export function demandShockJoiners(shocks: readonly DemandShock[], yearEndings: readonly number[]): number[] {
  if (yearEndings.length === 0) return [];
  const extra = demandShock(shocks, [yearEndings[0] - 1, ...yearEndings]);
  return yearEndings.map((_, index) => extra[index + 1] - extra[index]);
}
