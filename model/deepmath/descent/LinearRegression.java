package deepmath.descent;

import java.util.List;

/**
 * The book's regression y = a·x + b as one neuron: E(a, b) = Σ (y_i − (a·x_i + b))² (a sum, as in the book, ch. 8 line 9291), minimised by descent;
 * {@link #leastSquares()} gives the exact minimum to compare with.
 */
public final class LinearRegression extends DataObjective {

    public LinearRegression(PointCloud data, int batchSize, long seed) {
        super(data, batchSize, seed);
    }

    public LinearRegression(PointCloud data, int batchSize, long seed, boolean shuffled) {
        super(data, batchSize, seed, shuffled);
    }

    @Override
    public List<String> parameters() {
        return List.of("a", "b");
    }

    @Override
    protected double pointError(int i, double[] p, double[] gradient, double weight) {
        double x = data().xs()[i];
        double y = data().ys()[i];
        double r = p[0] * x + p[1] - y;
        gradient[0] += weight * 2 * r * x;
        gradient[1] += weight * 2 * r;
        return r * r;
    }

    /** The line's height a·x + b at x, for parameters p = (a, b). */
    public static double line(double[] p, double x) {
        return p[0] * x + p[1];
    }

    /** The closed-form minimum (a, b) of the normal equations. */
    public double[] leastSquares() {
        PointCloud d = data();
        double n = d.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < d.size(); i++) {
            sx += d.xs()[i];
            sy += d.ys()[i];
            sxx += d.xs()[i] * d.xs()[i];
            sxy += d.xs()[i] * d.ys()[i];
        }
        double a = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        return new double[] {a, (sy - a * sx) / n};
    }
}
