package deepmath.viz.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where to put tick marks and how to print them: "nice" steps 1, 2, 5 × 10^k on linear axes, powers of ten
 * (with 2 and 5 between when there is room) on logarithmic ones.
 */
public final class Ticks {
    private Ticks() {
    }

    /** The nice step for about {@code targetCount} intervals over [min, max]. */
    public static double niceStep(double min, double max, int targetCount) {
        double span = Math.abs(max - min);
        if (!(span > 0) || !Double.isFinite(span)) {
            return 1;
        }
        double raw = span / Math.max(1, targetCount);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    /** Multiples of the nice step inside [min, max]. */
    public static double[] linear(double min, double max, int targetCount) {
        return linear(min, max, targetCount, 0);
    }

    /**
     * As {@link #linear(double, double, int)} with a step of at least {@code minStep}: 1 on an axis of counts (epochs),
     * whose ticks between two whole numbers would name values that do not exist.
     */
    public static double[] linear(double min, double max, int targetCount, double minStep) {
        double lo = Math.min(min, max);
        double hi = Math.max(min, max);
        double step = Math.max(minStep, niceStep(lo, hi, targetCount));
        double first = Math.ceil(lo / step - 1e-9) * step;
        List<Double> ticks = new ArrayList<>();
        for (int k = 0; first + k * step <= hi + step * 1e-9 && k < 1000; k++) {
            double tick = first + k * step;
            ticks.add(Math.abs(tick) < step * 1e-9 ? 0.0 : tick);
        }
        return ticks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Ticks for a logarithmic axis over [min, max] (both > 0). */
    public static double[] log(double min, double max) {
        if (!(min > 0) || !(max > min)) {
            return new double[0];
        }
        int lowExp = (int) Math.floor(Math.log10(min));
        int highExp = (int) Math.ceil(Math.log10(max));
        int decades = highExp - lowExp;
        int stride = Math.max(1, (int) Math.ceil(decades / 8.0));
        double[] mantissas = decades <= 2 ? new double[] {1, 2, 5} : new double[] {1};
        List<Double> ticks = new ArrayList<>();
        for (int e = lowExp; e <= highExp; e += stride) {
            for (double m : mantissas) {
                double tick = m * Math.pow(10, e);
                if (tick >= min * (1 - 1e-9) && tick <= max * (1 + 1e-9)) {
                    ticks.add(tick);
                }
            }
        }
        return ticks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A short label for {@code value} on an axis whose ticks are {@code step} apart. */
    public static String format(double value, double step) {
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e5 || magnitude < 1e-4) {
            return trimExponent(String.format(Locale.ROOT, "%.2g", value));
        }
        int decimals = step > 0 ? Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9)) : 3;
        if (step > 0 && Math.abs(step * Math.pow(10, decimals) - Math.rint(step * Math.pow(10, decimals))) > 1e-6) {
            decimals++; // steps like 2.5 need one more digit
        }
        return String.format(Locale.ROOT, "%." + Math.min(decimals, 8) + "f", value);
    }

    /** A label for a value on a logarithmic axis: 0.01, 0.1, 1, 10, 100, 1000, then 10⁴, 10⁻³ ... */
    public static String formatLog(double value) {
        double exponent = Math.log10(value);
        if (Math.abs(exponent - Math.rint(exponent)) < 1e-9 && (exponent > 3 || exponent < -2)) {
            return "10" + superscript((int) Math.rint(exponent));
        }
        return format(value, Math.pow(10, Math.floor(exponent)));
    }

    private static String superscript(int exponent) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder out = new StringBuilder(exponent < 0 ? "⁻" : "");
        for (char c : Integer.toString(Math.abs(exponent)).toCharArray()) {
            out.append(digits.charAt(c - '0'));
        }
        return out.toString();
    }

    private static String trimExponent(String scientific) {
        return scientific.replace("e+0", "e").replace("e+", "e").replace("e-0", "e-");
    }
}
