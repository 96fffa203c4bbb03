package deepmath.descent;

import deepmath.core.BadInputException;

/**
 * What a descent minimises: a formula of one or two variables, the regression's loss E(a, b), the parabola's
 * E(a, b) (y = x² + a·x + b, book line 9711), the plane's E(a, b, c) (z = a·x + b·y + c, line 9461) or the circle's
 * E(a, b, c).
 */
public enum ProblemKind {
    FUNCTION("function"), REGRESSION("regression"), PARABOLA("parabola"), PLANE("plane"), CIRCLE("circle");

    private final String key;

    ProblemKind(String key) {
        this.key = key;
    }

    /** Whether the loss is a sum over data points (which mini-batches split). */
    public boolean isData() {
        return this != FUNCTION;
    }

    /** The name in presets and session files. */
    public String key() {
        return key;
    }

    public static ProblemKind fromKey(String key) {
        for (ProblemKind kind : values()) {
            if (kind.key.equals(key)) {
                return kind;
            }
        }
        throw new BadInputException(DescentRefusal.UNKNOWN_PROBLEM, key);
    }
}
