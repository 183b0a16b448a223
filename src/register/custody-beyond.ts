/**
 * The length to take for a custody spell known only to have lasted longer than some number of days:
 * the person left the register while still in custody, so the extract holds no end for the spell.
 * Leaving the register (by death or moving away) has nothing to do with the length of the sentence, so
 * the spell is taken to end as the known spells that outlasted it did: the Kaplan–Meier estimate, read
 * as Efron's (1967) redistribution to the right, gives a censored spell's weight equally to the longer
 * ones, and their median (the lower one of an even count, so that it is a spell that happened) stands
 * for them.
 *
 * The known spells are sorted once; each question is then a binary search, so an extract with many
 * such spells costs no more than sorting them.
 *
 * @param knownDays lengths in days of the spells whose end is known (released, or a release expected)
 * @returns for a spell that lasted more than `atLeastDays`, the days to take, or null when no known
 *   spell is longer (nothing says when it ends: kept in custody)
 */
export function custodyDaysBeyond(knownDays: readonly number[]): (atLeastDays: number) => number | null {
  const sorted = Float64Array.from(knownDays).sort();
  return (atLeastDays) => {
    // the first known spell longer than atLeastDays
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle] > atLeastDays) high = middle;
      else low = middle + 1;
    }
    const longer = sorted.length - low;
    return longer === 0 ? null : sorted[low + Math.floor((longer - 1) / 2)];
  };
}
