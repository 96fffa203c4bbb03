package deepmath.calculus;

/**
 * The tangent plane's estimate of f near a point (book ch. 7 §2.6):
 * f(x0 + h, y0 + k) ≈ f(x0, y0) + h·∂f/∂x(x0, y0) + k·∂f/∂y(x0, y0), beside the exact value and the error.
 */
public record TangentPlaneEstimate(double x0, double y0, double h, double k, double value, double fx, double fy,
                                   double estimate, double exact) {

    public static TangentPlaneEstimate at(PlaneFunction f, double x0, double y0, double h, double k) {
        double[] g = f.gradientAndValue(x0, y0);
        return new TangentPlaneEstimate(x0, y0, h, k, g[2], g[0], g[1], g[2] + h * g[0] + k * g[1],
                f.value(x0 + h, y0 + k));
    }

    /** exact − estimate: small as h² + k² for a smooth f. */
    public double error() {
        return exact - estimate;
    }
}
