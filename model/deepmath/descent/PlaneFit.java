package deepmath.descent;

import deepmath.grid.Grid2D;
import deepmath.grid.GridValues;
import java.util.List;

/**
 * The book's linear regression z = a·x + b·y + c, a neuron of two inputs (ch. 8 §2.4, line 9461): points
 * (x_i, y_i, z_i) of space and the error E(a, b, c) = Σ (z_i − (a·x_i + b·y_i + c))², minimised by descent.
 */
public final class PlaneFit extends DataObjective {

    public PlaneFit(PointCloud data, int batchSize, long seed, boolean shuffled) {
        super(checked(data), batchSize, seed, shuffled);
    }

    private static PointCloud checked(PointCloud data) {
        if (!data.hasZ()) {
            throw new IllegalArgumentException("a plane is fitted to points (x, y, z)");
        }
        return data;
    }

    @Override
    public List<String> parameters() {
        return List.of("a", "b", "c");
    }

    @Override
    protected double pointError(int i, double[] p, double[] gradient, double weight) {
        double x = data().xs()[i];
        double y = data().ys()[i];
        double r = plane(p, x, y) - data().zs()[i];
        gradient[0] += weight * 2 * r * x;
        gradient[1] += weight * 2 * r * y;
        gradient[2] += weight * 2 * r;
        return r * r;
    }

    /** The plane's height a·x + b·y + c at (x, y), for parameters p = (a, b, c). */
    public static double plane(double[] p, double x, double y) {
        return p[0] * x + p[1] * y + p[2];
    }

    /** The plane of parameters p sampled on {@code n × n} points of {xMin, xMax, yMin, yMax} (for its 3-D view). */
    public static GridValues heights(double[] p, double[] window, int n) {
        Grid2D grid = new Grid2D(window[0], window[1], window[2], window[3], n, n);
        float[] z = new float[grid.size()];
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                z[grid.index(i, j)] = (float) plane(p, grid.x(i), grid.y(j));
            }
        }
        return new GridValues(grid, z);
    }
}
