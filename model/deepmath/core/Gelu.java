package deepmath.core;

/**
 * GELU, the activation of GPT-2 and of the book's chapter 18, on one value. Two forms exist and both are
 * needed: the exact x·Φ(x) (Φ the standard normal distribution), which formulas and the network builder use,
 * and GPT-2's tanh approximation, which its weights were trained with (so the GPT-2 code must use that one).
 * The book's second approximation, x·σ(1.702x), and the derivatives of both approximations are here too (the
 * formula parser differentiates them). The ND4J and SameDiff versions in {@code deepmath.expr.ArrayEvaluator} and {@code deepmath.gpt.train} are the
 * same formulas on whole arrays.
 */
public final class Gelu {
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
    /** √(2/π), the constant of the tanh form. */
    public static final double SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
    /** The cubic coefficient of the tanh form. */
    public static final double CUBIC = 0.044715;
    /** The factor of the sigmoid form x·σ(1.702x). */
    public static final double SIGMOID_FACTOR = 1.702;

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

    /** x·σ(1.702x). */
    public static double sigmoidForm(double x) {
        return x / (1 + Math.exp(-SIGMOID_FACTOR * x));
    }

    /** d/dx x·σ(cx) = σ(cx) + c·x·σ(cx)(1 − σ(cx)). */
    public static double sigmoidFormDerivative(double x) {
        double s = 1 / (1 + Math.exp(-SIGMOID_FACTOR * x));
        return s + SIGMOID_FACTOR * x * s * (1 - s);
    }

    /** d²/dx² x·σ(cx) = c·s(1 − s)·(2 + c·x·(1 − 2s)), s = σ(cx). */
    public static double sigmoidFormSecondDerivative(double x) {
        double s = 1 / (1 + Math.exp(-SIGMOID_FACTOR * x));
        double c = SIGMOID_FACTOR;
        return c * s * (1 - s) * (2 + c * x * (1 - 2 * s));
    }

    /** The tanh form's derivative: ½(1 + t) + ½x(1 − t²)·c(1 + 3·0.044715x²), t = tanh(c(x + 0.044715x³)). */
    public static double tanhFormDerivative(double x) {
        double c = Gelu.SQRT_2_OVER_PI;
        double t = Math.tanh(c * (x + Gelu.CUBIC * x * x * x));
        return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * c * (1 + 3 * Gelu.CUBIC * x * x);
    }

    /** The tanh form's second derivative, from u = c(x + 0.044715x³): (1 − t²)u' + ½x(−2t(1 − t²)u'² + (1 − t²)u''). */
    public static double tanhFormSecondDerivative(double x) {
        double c = Gelu.SQRT_2_OVER_PI;
        double t = Math.tanh(c * (x + Gelu.CUBIC * x * x * x));
        double du = c * (1 + 3 * Gelu.CUBIC * x * x);
        double ddu = c * 6 * Gelu.CUBIC * x;
        double sech2 = 1 - t * t;
        return sech2 * du + 0.5 * x * (-2 * t * sech2 * du * du + sech2 * ddu);
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
