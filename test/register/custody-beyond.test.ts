import { describe, expect, it } from "vitest";
import { custodyDaysBeyond } from "../../src/register/custody-beyond.js";

describe("custodyDaysBeyond(knownDays)(atLeastDays)", () => {
  const known = [700, 100, 500, 300];
  const beyond = custodyDaysBeyond(known);

  it("takes the median of the known spells longer than the censored one, the lower of an even count", () => {
    // longer than 200: 300, 500, 700 → the middle one, 500
    expect(beyond(200)).toBe(500);
    // longer than 400: 500, 700 → the lower middle, 500 (a spell that happened, not 600)
    expect(beyond(400)).toBe(500);
    // longer than 50: all four, 100 300 | 500 700 → 300
    expect(beyond(50)).toBe(300);
  });

  it("counts only spells strictly longer, and gives null when none is", () => {
    expect(beyond(699)).toBe(700);
    expect(beyond(700)).toBeNull();
    expect(custodyDaysBeyond([])(10)).toBeNull();
  });

  it("gives the same answer as filtering and sorting for each question, on many spells with ties", () => {
    // the definition written out: sort the longer spells, take the lower middle
    const spells = Array.from({ length: 200 }, (_, index) => (index * 37) % 101);
    const answer = custodyDaysBeyond(spells);
    for (let atLeast = -1; atLeast <= 101; atLeast++) {
      const longer = spells.filter((days) => days > atLeast).sort((a, b) => a - b);
      expect(answer(atLeast)).toBe(longer.length === 0 ? null : longer[Math.floor((longer.length - 1) / 2)]);
    }
  });
});
