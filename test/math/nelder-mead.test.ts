import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nelderMead } from "../../src/math/nelder-mead.js";

// R 4.2.2, optim(start, f, method = "Nelder-Mead") with its defaults, made by
// test/fixtures/r/make-nelder-mead-fixtures.R; the functions are written out again here.
const problems: Record<string, (x: readonly number[]) => number> = {
  rosenbrock: ([x, y]) => 100 * (y - x * x) ** 2 + (1 - x) ** 2,
  bowl: ([x, y, z]) => (x - 3) ** 2 + 2 * (y + 1) ** 2 + 0.5 * (z - 0.5) ** 2 + 0.3 * (x - 3) * (y + 1),
  fenced: ([x, y]) => (x < 1 || y < 0 ? Infinity : x * x + (y - 2) ** 2),
};

const [header, ...lines] = readFileSync(new URL("../fixtures/r/nelder-mead-reference.csv", import.meta.url), "utf8")
  .trim()
  .split("\n");
const columns = header.split(",");
const fromR = lines.map((line) => {
  const row = Object.fromEntries(line.split(",").map((cell, i) => [columns[i], cell]));
  const present = (names: string[]) => names.map((name) => row[name]).filter((cell) => cell !== "NA").map(Number);
  return {
    problem: row.problem,
    start: present(["start_1", "start_2", "start_3"]),
    point: present(["point_1", "point_2", "point_3"]),
    value: Number(row.value),
    evaluations: Number(row.evaluations),
  };
});

describe("nelderMead(objective, start, options)", () => {
  it.each(fromR)("takes R's optim steps on the $problem problem: same end point, value and evaluations", (reference) => {
    const result = nelderMead(problems[reference.problem], reference.start);

    // The same arithmetic in the same order gives the same numbers; 1e-12 allows for a last-bit
    // difference in x² versus R's x^2. A different step rule would land elsewhere (or after a
    // different number of evaluations).
    reference.point.forEach((value, i) => expect(result.point[i]).toBeCloseTo(value, 12));
    expect(result.value).toBeCloseTo(reference.value, 12);
    expect(result.evaluations).toBe(reference.evaluations);
    expect(result.converged).toBe(true);
  });

  it("finds the bottom of a bowl whose minimum is known, (3, −1, 0.5), to 1e-3", () => {
    const { point } = nelderMead(problems.bowl, [0, 0, 0]);

    expect(point[0]).toBeCloseTo(3, 3);
    expect(point[1]).toBeCloseTo(-1, 3);
    expect(point[2]).toBeCloseTo(0.5, 3);
  });

  it("never returns a point the objective refused", () => {
    const { point, value } = nelderMead(problems.fenced, [3, 3]);

    expect(point[0]).toBeGreaterThanOrEqual(1);
    expect(point[1]).toBeGreaterThanOrEqual(0);
    expect(Number.isFinite(value)).toBe(true);
  });

  it("stops after the evaluation budget and says it did not converge", () => {
    const result = nelderMead(problems.rosenbrock, [-1.2, 1], { maximumEvaluations: 20 });

    // The budget is checked once per step, and one step uses at most dimension + 2 evaluations.
    expect(result.converged).toBe(false);
    expect(result.evaluations).toBeGreaterThan(20);
    expect(result.evaluations).toBeLessThanOrEqual(20 + 2 + 2);
  });

  it("leaves the start point alone", () => {
    const start = Object.freeze([-1.2, 1]);

    expect(() => nelderMead(problems.rosenbrock, start)).not.toThrow();
    expect(start).toEqual([-1.2, 1]);
  });

  it("refuses a start point where the objective is not finite, as R does", () => {
    expect(() => nelderMead(problems.fenced, [0, 0])).toThrow(/cannot be evaluated at the start point/);
  });
});
