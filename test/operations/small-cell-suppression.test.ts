import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSmall, smallCellsToSuppress } from "../../src/operations/small-cell-suppression.js";

describe("smallCellsToSuppress(counts, threshold, options)", () => {
  it("hides nothing at the default threshold 0, nor at 1", () => {
    expect(smallCellsToSuppress([0, 1, 2], 0)).toEqual([false, false, false]);
    expect(smallCellsToSuppress([0, 1, 2], 1)).toEqual([false, false, false]);
  });

  it("hides 1 to threshold − 1 and shows zero and the threshold itself", () => {
    expect(smallCellsToSuppress([0, 1, 4, 5, 6], 5)).toEqual([false, true, true, false, false]);
  });

  it("hides the smallest other part when a single hidden part could be got from the total", () => {
    // 12 + 2 + 30 = 44 published: 2 would be 44 − 12 − 30, so 12 goes too
    expect(smallCellsToSuppress([12, 2, 30], 5, { partsOfShownTotal: true })).toEqual([true, true, false]);
    // a zero is the smallest other part: hiding it leaves "the 0 and the 2 make 2" undecided
    expect(smallCellsToSuppress([12, 2, 0], 5, { partsOfShownTotal: true })).toEqual([false, true, true]);
  });

  it("adds nothing when two parts are already hidden, or without a published total", () => {
    expect(smallCellsToSuppress([12, 2, 3], 5, { partsOfShownTotal: true })).toEqual([false, true, true]);
    expect(smallCellsToSuppress([12, 2, 30], 5)).toEqual([false, true, false]);
  });

  it("never leaves exactly one part of a published total hidden", () => {
    const groups = fc.array(fc.nat({ max: 20 }), { minLength: 2, maxLength: 6 });
    fc.assert(
      fc.property(groups, fc.nat({ max: 10 }), (counts, threshold) => {
        const hidden = smallCellsToSuppress(counts, threshold, { partsOfShownTotal: true });
        return hidden.filter(Boolean).length !== 1 && counts.every((count, i) => !isSmall(count, threshold) || hidden[i]);
      }),
    );
  });
});
