package deepmath.descent;

import java.util.Arrays;

/**
 * The graph x ↦ f(x) of a function of one variable sampled across [xMin, xMax], and the f range to show it in —
 * the book's picture of a descent in one variable (ch. 8 §1.3, line 8956): the curve, the points (a_k, f(a_k))
 * on it and the a_k on the x-axis. The range holds every finite value (or, when a few extreme ones near a pole
 * would squash the rest flat, the 1st–99th percentiles) and the axis f = 0, where the a_k are read.
 */
public record FunctionCurve(double[] xs, double[] fs, double fMin, double fMax) {

    /** {@code n} ≥ 2 samples of {@code f} (a function of one parameter) from xMin to xMax. */
    public static FunctionCurve sample(Objective f, double xMin, double xMax, int n) {
        if (n < 2 || f.parameters().size() != 1) {
            throw new IllegalArgumentException("a curve of one variable needs at least 2 samples, not " + n
                    + " of " + f.parameters());
        }
        double[] xs = new double[n];
        double[] fs = new double[n];
        double[] p = new double[1];
        for (int k = 0; k < n; k++) {
            xs[k] = xMin + (xMax - xMin) * k / (n - 1);
            p[0] = xs[k];
            fs[k] = f.value(p);
        }
        double[] range = range(fs);
        return new FunctionCurve(xs, fs, range[0], range[1]);
    }

    private static double[] range(double[] fs) {
        double[] finite = Arrays.stream(fs).filter(Double::isFinite).sorted().toArray();
        if (finite.length == 0) {
            return new double[] {-1, 1};
        }
        double lo = finite[(int) (0.01 * (finite.length - 1))];
        double hi = finite[(int) Math.ceil(0.99 * (finite.length - 1))];
        double min = finite[0];
        double max = finite[finite.length - 1];
        if (!(hi > lo && max - min > 8 * (hi - lo))) {
            lo = min;
            hi = max;
        }
        lo = Math.min(lo, 0);
        hi = Math.max(hi, 0);
        if (hi - lo < 1e-9) {
            lo -= 1;
            hi += 1;
        }
        double pad = 0.06 * (hi - lo);
        return new double[] {lo - pad, hi + pad};
    }

    /**
     * The tangent at the iterate (a_k, f(a_k)) of slope f′(a_k), from a_k − h to a_k + h: {x0, y0, x1, y1}. It shows
     * the derivative the step −δ·f′(a_k) is made of.
     */
    public static double[] tangent(Iterate at, double h) {
        double x = at.point()[0];
        double slope = at.gradient()[0];
        return new double[] {x - h, at.value() - slope * h, x + h, at.value() + slope * h};
    }
}
