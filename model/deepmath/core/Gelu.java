package deepmath.core;

/**
 * GELU, the activation of GPT-2 and of the book's chapter 18, on one value. Two forms exist and both are
 * needed: the exact x·Φ(x) (Φ the standard normal distribution), which formulas and the network builder use,
 * and GPT-2's tanh approximation, which its weights were trained with (so the GPT-2 code must use that one).
 * The ND4J and SameDiff versions in {@code deepmath.expr.ArrayEvaluator} and {@code deepmath.gpt.train} are the
 * same formulas on whole arrays.
 */
public final class Gelu {
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
    /** √(2/π), the constant of the tanh form. */
    public static final double SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
    /** The cubic coefficient of the tanh form. */
    public static final double CUBIC = 0.044715;

    private Gelu() {
    }

    /** GELU(x) = x·Φ(x). */
    public static double exact(double x) {
        return x * normalCdf(x);
    }

    /** GELU'(x) = Φ(x) + x·φ(x), φ the standard normal density. */
    public static double exactDerivative(double x) {
        return normalCdf(x) + x * normalPdf(x);
    }

    /** GELU''(x) = φ(x)·(2 − x²). */
    public static double exactSecondDerivative(double x) {
        return normalPdf(x) * (2 - x * x);
    }

    /**
     * GPT-2's form, (x/2)(1 + tanh(√(2/π)(x + 0.044715x³))), written out rather than taken from a library op,
     * whose GELU may be another approximation. 1 + tanh(u) = 2 − 2/(e^{2u} + 1).
     */
    public static double tanhForm(double x) {
        double u = SQRT_2_OVER_PI * (x + CUBIC * x * x * x);
        return x * (1 - 1 / (Math.exp(2 * u) + 1));
    }

    /** Φ(x) = ½·erfc(−x/√2), through erfc so that the far left tail keeps its digits. */
    public static double normalCdf(double x) {
        return 0.5 * Erf.erfc(-x / Math.sqrt(2));
    }

    /** φ(x) = e^(−x²/2)/√(2π). */
    public static double normalPdf(double x) {
        return Math.exp(-0.5 * x * x) / SQRT_2PI;
    }
}
