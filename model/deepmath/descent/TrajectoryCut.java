package deepmath.descent;

import java.util.List;

/**
 * How much of a run to draw over a window: a diverging run is cut just after it leaves three times the window
 * (its later points, 10⁸ away, would otherwise cross the whole picture as one straight stroke). A run of one
 * variable is cut on x alone (its curve view fits its own f range).
 */
public final class TrajectoryCut {
    /** Half-widths of the kept region, in window widths: 1.5 on each side of the centre is three windows. */
    static final double REACH = 1.5;

    private TrajectoryCut() {
    }

    /**
     * The number of leading iterates to draw: all of them while each stays within three times the window
     * {xMin, xMax, yMin, yMax} around its centre, else up to and including the first one outside (at least one).
     */
    public static int shownLength(List<Iterate> iterates, double[] window) {
        double w = window[1] - window[0];
        double h = window[3] - window[2];
        double cx = (window[0] + window[1]) / 2;
        double cy = (window[2] + window[3]) / 2;
        for (int k = 0; k < iterates.size(); k++) {
            double[] p = iterates.get(k).point();
            // A point of one coordinate (a function of one variable, drawn on its curve) is cut on x alone.
            boolean outside = !(Math.abs(p[0] - cx) <= REACH * w) || p.length > 1 && !(Math.abs(p[1] - cy) <= REACH * h);
            if (outside) {
                return k + 1;
            }
        }
        return iterates.size();
    }

    /** {xs, ys} of the first two coordinates of the {@link #shownLength shown} iterates. */
    public static double[][] shown(List<Iterate> iterates, double[] window) {
        int n = shownLength(iterates, window);
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int k = 0; k < n; k++) {
            double[] p = iterates.get(k).point();
            xs[k] = p[0];
            ys[k] = p.length > 1 ? p[1] : 0;
        }
        return new double[][] {xs, ys};
    }
}
