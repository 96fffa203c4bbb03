package deepmath.grid;

import deepmath.core.BadInputException;

/**
 * The limits of a plotting window [xMin, xMax] × [yMin, yMax], shared by the session reader, the window editor
 * and {@code render --range}. A window of ±1e308 has an infinite width and a window 1e-320 wide has a zero
 * grid step: both break the axes and the grids, so they are refused before anything is drawn.
 */
public final class PlotWindow {
    /** Largest |bound|: far beyond any figure of the book, small enough for grid steps and tick labels. */
    public static final double MAX_ABS = 1e12;
    /** Smallest width relative to max(1, |bound|): a narrower window has fewer distinct doubles than pixels. */
    public static final double MIN_RELATIVE_SPAN = 1e-9;

    private PlotWindow() {
    }

    /** Null when the interval [lo, hi] is a valid side of a window, else the reason. */
    public static String problem(double lo, double hi) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            return "bounds must be finite numbers, got [" + lo + ", " + hi + "]";
        }
        if (Math.abs(lo) > MAX_ABS || Math.abs(hi) > MAX_ABS) {
            return "bounds must lie within ±" + MAX_ABS + ", got [" + lo + ", " + hi + "]";
        }
        if (!(hi > lo)) {
            return "min must be below max, got [" + lo + ", " + hi + "]";
        }
        if (hi - lo < MIN_RELATIVE_SPAN * Math.max(1, Math.max(Math.abs(lo), Math.abs(hi)))) {
            return "interval [" + lo + ", " + hi + "] is too narrow to draw";
        }
        return null;
    }

    /** Throws a one-line {@link BadInputException} prefixed with {@code what} unless both sides are valid. */
    public static void check(double xMin, double xMax, double yMin, double yMax, String what) {
        String x = problem(xMin, xMax);
        if (x != null) {
            throw new BadInputException(what + ": x " + x);
        }
        String y = problem(yMin, yMax);
        if (y != null) {
            throw new BadInputException(what + ": y " + y);
        }
    }
}
