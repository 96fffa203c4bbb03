package deepmath.nn;

/**
 * Branch-free float approximations for the grid kernel, written so that the JIT can vectorise the loops
 * that call them (a clamp, two polynomials, one division — no exp).
 * <p>
 * tanh: the minimax rational approximation of degree 13/6 used by Eigen ({@code generic_fast_tanh_float}),
 * on x clamped to ±7.90531 where float tanh is already ±1. Measured maximum absolute error over the reals
 * in float arithmetic: 3.5e-7 ({@code FastMathTest} checks < 5e-7). σ(x) = (1 + tanh(x/2))/2 inherits half of
 * it (< 2.5e-7 plus rounding). Both are far below what a heat map or a decision boundary can show.
 */
public final class FastMath {
    /** Where float tanh rounds to ±1: beyond, the rational form would drift. */
    static final float TANH_CLAMP = 7.90531110763549805f;
    private static final float A1 = 4.89352455891786e-03f;
    private static final float A3 = 6.37261928875436e-04f;
    private static final float A5 = 1.48572235717979e-05f;
    private static final float A7 = 5.12229709037114e-08f;
    private static final float A9 = -8.60467152213735e-11f;
    private static final float A11 = 2.00018790482477e-13f;
    private static final float A13 = -2.76076847742355e-16f;
    private static final float B0 = 4.89352518554385e-03f;
    private static final float B2 = 2.26843463243900e-03f;
    private static final float B4 = 1.18534705686654e-04f;
    private static final float B6 = 1.19825839466702e-06f;

    /** Documented bound on |tanh(x) − FastMath.tanh(x)| for every float x. */
    public static final double TANH_MAX_ERROR = 5e-7;

    private FastMath() {
    }

    public static float tanh(float x) {
        float c = Math.max(-TANH_CLAMP, Math.min(TANH_CLAMP, x));
        float x2 = c * c;
        float p = x2 * A13 + A11;
        p = x2 * p + A9;
        p = x2 * p + A7;
        p = x2 * p + A5;
        p = x2 * p + A3;
        p = x2 * p + A1;
        p = c * p;
        float q = x2 * B6 + B4;
        q = x2 * q + B2;
        q = x2 * q + B0;
        return p / q;
    }

    public static float sigmoid(float x) {
        return 0.5f + 0.5f * tanh(0.5f * x);
    }

    /** tanh in place over {@code a[0..n)}: a plain counted loop the JIT vectorises. */
    static void tanh(float[] a, int n) {
        for (int i = 0; i < n; i++) {
            a[i] = tanh(a[i]);
        }
    }

    static void sigmoid(float[] a, int n) {
        for (int i = 0; i < n; i++) {
            a[i] = sigmoid(a[i]);
        }
    }
}
