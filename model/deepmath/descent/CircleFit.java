package deepmath.descent;

import java.util.List;

/**
 * Fitting a circle to points (book ch. 8, line 10003): the circle of centre (a, b) and radius c, and the loss
 * E(a, b, c) = Σ E_i with E_i = ((x_i − a)² + (y_i − b)² − c²)², zero exactly when every point is on the circle.
 */
public final class CircleFit extends DataObjective {

    public CircleFit(PointCloud data, int batchSize, long seed) {
        super(data, batchSize, seed);
    }

    public CircleFit(PointCloud data, int batchSize, long seed, boolean shuffled) {
        super(data, batchSize, seed, shuffled);
    }

    @Override
    public List<String> parameters() {
        return List.of("a", "b", "c");
    }

    @Override
    protected double pointError(int i, double[] p, double[] gradient, double weight) {
        double x = data().xs()[i];
        double y = data().ys()[i];
        double dx = x - p[0];
        double dy = y - p[1];
        double r = dx * dx + dy * dy - p[2] * p[2];
        gradient[0] += weight * 2 * r * (-2 * dx);
        gradient[1] += weight * 2 * r * (-2 * dy);
        gradient[2] += weight * 2 * r * (-2 * p[2]);
        return r * r;
    }

    /** {centre x, centre y, radius} of the circle with parameters p = (a, b, c). */
    public static double[] circle(double[] p) {
        return new double[] {p[0], p[1], Math.abs(p[2])};
    }

    /**
     * {xs, ys} of {@code n} points around the circle with parameters p, the first and last both at angle 0 (a
     * closed polyline), or null when p is not finite (a diverged run); every finite p is a circle, of radius |c|.
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
