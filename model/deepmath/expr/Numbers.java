package deepmath.expr;

import java.math.BigDecimal;

/** Short, exact-looking number formatting for labels and command-line output. */
public final class Numbers {
    private Numbers() {
    }

    /** 2 → "2", 0.5 → "0.5", 1/3 → "0.333333" (6 significant digits), large/small in scientific notation. */
    public static String format(double value) {
        return format(value, 6);
    }

    public static String format(double value, int significant) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-4 && magnitude < 1e7) {
            BigDecimal rounded = new BigDecimal(value).round(new java.math.MathContext(significant));
            return rounded.stripTrailingZeros().toPlainString();
        }
        return String.format(java.util.Locale.ROOT, "%." + (significant - 1) + "e", value);
    }
}
