package deepmath.core;

import java.util.regex.Pattern;

/**
 * The numbers this lab reads from text (CSV cells, points on the command line, matrix entries): plain
 * decimals only — an optional sign, digits with an optional fraction (or a fraction alone, {@code .5}), an
 * optional exponent ({@code 1e-3}). Java's {@link Double#parseDouble} also accepts {@code 0x1p-1}, {@code 1f},
 * {@code 2d}, {@code NaN} and {@code Infinity}; none of these is a number in a data file, so all are refused,
 * and so is a value too large for a double ({@code 1e400}).
 */
public final class DecimalText {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private DecimalText() {
    }

    /** True when {@code text} is a plain decimal that fits a double. */
    public static boolean isNumber(String text) {
        return DECIMAL.matcher(text).matches() && Double.isFinite(Double.parseDouble(text));
    }

    /** The value of a plain decimal; {@link NumberFormatException} for anything else (see the class comment). */
    public static double parse(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            throw new NumberFormatException("not a plain decimal number: '" + text + "'");
        }
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            throw new NumberFormatException("too large for a double: '" + text + "'");
        }
        return value;
    }
}
