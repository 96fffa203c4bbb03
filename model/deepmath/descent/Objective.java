package deepmath.descent;

/**
 * What a descent minimises: a function of a parameter vector with its gradient. Data problems may also
 * give the gradient on a subset of their data (a mini-batch).
 */
public interface Objective {

    /** Parameter names in order (a, b for a line; x, y for a formula of x and y). */
    java.util.List<String> parameters();

    /** f(p), writing ∇f(p) into {@code gradient}. */
    double valueAndGradient(double[] p, double[] gradient);

    /** f and ∇f on all the data (what the iterate table shows); the same as above for formulas. */
    default double exactValueAndGradient(double[] p, double[] gradient) {
        return valueAndGradient(p, gradient);
    }

    default double value(double[] p) {
        return valueAndGradient(p, new double[p.length]);
    }
}
