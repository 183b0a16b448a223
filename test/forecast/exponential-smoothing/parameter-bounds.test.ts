import { describe, expect, it } from "vitest";
import { parametersAllowed, startingParameters } from "../../../src/forecast/exponential-smoothing/parameter-bounds.js";

describe("startingParameters(trendKind)", () => {
  it("starts where R's ets starts: α = 0.20006, β = 0.020096, φ = 0.9782", () => {
    // α = 0.0001 + 0.2 × (0.9999 − 0.0001) = 0.20006
    // β = 0.0001 + 0.1 × (α − 0.0001) = 0.020096
    // φ = 0.8 + 0.99 × (0.98 − 0.8) = 0.9782
    // (R's fits of a constant series, where the search never moves, report exactly these:
    // test/fixtures/r/exponential-smoothing-fits.csv, series "constant".)
    const { alpha, beta, phi } = startingParameters("damped");

    expect(alpha).toBeCloseTo(0.20006, 15);
    expect(beta).toBeCloseTo(0.020096, 15);
    expect(phi).toBeCloseTo(0.9782, 15);
  });

  it("gives no trend smoothing and no damping to models without them", () => {
    expect(startingParameters("none")).toMatchObject({ beta: 0, phi: 1 });
    expect(startingParameters("linear").phi).toBe(1);
  });
});

describe("parametersAllowed(parameters, trendKind)", () => {
  it.each([
    ["α at its upper bound", { alpha: 0.9999, beta: 0.5, phi: 0.9 }, true],
    ["α above 0.9999", { alpha: 0.99995, beta: 0.5, phi: 0.9 }, false],
    ["α below 0.0001", { alpha: 0.00005, beta: 0.00001, phi: 0.9 }, false],
    ["β bigger than α", { alpha: 0.3, beta: 0.31, phi: 0.9 }, false],
    ["β below 0.0001", { alpha: 0.3, beta: 0.00005, phi: 0.9 }, false],
    ["φ below 0.8", { alpha: 0.3, beta: 0.1, phi: 0.79 }, false],
    ["φ above 0.98", { alpha: 0.3, beta: 0.1, phi: 0.981 }, false],
    ["φ at 0.98", { alpha: 0.3, beta: 0.1, phi: 0.98 }, true],
  ])("for the damped trend: %s → %s", (_, parameters, allowed) => {
    expect(parametersAllowed(parameters, "damped")).toBe(allowed);
  });

  it("ignores β and φ in a model that has no trend", () => {
    expect(parametersAllowed({ alpha: 0.5, beta: 0, phi: 1 }, "none")).toBe(true);
  });
});
