package deepmath.descent;

/**
 * When to stop: after {@code maxSteps}, when |grad f| < gradientTolerance, when f changes by less than
 * valueTolerance, and (divergence) when a coordinate exceeds {@code bound} in absolute value or is NaN/∞.
 * A tolerance of 0 turns its rule off.
 */
public record StoppingRules(int maxSteps, double gradientTolerance, double valueTolerance, double bound) {

    public static StoppingRules defaults() {
        return new StoppingRules(1000, 1e-8, 0, 1e6);
    }

    public static StoppingRules steps(int maxSteps) {
        return new StoppingRules(maxSteps, 0, 0, 1e12);
    }
}
