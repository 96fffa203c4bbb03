package deepmath.descent;

import deepmath.core.BadInputException;

/** What a descent minimises: a formula of two variables, the regression's loss E(a, b) or the circle's E(a, b, c). */
public enum ProblemKind {
    FUNCTION("function"), REGRESSION("regression"), CIRCLE("circle");

    private final String key;

    ProblemKind(String key) {
        this.key = key;
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
