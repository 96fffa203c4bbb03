package deepmath.expr;

/**
 * Numbers shown together — a point's coordinates, a gradient, a Hessian, the values of a computational graph —
 * at a precision that fits their scale. Floating point leaves rounding noise where the mathematics gives 0
 * (Newton lands on y = −5.0e−29 for a critical point at y = 0; a Hessian entry comes out 1.1e−44 next to
 * entries of order 1): a value smaller than {@link #NOISE} times the scale of the numbers it is shown with is
 * that noise, and is shown as 0. Other values get {@code significant} significant digits ({@link Numbers}).
 */
public final class ScaledNumbers {
    /** Relative size below which a value is rounding noise: far above double's 2.2e−16, far below any real detail. */
    public static final double NOISE = 1e-12;

    private ScaledNumbers() {
    }

    /** {@code value} with {@code significant} digits, or "0" when it is noise next to {@code scale}. */
    public static String format(double value, double scale, int significant) {
        return Numbers.format(clean(value, scale), significant);
    }

    /** {@code value}, or 0 when it is noise next to {@code scale} (a positive size; 0 or NaN means no scale). */
    public static double clean(double value, double scale) {
        if (!Double.isFinite(value) || !(scale > 0) || !Double.isFinite(scale)) {
            return value;
        }
        return Math.abs(value) < NOISE * scale ? 0 : value;
    }

    /** The scale of numbers shown side by side: the largest finite magnitude among them (0 if none). */
    public static double scaleOf(double... values) {
        double scale = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        return scale;
    }

    /** Each value formatted against the scale of the whole group (and of {@code atLeast}, e.g. the window's). */
    public static String[] formatAll(double[] values, double atLeast, int significant) {
        double scale = Math.max(scaleOf(values), Double.isFinite(atLeast) ? Math.abs(atLeast) : 0);
        String[] out = new String[values.length];
        for (int k = 0; k < values.length; k++) {
            out[k] = format(values[k], scale, significant);
        }
        return out;
    }
}
