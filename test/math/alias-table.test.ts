import { describe, expect, it } from "vitest";
import { aliasTable } from "../../src/math/alias-table.js";

/** The chance of each index the table gives: (1/n) × cutoff for itself, plus (1/n) × (1 − cutoff) for each index aliased to it. */
function chances(cutoffs: Float64Array, aliases: Int32Array): number[] {
  const count = cutoffs.length;
  const result = Array<number>(count).fill(0);
  for (let index = 0; index < count; index++) {
    result[index] += cutoffs[index] / count;
    result[aliases[index]] += (1 - cutoffs[index]) / count;
  }
  return result;
}

describe("aliasTable(weights, cutoffs, aliases)", () => {
  it("builds the table counted by hand for weights 1 and 3", () => {
    // scaled weights 0.5 and 1.5: index 0 keeps half its slot and gives the rest to 1, whose cutoff becomes 1
    const cutoffs = new Float64Array(2);
    const aliases = new Int32Array(2);
    aliasTable(Float64Array.of(1, 3), cutoffs, aliases);
    expect([...cutoffs]).toEqual([0.5, 1]);
    expect([...aliases]).toEqual([1, 1]);
  });

  it("gives each index the chance of its weight, zero weights included", () => {
    const weights = Float64Array.of(0, 2, 7, 0.5, 0, 3.5, 1, 6);
    const cutoffs = new Float64Array(weights.length);
    const aliases = new Int32Array(weights.length);
    aliasTable(weights, cutoffs, aliases);
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    chances(cutoffs, aliases).forEach((chance, index) => expect(chance).toBeCloseTo(weights[index] / total, 12));
  });
});
