package deepmath.core;

/**
 * The error function erf(x) = (2/√π)∫₀ˣ e^(−t²) dt and erfc = 1 − erf to near double precision (the JDK has
 * neither): the Maclaurin series below |x| = 2.5 and, beyond, Laplace's continued fraction for erfc, where the
 * series would lose digits to cancellation (checked against tabulated values to 1e-15 in {@code ErfTest}).
 * The one implementation for formulas, activations and the normal distribution ({@link Gelu}).
 */
public final class Erf {
    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

    private Erf() {
    }

    public static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Math.abs(x) < 2.5) {
            return series(x);
        }
        return Math.signum(x) * (1 - tail(Math.abs(x)));
    }

    public static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Math.abs(x) < 2.5) {
            return 1 - series(x);
        }
        return x > 0 ? tail(x) : 2 - tail(-x);
    }

    /** erf(x) = 2/√π Σ (−1)^n x^(2n+1) / (n! (2n+1)). */
    private static double series(double x) {
        double x2 = x * x;
        double term = x;
        double sum = x;
        for (int n = 1; n < 200; n++) {
            term *= -x2 / n;
            double add = term / (2 * n + 1);
            sum += add;
            if (Math.abs(add) < 1e-17 * Math.abs(sum)) {
                break;
            }
        }
        return TWO_OVER_SQRT_PI * sum;
    }

    /** erfc(x) for x ≥ 2.5 by the Laplace continued fraction, evaluated with Lentz's method. */
    private static double tail(double x) {
        // erfc(x) = exp(-x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...)))))
        double tiny = 1e-300;
        double f = x;
        double c = x;
        double d = 0;
        for (int n = 1; n < 500; n++) {
            double a = n / 2.0;
            d = x + a * d;
            d = d == 0 ? tiny : d;
            c = x + a / c;
            c = c == 0 ? tiny : c;
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
    }
}
