package deepmath.calculus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The book's three elementary searches for the minimum of f(x, y) in a rectangle (ch. 3 §2.4): on an N × N grid,
 * at random points, and by slices (the least point of the slice x = x0, then of the slice y = y0 through it, and
 * so on). Each keeps the points it tried, for the map to show where it looked.
 *
 * @param tried  the points evaluated (x, y), in order; for slices, the corners of the path x0 → y0 → x1 → …
 * @param best   the least point found (x, y, f)
 * @param evaluations how many times f was computed
 */
public record MinimumSearch(Method method, List<double[]> tried, double[] best, int evaluations) {
    /** The most grid lines, random points or slices one search takes. */
    public static final int MAX_GRID = 1000;
    public static final int MAX_RANDOM = 1_000_000;
    public static final int MAX_SLICES = 100;
    /** The points of a slice scanned before it is refined by golden sections. */
    private static final int SLICE_SCAN = 200;

    public enum Method { GRID, RANDOM, SLICES }

    /** f at (x, y). */
    @FunctionalInterface
    public interface Surface {
        double value(double x, double y);
    }

    /**
     * The grid of N × N points of the rectangle {x0, x1, y0, y1}, corners included (numpy's linspace(x0, x1, N) on
     * each side: the book's N = 100 evaluates 10 000 points).
     */
    public static MinimumSearch grid(Surface f, double[] box, int n) {
        check(n, 2, MAX_GRID);
        List<double[]> tried = new ArrayList<>();
        double[] best = {Double.NaN, Double.NaN, Double.POSITIVE_INFINITY};
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double x = box[0] + (box[1] - box[0]) * i / (n - 1);
                double y = box[2] + (box[3] - box[2]) * j / (n - 1);
                keep(tried, best, x, y, f.value(x, y));
            }
        }
        return new MinimumSearch(Method.GRID, tried, best, tried.size());
    }

    /** {@code count} points drawn uniformly in the rectangle, from {@code seed} (the same seed, the same points). */
    public static MinimumSearch random(Surface f, double[] box, int count, long seed) {
        check(count, 1, MAX_RANDOM);
        Random random = new Random(seed);
        List<double[]> tried = new ArrayList<>();
        double[] best = {Double.NaN, Double.NaN, Double.POSITIVE_INFINITY};
        for (int k = 0; k < count; k++) {
            double x = box[0] + (box[1] - box[0]) * random.nextDouble();
            double y = box[2] + (box[3] - box[2]) * random.nextDouble();
            keep(tried, best, x, y, f.value(x, y));
        }
        return new MinimumSearch(Method.RANDOM, tried, best, count);
    }

    /**
     * From the slice x = {@code x0}: {@code slices} one-variable minimisations, alternately in y (x fixed) and in x
     * (y fixed); the path's corners are (x0, y0), (x1, y0), (x1, y1), … The first point is (x0, least y).
     */
    public static MinimumSearch slices(Surface f, double[] box, double x0, int slices) {
        check(slices, 1, MAX_SLICES);
        List<double[]> path = new ArrayList<>();
        int[] evaluations = {0};
        Surface counted = (x, y) -> {
            evaluations[0]++;
            return f.value(x, y);
        };
        double x = x0;
        double y = least(t -> counted.value(x0, t), box[2], box[3]);
        path.add(new double[] {x, y});
        for (int s = 1; s < slices; s++) {
            if (s % 2 == 1) {
                double yy = y;
                x = least(t -> counted.value(t, yy), box[0], box[1]);
            } else {
                double xx = x;
                y = least(t -> counted.value(xx, t), box[2], box[3]);
            }
            path.add(new double[] {x, y});
        }
        double[] best = {x, y, f.value(x, y)};
        return new MinimumSearch(Method.SLICES, path, best, evaluations[0]);
    }

    /** The least point of t ↦ g(t) on [a, b]: a scan, then golden sections around the least sample. */
    static double least(java.util.function.DoubleUnaryOperator g, double a, double b) {
        double step = (b - a) / SLICE_SCAN;
        int bestK = 0;
        double bestValue = Double.POSITIVE_INFINITY;
        for (int k = 0; k <= SLICE_SCAN; k++) {
            double v = g.applyAsDouble(a + k * step);
            if (v < bestValue) {
                bestValue = v;
                bestK = k;
            }
        }
        double lo = Math.max(a, a + (bestK - 1) * step);
        double hi = Math.min(b, a + (bestK + 1) * step);
        double ratio = (Math.sqrt(5) - 1) / 2;
        double c = hi - ratio * (hi - lo);
        double d = lo + ratio * (hi - lo);
        double fc = g.applyAsDouble(c);
        double fd = g.applyAsDouble(d);
        for (int k = 0; k < 80 && hi - lo > 1e-12 * Math.max(1, Math.abs(lo)); k++) {
            if (fc < fd) {
                hi = d;
                d = c;
                fd = fc;
                c = hi - ratio * (hi - lo);
                fc = g.applyAsDouble(c);
            } else {
                lo = c;
                c = d;
                fc = fd;
                d = lo + ratio * (hi - lo);
                fd = g.applyAsDouble(d);
            }
        }
        double mid = (lo + hi) / 2;
        return g.applyAsDouble(mid) <= bestValue ? mid : a + bestK * step;
    }

    private static void keep(List<double[]> tried, double[] best, double x, double y, double v) {
        tried.add(new double[] {x, y});
        if (v < best[2]) {
            best[0] = x;
            best[1] = y;
            best[2] = v;
        }
    }

    private static void check(int n, int min, int max) {
        if (n < min || n > max) {
            throw new IllegalArgumentException(n + " outside " + min + ".." + max);
        }
    }
}
