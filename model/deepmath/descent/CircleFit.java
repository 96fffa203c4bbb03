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
}
