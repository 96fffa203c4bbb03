package deepmath.calculus;

/**
 * The directional derivative of f at (x0, y0) along a vector v = (h, k) (book ch. 7 §2.4):
 * D_v f(x0, y0) = h·∂f/∂x + k·∂f/∂y = ⟨∇f | v⟩, the slope of the slice of f in the direction of v (per unit of
 * v's length times ‖v‖), with the same number by a central difference (f(p + tv) − f(p − tv)) / 2t to check it.
 *
 * @param angleDegrees the angle θ between ∇f and v (D_v f = ‖∇f‖·‖v‖·cos θ); NaN when either is zero
 */
public record DirectionalDerivative(double x0, double y0, double h, double k, double fx, double fy, double value,
                                    double finiteDifference, double angleDegrees) {

    public static DirectionalDerivative at(PlaneFunction f, double x0, double y0, double h, double k) {
        double[] g = f.gradientAndValue(x0, y0);
        double value = h * g[0] + k * g[1];
        double norm = Math.hypot(h, k);
        double scale = Math.max(1, Math.max(Math.abs(x0), Math.abs(y0)));
        double t = norm > 0 ? 1e-5 * scale / norm : 0;
        double difference = norm > 0
                ? (f.value(x0 + t * h, y0 + t * k) - f.value(x0 - t * h, y0 - t * k)) / (2 * t) : 0;
        double gradientNorm = Math.hypot(g[0], g[1]);
        double angle = norm > 0 && gradientNorm > 0
                ? Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, value / (norm * gradientNorm))))) : Double.NaN;
        return new DirectionalDerivative(x0, y0, h, k, g[0], g[1], value, difference, angle);
    }
}
