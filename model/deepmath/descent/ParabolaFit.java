package deepmath.descent;

import java.util.List;

/**
 * The book's parabola y = x² + a·x + b fitted to points (ch. 8 §3.1, line 9711): the local errors
 * E_i(a, b) = (y_i − (x_i² + a·x_i + b))² and their sum E, the example on which it compares classic and stochastic
 * descent. Only a and b are learnt: the x² term is fixed.
 */
public final class ParabolaFit extends DataObjective {

    public ParabolaFit(PointCloud data, int batchSize, long seed, boolean shuffled) {
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
        double r = curve(p, x) - y;
        gradient[0] += weight * 2 * r * x;
        gradient[1] += weight * 2 * r;
        return r * r;
    }

    /** The parabola's height x² + a·x + b at x, for parameters p = (a, b). */
    public static double curve(double[] p, double x) {
        return x * x + p[0] * x + p[1];
    }
}
