import { describe, expect, it } from "vitest";
import { predictionVariances } from "../../../src/forecast/exponential-smoothing/prediction-variance.js";

// The closed forms of Hyndman, Koehler, Ord & Snyder (2008), Forecasting with Exponential
// Smoothing, table 6.1 (class 1 models), written out independently of the code's running sums.
const steps = [1, 2, 3, 4, 5, 6];

describe("predictionVariances(parameters, residualVariance, horizon)", () => {
  it("gives σ²(1 + (h − 1)α²) for simple exponential smoothing, ETS(A,N,N)", () => {
    const [alpha, sigma2] = [0.3, 25];
    const variances = predictionVariances({ alpha, beta: 0, phi: 1 }, sigma2, 6);

    steps.forEach((h, i) => expect(variances[i]).toBeCloseTo(sigma2 * (1 + (h - 1) * alpha ** 2), 12));
  });

  it("gives σ²[1 + (h − 1){α² + αβh + β²h(2h − 1)/6}] for Holt's linear trend, ETS(A,A,N)", () => {
    const [alpha, beta, sigma2] = [0.8, 0.3, 4];
    const variances = predictionVariances({ alpha, beta, phi: 1 }, sigma2, 6);

    steps.forEach((h, i) => {
      const expected = sigma2 * (1 + (h - 1) * (alpha ** 2 + alpha * beta * h + (beta ** 2 * h * (2 * h - 1)) / 6));
      expect(variances[i]).toBeCloseTo(expected, 10);
    });
  });

  it("gives table 6.1's closed form for the damped trend, ETS(A,Ad,N)", () => {
    const [alpha, beta, phi, sigma2] = [0.6, 0.2, 0.9, 3];
    const variances = predictionVariances({ alpha, beta, phi }, sigma2, 6);

    steps.forEach((h, i) => {
      const expected =
        sigma2 *
        (1 +
          alpha ** 2 * (h - 1) +
          ((beta * phi * h) / (1 - phi) ** 2) * (2 * alpha * (1 - phi) + beta * phi) -
          ((beta * phi * (1 - phi ** h)) / ((1 - phi) ** 2 * (1 - phi ** 2))) *
            (2 * alpha * (1 - phi ** 2) + beta * phi * (1 + 2 * phi - phi ** h)));
      expect(variances[i]).toBeCloseTo(expected, 10);
    });
  });
});
