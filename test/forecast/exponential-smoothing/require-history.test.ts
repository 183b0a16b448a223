import { describe, expect, it } from "vitest";
import { requireHistory } from "../../../src/forecast/exponential-smoothing/require-history.js";

describe("requireHistory(methodLabel, history, fewest, horizon)", () => {
  it("accepts a history of exactly the fewest observations", () => {
    expect(() => requireHistory("damped trend", new Array(10).fill(1), 10, 5)).not.toThrow();
  });

  it("refuses a shorter history, naming the method, what it needs and what it got", () => {
    expect(() => requireHistory("damped trend", new Array(9).fill(1), 10, 5)).toThrow(
      new RangeError("damped trend needs at least 10 observations, got 9"),
    );
  });

  it.each([0, -1, 2.5, Number.NaN])("refuses a horizon of %s", (horizon) => {
    expect(() => requireHistory("Theta", new Array(10).fill(1), 7, horizon)).toThrow(/horizon of at least one whole step/);
  });
});
