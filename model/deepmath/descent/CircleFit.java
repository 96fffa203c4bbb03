package deepmath.descent;

import java.util.List;

/**
 * Fitting a circle to noisy points (book ch. 8): the circle x² + y² + a·x + b·y + c = 0 and the loss
 * E(a, b, c) = (1/N) Σ (x_i² + y_i² + a·x_i + b·y_i + c)², convex in (a, b, c). Centre (−a/2, −b/2),
 * radius √(a²/4 + b²/4 − c).
 */
public final class CircleFit extends DataObjective {

    public CircleFit(PointCloud data, int batchSize, long seed) {
        super(data, batchSize, seed);
    }

    @Override
    public List<String> parameters() {
        return List.of("a", "b", "c");
    }

    @Override
    protected double pointError(double x, double y, double[] p, double[] gradient, double weight) {
        double r = x * x + y * y + p[0] * x + p[1] * y + p[2];
        gradient[0] += weight * 2 * r * x;
        gradient[1] += weight * 2 * r * y;
        gradient[2] += weight * 2 * r;
        return r * r;
    }

    /** {centre x, centre y, radius} of the circle with parameters p (radius NaN if it is empty). */
    public static double[] circle(double[] p) {
        double cx = -p[0] / 2;
        double cy = -p[1] / 2;
        return new double[] {cx, cy, Math.sqrt(cx * cx + cy * cy - p[2])};
    }

    /**
     * {xs, ys} of {@code n} points around the circle with parameters p, the first and last both at angle 0 (a
     * closed polyline), or null when p describes no circle (a² / 4 + b² / 4 − c &lt; 0, or not finite).
     */
    public static double[][] sample(double[] p, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("a circle needs at least 2 samples, not " + n);
        }
        double[] c = circle(p);
        if (!Double.isFinite(c[0]) || !Double.isFinite(c[1]) || !Double.isFinite(c[2])) {
            return null;
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int k = 0; k < n; k++) {
            double t = 2 * Math.PI * k / (n - 1);
            xs[k] = c[0] + c[2] * Math.cos(t);
            ys[k] = c[1] + c[2] * Math.sin(t);
        }
        return new double[][] {xs, ys};
    }
}
