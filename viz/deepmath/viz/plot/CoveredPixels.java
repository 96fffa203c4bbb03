package deepmath.viz.plot;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;

/**
 * The pixels a layer's marks pass through, sampled every few pixels along polylines: what a legend placed
 * over the plot must not hide ({@link PlotLayer#coveredPixels}).
 */
public final class CoveredPixels {
    /** Distance between samples along a line (px): finer than the legend's smallest gap. */
    static final double STEP = 3;

    private CoveredPixels() {
    }

    /** Samples of the polyline through (xs[k], ys[k]) inside the plot area; non-finite values break it. */
    public static List<Point2D> polyline(double[] xs, double[] ys, PlotTransform t) {
        List<Point2D> out = new ArrayList<>();
        for (int k = 1; k < xs.length; k++) {
            segment(t.px(xs[k - 1]), t.py(ys[k - 1]), t.px(xs[k]), t.py(ys[k]), t, out);
        }
        return out;
    }

    /** Samples of the segment (x0, y0) → (x1, y1), in pixels, that fall inside the plot area. */
    public static void segment(double x0, double y0, double x1, double y1, PlotTransform t, List<Point2D> out) {
        if (!Double.isFinite(x0) || !Double.isFinite(y0) || !Double.isFinite(x1) || !Double.isFinite(y1)) {
            return;
        }
        var area = t.area();
        // Clip to the area first so that a far-away point (a diverging run) costs nothing.
        double[] clipped = clip(x0, y0, x1, y1, area.getMinX(), area.getMinY(), area.getMaxX(), area.getMaxY());
        if (clipped == null) {
            return;
        }
        double length = Math.hypot(clipped[2] - clipped[0], clipped[3] - clipped[1]);
        int n = Math.max(1, (int) Math.ceil(length / STEP));
        for (int i = 0; i <= n; i++) {
            double s = i / (double) n;
            out.add(new Point2D(clipped[0] + s * (clipped[2] - clipped[0]), clipped[1] + s * (clipped[3] - clipped[1])));
        }
    }

    /** Liang–Barsky clipping of a segment to a rectangle; null when it misses it. */
    static double[] clip(double x0, double y0, double x1, double y1, double xmin, double ymin, double xmax,
                         double ymax) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - xmin, xmax - x0, y0 - ymin, ymax - y0};
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return null;
                }
            } else {
                double r = q[i] / p[i];
                if (p[i] < 0) {
                    lo = Math.max(lo, r);
                } else {
                    hi = Math.min(hi, r);
                }
            }
        }
        if (lo > hi) {
            return null;
        }
        return new double[] {x0 + lo * dx, y0 + lo * dy, x0 + hi * dx, y0 + hi * dy};
    }
}
