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

    private final Text text;

    CalculusProblem(String key, String english) { text = new Text(key, english); }

    @Override
    public Text text() {
        return text;
    }
}
