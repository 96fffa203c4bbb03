package deepmath.expr;

import deepmath.core.InputProblem;

/**
 * Refusals of a formula's evaluation (a parse error is a {@link ParseException}).
 * Each says its particulars in the order of its placeholders; the window says it from the {@code errors} bundle.
 */
public enum FormulaProblem implements InputProblem {
    NO_VALUE_OF("error.formula.noValueOf",
            "No value given for the variable {0} of {1}"),
    NO_VALUE("error.formula.noValue",
            "No value given for {0}"),
    NOT_A_VARIABLE("error.formula.notAVariable",
            "The formula uses the variable {0}, which is not among its variables {1}");

    private final Text text;

    FormulaProblem(String key, String english) { text = new Text(key, english); }

    @Override
    public Text text() {
        return text;
    }
}
