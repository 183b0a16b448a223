import { describe, expect, it } from "vitest";
import { recentJoinerProfiles } from "../../src/register/joiner-profiles.js";
import { day, person } from "./register-fixture.js";

describe("recentJoinerProfiles(people, options)", () => {
  // Six joiners on 1 January 2022, all in custody from that day but F. Fewer than twenty joined in the
  // two years to 31 January 2024, so every joiner from the completeness date is used.
  //   A released 11 Apr 2022:                 31 + 28 + 31 + 10 = 100 days
  //   B released 28 Oct 2022:                 273 (to 1 Oct) + 27 = 300 days
  //   C released 16 May 2023:                 365 + 120 (to 1 May) + 15 = 500 days
  //   D moved away 20 Jul 2022, still inside: 181 (to 1 Jul) + 19 = 200 days at least;
  //     of the known 100, 300, 500 those longer are 300 and 500: the lower middle, 300 days
  //   E died 24 Aug 2023, still inside:       365 + 212 (to 1 Aug) + 23 = 600 days at least; none known is longer: null
  //   F never in custody: null
  const joined = [2022, 1, 1] as [number, number, number];
  const inside = { custodyFrom: day(2022, 1, 1) };
  const people = [
    person(joined, { ...inside, custodyUntil: day(2022, 4, 11) }),
    person(joined, { ...inside, custodyUntil: day(2022, 10, 28) }),
    person(joined, { ...inside, custodyUntil: day(2023, 5, 16) }),
    person(joined, { ...inside, leftOn: day(2022, 7, 20), leftReason: "moved_away" }),
    person(joined, { ...inside, leftOn: day(2023, 8, 24), leftReason: "died" }),
    person(joined),
  ];

  it("gives one who left the register still in custody the median of the known custody lengths that outlasted theirs", () => {
    const profiles = recentJoinerProfiles(people, { asOf: day(2024, 1, 31), completeFrom: day(2020, 1, 1) });
    expect(profiles.map((profile) => [profile.inCustodyOnJoining, profile.custodyDays])).toEqual([
      [true, 100],
      [true, 300],
      [true, 500],
      [true, 300],
      [true, null],
      [false, null],
    ]);
  });
});
