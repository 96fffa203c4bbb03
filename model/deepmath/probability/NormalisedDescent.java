package deepmath.probability;

import deepmath.core.BadInputException;

/**
 * Why training wants normalised inputs (chapter 16 §3.1), measured: gradient descent fits a line ŷ = a·x + b
 * to points (xᵢ, yᵢ) by the mean squared error, once on the raw xᵢ and once on the standardised ones, each
 * with the step η = 1/(2λ_max) of its own error surface, a quarter of the largest stable one (λ_max: the
 * largest eigenvalue of the error's Hessian, (2/n)[[Σx², Σx], [Σx, n]]; a step above 2/λ_max diverges along
 * that direction). On raw heights around 176 cm the surface is a long narrow valley, λ_max/λ_min ≈ 10⁶: the
 * step is fixed by the steep side and the descent crawls along the flat one. Standardised, the Hessian is 2·I:
 * the distance to the best line halves at each step, whatever the direction.
 */
public final class NormalisedDescent {
    /** What one run did: the error before each step and after the last (steps + 1 values), and the line found. */
    public record Run(double[] losses, double slope, double intercept, double step, double conditioning) {
        public Run {
            losses = losses.clone();
        }

        @Override
        public double[] losses() {
            return losses.clone();
        }

        public double finalLoss() {
            return losses[losses.length - 1];
        }
    }

    /** Both runs on the same points, the normalised one's line given back in the raw x's units. */
    public record Comparison(Run raw, Run normalised) {
    }

    public static final int MAX_STEPS = 10_000;

    private NormalisedDescent() {
    }

    public static Comparison compare(double[] x, double[] y, int steps) {
        if (x.length != y.length) {
            throw new BadInputException(ProbabilityProblem.LENGTHS, x.length, y.length);
        }
        SampleStatistics stats = SampleStatistics.of(x);
        double[] z = Normalisation.STANDARD.apply(x);
        Run raw = descend(x, y, steps);
        Run scaled = descend(z, y, steps);
        // ŷ = a'·(x − μ)/σ + b' = (a'/σ)·x + (b' − a'μ/σ)
        double slope = scaled.slope() / stats.std();
        Run normalised = new Run(scaled.losses, slope, scaled.intercept() - slope * stats.mean(), scaled.step(),
                scaled.conditioning());
        return new Comparison(raw, normalised);
    }

    /** Plain gradient descent from a = b = 0 with η = 1/(2λ_max). */
    static Run descend(double[] x, double[] y, int steps) {
        int n = x.length;
        double sx = 0;
        double sxx = 0;
        for (double v : x) {
            sx += v;
            sxx += v * v;
        }
        // Hessian of (1/n) Σ (a xᵢ + b − yᵢ)²: (2/n) [[Σx², Σx], [Σx, n]]
        double h11 = 2 * sxx / n;
        double h12 = 2 * sx / n;
        double h22 = 2;
        double mid = (h11 + h22) / 2;
        double radius = Math.sqrt((h11 - h22) * (h11 - h22) / 4 + h12 * h12);
        double lMax = mid + radius;
        double lMin = (h11 * h22 - h12 * h12) / lMax; // the determinant over λ_max: no cancellation
        double eta = 0.5 / lMax;
        double a = 0;
        double b = 0;
        double[] losses = new double[steps + 1];
        for (int k = 0; k <= steps; k++) {
            double loss = 0;
            double ga = 0;
            double gb = 0;
            for (int i = 0; i < n; i++) {
                double r = a * x[i] + b - y[i];
                loss += r * r;
                ga += 2 * r * x[i];
                gb += 2 * r;
            }
            losses[k] = loss / n;
            if (k < steps) {
                a -= eta * ga / n;
                b -= eta * gb / n;
            }
        }
        return new Run(losses, a, b, eta, lMin > 0 ? lMax / lMin : Double.POSITIVE_INFINITY);
    }
}
