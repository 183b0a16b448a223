import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../../src/math/seeded-random.js";

// Made by test/fixtures/c/mulberry32/mulberry32.c, the published Mulberry32 in C with uint32_t.
const fixture = parse(readFileSync(new URL("../fixtures/c/mulberry32/mulberry32.csv", import.meta.url), "utf8"), {
  columns: true,
}) as { seed: string; draw: string; output: string }[];

describe("seededRandom(seed)", () => {
  it("gives the same first five draws as the C reference Mulberry32, for four seeds including 0 and 2³²−1", () => {
    for (const seed of new Set(fixture.map((row) => Number(row.seed)))) {
      const random = seededRandom(seed);
      const expected = fixture.filter((row) => Number(row.seed) === seed).map((row) => Number(row.output) / 4294967296);
      expect(expected.map(() => random())).toEqual(expected);
    }
  });

  it("repeats itself for the same seed and differs for another", () => {
    const first = seededRandom(42);
    const again = seededRandom(42);
    const other = seededRandom(43);
    const draws = Array.from({ length: 100 }, () => first());
    expect(Array.from({ length: 100 }, () => again())).toEqual(draws);
    expect(Array.from({ length: 100 }, () => other())).not.toEqual(draws);
  });

  it("stays in [0, 1) with a mean near one half over 100,000 draws", () => {
    const random = seededRandom(7);
    let sum = 0;
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const value = random();
      if (!(value >= 0 && value < 1)) outside++;
      sum += value;
    }
    expect(outside).toBe(0);
    // standard error of the mean is √(1/12 / 100,000) ≈ 0.0009; 0.005 is over five of them
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.005);
  });

  it.each([-1, 1.5, 2 ** 32])("refuses the seed %s", (seed) => {
    expect(() => seededRandom(seed)).toThrow(/whole number from 0 to 4294967295/);
  });
});
