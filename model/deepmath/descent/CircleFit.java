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

    @Override
    public List<String> parameters() {
        return List.of("a", "b", "c");
    }

    @Override
    protected double pointError(double x, double y, double[] p, double[] gradient, double weight) {
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
}
