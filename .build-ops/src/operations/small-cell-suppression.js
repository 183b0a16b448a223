/**
 * Which counts of one group to hide before a table is published, so that no small group of people
 * can be picked out. This is cell suppression as the Office for National Statistics describes it:
 *
 * - primary: a count from 1 to `threshold − 1` is hidden. Zero is shown: it describes nobody.
 * - secondary: when the counts are parts of a total that is also published, one hidden part could be
 *   worked out by subtraction, so the smallest other part is hidden as well.
 *
 * It looks only within the group it is given. A reader who combines several published tables may
 * still recover a hidden count, so check the tables together before publishing.
 *
 * @param counts the counts of one group, such as the parts of one table row
 * @param threshold counts below this are hidden; 0 (the default everywhere) or 1 hides nothing
 * @param partsOfShownTotal whether the counts add up to a published total
 * @returns for each count, whether to hide it
 * @example
 * smallCellsToSuppress([12, 2, 30], 5, { partsOfShownTotal: true }); // => [true, true, false]
 */
export function smallCellsToSuppress(counts, threshold, { partsOfShownTotal = false } = {}) {
    const hidden = counts.map((count) => isSmall(count, threshold));
    if (partsOfShownTotal && counts.length > 1 && hidden.filter(Boolean).length === 1) {
        let smallest = -1;
        counts.forEach((count, index) => {
            if (!hidden[index] && (smallest === -1 || count < counts[smallest]))
                smallest = index;
        });
        hidden[smallest] = true;
    }
    return hidden;
}
/** Whether a count is hidden on its own: from 1 to `threshold − 1`. */
export function isSmall(count, threshold) {
    return count > 0 && count < threshold;
}
