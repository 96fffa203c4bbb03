package deepmath.optim;

/**
 * The gradient of the function being minimised, written into {@code out} at the point {@code at}.
 * A function rather than a vector because Nesterov's method asks for the gradient at a look-ahead point,
 * not at the current one.
 */
@FunctionalInterface
public interface GradientFunction {
    void gradient(double[] at, double[] out);
}
