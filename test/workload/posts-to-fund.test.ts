import { describe, expect, it } from "vitest";
import { postsToFund } from "../../src/workload/posts-to-fund.js";

describe("postsToFund(additionalFte)", () => {
  it.each([
    [0, 0],
    [0.1, 1],
    [4.438, 5],
    [2, 2],
    // floating-point remainder of the hour arithmetic, not a part post
    [2.0000000001, 2],
    [2.001, 3],
  ])("funds %d FTE as %d whole posts", (fte, posts) => {
    expect(postsToFund(fte)).toBe(posts);
  });
});
