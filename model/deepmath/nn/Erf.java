package deepmath.nn;

/**
 * The error function erf(x) = (2/√π)∫₀ˣ e^(−t²) dt, which Java's Math lacks and the exact GELU needs
 * (GELU(x) = x·Φ(x) = (x/2)(1 + erf(x/√2))). Two regimes, each accurate to ~1e-13 absolute:
 * the Maclaurin series below |x| = 4 (alternating terms, at most 5 digits lost to cancellation), and the
 * asymptotic expansion of erfc beyond (its smallest term there is below 1e-7 relative to erfc < 2e-8).
 */
public final class Erf {
    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
    private static final double SERIES_LIMIT = 4;

    private Erf() {
    }

    public static double erf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        double ax = Math.abs(x);
        double value = ax < SERIES_LIMIT ? series(ax) : 1 - asymptoticErfc(ax);
        return x < 0 ? -value : value;
    }

    /** Σ (−1)ⁿ x^(2n+1) / (n!(2n+1)), summed until the terms no longer change the sum. */
    private static double series(double x) {
        double x2 = x * x;
        double power = x; // (−1)ⁿ x^(2n+1) / n!
        double sum = x;
        for (int n = 1; n < 200; n++) {
            power *= -x2 / n;
            double term = power / (2 * n + 1);
            sum += term;
            if (Math.abs(term) < 1e-17 * Math.abs(sum)) {
                break;
            }
        }
        return TWO_OVER_SQRT_PI * sum;
    }

    /** erfc(x) ≈ e^(−x²)/(x√π) · Σ (−1)ᵏ (2k−1)!! / (2x²)ᵏ, stopped at the smallest term. */
    private static double asymptoticErfc(double x) {
        double x2 = x * x;
        double term = 1;
        double sum = 1;
        for (int k = 1; k < 60; k++) {
            double next = -term * (2 * k - 1) / (2 * x2);
            if (Math.abs(next) >= Math.abs(term)) {
                break;
            }
            term = next;
            sum += term;
        }
        return Math.exp(-x2) / (x * Math.sqrt(Math.PI)) * sum;
    }
}
