/** Where a Nelder–Mead search stopped, and why. */
export interface NelderMeadResult {
  /** The best point found: the lowest vertex of the final simplex. */
  point: number[];
  /** The objective at that point. */
  value: number;
  /** How many times the objective was evaluated. */
  evaluations: number;
  /** True if the simplex shrank to the tolerance; false if the evaluation budget ran out or a shrink failed. */
  converged: boolean;
}

export interface NelderMeadOptions {
  /**
   * Stop when the highest and lowest values on the simplex differ by no more than
   * `relativeTolerance × (|value at the start| + relativeTolerance)`. Default √(machine epsilon),
   * about 1.49e-8, as R's `optim` and `ets` use.
   */
  relativeTolerance?: number;
  /** Stop once the objective has been evaluated more than this many times. Default 500, as R's `optim`. */
  maximumEvaluations?: number;
}

/** What R's optimiser puts in place of an infinite or undefined objective value. */
const VALUE_FOR_NOT_FINITE = 1e35;

/**
 * Minimises a function of several variables by the Nelder–Mead simplex search, step for step as R's
 * `optim(method = "Nelder-Mead")` and the forecast package's `ets` do it (R's C routine `nmmin`,
 * after J. C. Nash, Compact Numerical Methods for Computers, 2nd ed., 1990, Algorithm 19):
 *
 * - the first simplex is the start point plus, for each variable in turn, a step of one tenth of the
 *   largest absolute start coordinate (0.1 if all are zero) along that variable;
 * - each step reflects the worst vertex through the centroid of the others (coefficient 1), tries
 *   an expansion to twice as far (coefficient 2) if the reflection beat the best vertex, otherwise
 *   contracts half-way (coefficient 0.5), and shrinks the whole simplex half-way towards the best
 *   vertex if even the contraction failed;
 * - a value that is infinite or NaN counts as 1e35, so an objective can refuse a point (a parameter
 *   out of its bounds) by returning `Infinity`.
 *
 * Following R's order of operations exactly means that a model fitted here lands where R's lands,
 * not merely near it, unless the objective itself differs in its last bits.
 *
 * @param objective the function to minimise; it may return Infinity to refuse a point
 * @param start the first guess; not changed
 * @throws {RangeError} if the objective is not finite at the start, as R refuses then too
 */
export function nelderMead(
  objective: (point: readonly number[]) => number,
  start: readonly number[],
  { relativeTolerance = Math.sqrt(Number.EPSILON), maximumEvaluations = 500 }: NelderMeadOptions = {},
): NelderMeadResult {
  const dimension = start.length;
  let evaluations = 0;
  const evaluate = (point: readonly number[]): number => {
    evaluations++;
    const value = objective(point);
    return Number.isFinite(value) ? value : VALUE_FOR_NOT_FINITE;
  };

  const startValue = objective(start);
  evaluations = 1;
  if (!Number.isFinite(startValue)) {
    throw new RangeError(`Nelder-Mead: the objective cannot be evaluated at the start point (${start.join(", ")})`);
  }
  const tolerance = relativeTolerance * (Math.abs(startValue) + relativeTolerance);

  // The simplex: dimension + 1 vertices, each with its objective value.
  const vertices: number[][] = [start.slice()];
  const values: number[] = [startValue];
  let step = 0;
  for (const coordinate of start) step = Math.max(step, 0.1 * Math.abs(coordinate));
  if (step === 0) step = 0.1;
  let size = 0;
  for (let variable = 0; variable < dimension; variable++) {
    const vertex = start.slice();
    let tryStep = step;
    // A step too small to change a large coordinate is made ten times bigger until it does.
    while (vertex[variable] === start[variable]) {
      vertex[variable] = start[variable] + tryStep;
      tryStep *= 10;
    }
    size += tryStep;
    vertices.push(vertex);
    values.push(NaN);
  }
  let oldSize = size;
  let evaluateVertices = true;
  let lowest = 0;
  let converged = false;
  const centroid = new Array<number>(dimension);

  do {
    if (evaluateVertices) {
      for (let j = 0; j <= dimension; j++) if (j !== lowest) values[j] = evaluate(vertices[j]);
      evaluateVertices = false;
    }

    // Find the best and worst vertices; the best keeps its place on ties, as in R.
    let lowValue = values[lowest];
    let highValue = lowValue;
    let highest = lowest;
    for (let j = 0; j <= dimension; j++) {
      if (j === lowest) continue;
      if (values[j] < lowValue) {
        lowest = j;
        lowValue = values[j];
      }
      if (values[j] > highValue) {
        highest = j;
        highValue = values[j];
      }
    }
    if (highValue <= lowValue + tolerance) {
      converged = true;
      break;
    }

    // Centroid of every vertex but the worst.
    for (let i = 0; i < dimension; i++) {
      let sum = -vertices[highest][i];
      for (let j = 0; j <= dimension; j++) sum += vertices[j][i];
      centroid[i] = sum / dimension;
    }
    const worst = vertices[highest];
    const reflected = centroid.map((middle, i) => 2 * middle - worst[i]);
    const reflectedValue = evaluate(reflected);

    if (reflectedValue < lowValue) {
      const expanded = reflected.map((coordinate, i) => 2 * coordinate - centroid[i]);
      const expandedValue = evaluate(expanded);
      if (expandedValue < reflectedValue) {
        vertices[highest] = expanded;
        values[highest] = expandedValue;
      } else {
        vertices[highest] = reflected;
        values[highest] = reflectedValue;
      }
    } else {
      if (reflectedValue < highValue) {
        vertices[highest] = reflected;
        values[highest] = reflectedValue;
      }
      const toward = vertices[highest];
      const contracted = toward.map((coordinate, i) => 0.5 * coordinate + 0.5 * centroid[i]);
      const contractedValue = evaluate(contracted);
      if (contractedValue < values[highest]) {
        vertices[highest] = contracted;
        values[highest] = contractedValue;
      } else if (reflectedValue >= highValue) {
        // Nothing along the line helped: shrink every vertex half-way towards the best one.
        const best = vertices[lowest];
        size = 0;
        for (let j = 0; j <= dimension; j++) {
          if (j === lowest) continue;
          for (let i = 0; i < dimension; i++) {
            vertices[j][i] = 0.5 * (vertices[j][i] - best[i]) + best[i];
            size += Math.abs(vertices[j][i] - best[i]);
          }
        }
        if (size >= oldSize) break;
        oldSize = size;
        evaluateVertices = true;
      }
    }
  } while (evaluations <= maximumEvaluations);

  return { point: vertices[lowest].slice(), value: values[lowest], evaluations, converged };
}
