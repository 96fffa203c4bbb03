package deepmath.transformer;

import deepmath.core.Gelu;

/**
 * GELU and what chapter 18, §7 compares it with: ReLU, the tanh approximation (x/2)(1 + tanh(√(2/π)(x + 0.044715x³)))
 * and the sigmoid one x·σ(1.702x); the errors of both approximations, and the minimum of GELU, where
 * GELU'(x) = Φ(x) + x·φ(x) = 0 (found by Newton's method on GELU', whose derivative is φ(x)(2 − x²)).
 */
public final class GeluCurves {
    private GeluCurves() {
    }

    /** The four curves and the two errors on one grid of x. */
    public record Samples(double[] x, double[] exact, double[] relu, double[] tanhForm, double[] sigmoidForm,
                          double[] tanhError, double[] sigmoidError) {
        public double largestTanhError() {
            return largest(tanhError);
        }

        public double largestSigmoidError() {
            return largest(sigmoidError);
        }

        private static double largest(double[] e) {
            double worst = 0;
            for (double v : e) {
                worst = Math.max(worst, Math.abs(v));
            }
            return worst;
        }
    }

    /** {@code count} ≥ 2 evenly spaced points from {@code from} to {@code to}. */
    public static Samples sample(double from, double to, int count) {
        double[] x = new double[count];
        double[] exact = new double[count];
        double[] relu = new double[count];
        double[] tanh = new double[count];
        double[] sigmoid = new double[count];
        double[] tanhError = new double[count];
        double[] sigmoidError = new double[count];
        for (int i = 0; i < count; i++) {
            x[i] = from + (to - from) * i / (count - 1);
            exact[i] = Gelu.exact(x[i]);
            relu[i] = Math.max(0, x[i]);
            tanh[i] = Gelu.tanhForm(x[i]);
            sigmoid[i] = Gelu.sigmoidForm(x[i]);
            tanhError[i] = tanh[i] - exact[i];
            sigmoidError[i] = sigmoid[i] - exact[i];
        }
        return new Samples(x, exact, relu, tanh, sigmoid, tanhError, sigmoidError);
    }

    /** Where GELU is least and its value there. */
    public record Minimum(double x, double value, int iterations) {
    }

    /** Newton's method on GELU' = 0 from x = −1 (GELU'' = φ(2 − x²) > 0 on (−√2, √2), so it converges). */
    public static Minimum minimum() {
        double x = -1;
        int k = 0;
        while (k < 50) {
            k++;
            double step = Gelu.exactDerivative(x) / Gelu.exactSecondDerivative(x);
            x -= step;
            if (Math.abs(step) < 1e-15) {
                break;
            }
        }
        return new Minimum(x, Gelu.exact(x), k);
    }
}
