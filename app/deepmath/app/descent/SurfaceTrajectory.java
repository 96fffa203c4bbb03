package deepmath.app.descent;

import deepmath.descent.Iterate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleBiFunction;

/**
 * A descent's path drawn on the 3-D surface: each step P(k) → P(k+1) is sampled along the straight segment in
 * the (x, y) plane and every sample sits at z = f(x, y) + lift, so the path follows the surface (a chord between
 * two iterates would dive under a saddle or float above a bowl) and is never hidden by it. The lift is a small
 * fraction of the shown z range. The path stops where it leaves the shown window (a diverging run).
 */
record SurfaceTrajectory(List<double[]> path, double[] ball, double[][] iterates) {

    /** Fraction of the shown height the path is lifted above the surface (enough to beat depth fighting). */
    static final double LIFT = 0.012;
    /** Samples per step at most (long first steps); short steps get fewer. */
    static final int MAX_SAMPLES = 24;

    /**
     * @param f      the function drawn as the surface
     * @param window xMin, xMax, yMin, yMax of the surface
     * @param zMin   the lowest height shown
     * @param zMax   the highest height shown (the surface is clipped there)
     */
    static SurfaceTrajectory of(List<Iterate> its, ToDoubleBiFunction<Double, Double> f, double[] window,
                                double zMin, double zMax) {
        double lift = lift(zMin, zMax);
        List<double[]> path = new ArrayList<>();
        List<double[]> shown = new ArrayList<>();
        double spanX = window[1] - window[0];
        double spanY = window[3] - window[2];
        for (int k = 0; k < its.size(); k++) {
            double[] p = its.get(k).point();
            if (!inside(p, window)) {
                break;
            }
            shown.add(new double[] {p[0], p[1], f.applyAsDouble(p[0], p[1]) + lift});
            if (k > 0) {
                double[] q = its.get(k - 1).point();
                double length = Math.hypot((p[0] - q[0]) / spanX, (p[1] - q[1]) / spanY);
                int n = Math.max(1, Math.min(MAX_SAMPLES, (int) Math.ceil(length * 120)));
                for (int i = 1; i <= n; i++) {
                    double t = i / (double) n;
                    double x = q[0] + t * (p[0] - q[0]);
                    double y = q[1] + t * (p[1] - q[1]);
                    path.add(new double[] {x, y, f.applyAsDouble(x, y) + lift});
                }
            } else {
                path.add(shown.get(0));
            }
        }
        double[] ball = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        return new SurfaceTrajectory(path, ball, shown.toArray(new double[0][]));
    }

    static double lift(double zMin, double zMax) {
        double span = zMax - zMin;
        return LIFT * (span > 0 && Double.isFinite(span) ? span : 1);
    }

    private static boolean inside(double[] p, double[] window) {
        return p.length > 1 && p[0] >= window[0] && p[0] <= window[1] && p[1] >= window[2] && p[1] <= window[3];
    }
}
