package deepmath.grid;

import deepmath.core.BadInputException;
import deepmath.core.InputProblem;

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

    /** Null when the interval [lo, hi] is a valid side of a window, else the reason (in English). */
    public static String problem(double lo, double hi) {
        Object reason = reason(lo, hi);
        return reason == null ? null : reason.toString();
    }

    /** Null when the interval [lo, hi] is a valid side of a window, else the reason as a phrase. */
    private static InputProblem.Phrase reason(double lo, double hi) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            return GridProblem.NOT_FINITE.phrase(lo, hi);
        }
        if (Math.abs(lo) > MAX_ABS || Math.abs(hi) > MAX_ABS) {
            return GridProblem.BEYOND.phrase(MAX_ABS, lo, hi);
        }
        if (!(hi > lo)) {
            return GridProblem.ORDER.phrase(lo, hi);
        }
        if (hi - lo < MIN_RELATIVE_SPAN * Math.max(1, Math.max(Math.abs(lo), Math.abs(hi)))) {
            return GridProblem.NARROW.phrase(lo, hi);
        }
        return null;
    }

    /** Throws a one-line {@link BadInputException} prefixed with {@code what} unless both sides are valid. */
    public static void check(double xMin, double xMax, double yMin, double yMax, String what) {
        InputProblem.Phrase x = reason(xMin, xMax);
        if (x != null) {
            throw new BadInputException(GridProblem.WINDOW, what, "x", x);
        }
        InputProblem.Phrase y = reason(yMin, yMax);
        if (y != null) {
            throw new BadInputException(GridProblem.WINDOW, what, "y", y);
        }
    }
}
