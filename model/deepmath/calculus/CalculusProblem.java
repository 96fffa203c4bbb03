package deepmath.calculus;

import deepmath.core.InputProblem;

/**
 * Refusals of the calculus tools (Newton's method).
 * Each says its particulars in the order of its placeholders; the window says it from the {@code errors} bundle.
 */
public enum CalculusProblem implements InputProblem {
    DIVERGED("error.calculus.diverged",
            "Newton's method diverged from the start point: try another one"),
    ONE_VARIABLE("error.calculus.oneVariable",
            "Newton's method here needs a function of one variable");

    private final String key;
    private final String english;

    CalculusProblem(String key, String english) {
        this.key = key;
        this.english = english;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String english() {
        return english;
    }
}
