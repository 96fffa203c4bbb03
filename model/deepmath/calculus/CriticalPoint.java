package deepmath.calculus;

/**
 * A point where the gradient vanishes, found by Newton's method on ∇f, with its nature read from the
 * Hessian (for two variables: the sign of det H and of ∂²f/∂x²).
 */
public record CriticalPoint(double[] point, double value, double[] gradient, double[][] hessian, int iterations,
                            boolean converged, Nature nature) {

    public enum Nature { MINIMUM, MAXIMUM, SADDLE, UNDECIDED }
}
