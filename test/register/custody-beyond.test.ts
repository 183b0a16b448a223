import { describe, expect, it } from "vitest";
import { custodyDaysBeyond } from "../../src/register/custody-beyond.js";

describe("custodyDaysBeyond(knownDays, atLeastDays)", () => {
  const known = [700, 100, 500, 300];

  it("takes the median of the known spells longer than the censored one, the lower of an even count", () => {
    // longer than 200: 300, 500, 700 → the middle one, 500
    expect(custodyDaysBeyond(known, 200)).toBe(500);
    // longer than 400: 500, 700 → the lower middle, 500 (a spell that happened, not 600)
    expect(custodyDaysBeyond(known, 400)).toBe(500);
    // longer than 50: all four, 100 300 | 500 700 → 300
    expect(custodyDaysBeyond(known, 50)).toBe(300);
  });

  it("counts only spells strictly longer, and gives null when none is", () => {
    expect(custodyDaysBeyond(known, 699)).toBe(700);
    expect(custodyDaysBeyond(known, 700)).toBeNull();
    expect(custodyDaysBeyond([], 10)).toBeNull();
  });
});
