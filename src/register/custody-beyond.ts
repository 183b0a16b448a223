/**
 * The length to take for a custody spell known only to have lasted longer than `atLeastDays`: the
 * person left the register while still in custody, so the extract holds no end for the spell. Leaving
 * the register (by death or moving away) has nothing to do with the length of the sentence, so the
 * spell is taken to end as the known spells that outlasted it did: the Kaplan–Meier estimate, read as
 * Efron's (1967) redistribution to the right, gives a censored spell's weight equally to the longer
 * ones, and their median (the lower one of an even count, so that it is a spell that happened) stands
 * for them.
 *
 * @param knownDays lengths in days of the spells whose end is known (released, or a release expected)
 * @returns days, or null when no known spell is longer (nothing says when it ends: kept in custody)
 */
export function custodyDaysBeyond(knownDays: readonly number[], atLeastDays: number): number | null {
  const longer = knownDays.filter((days) => days > atLeastDays).sort((a, b) => a - b);
  return longer.length === 0 ? null : longer[Math.floor((longer.length - 1) / 2)];
}
