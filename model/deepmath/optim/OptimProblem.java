package deepmath.optim;

import deepmath.core.InputProblem;

/**
 * Refusals of an optimiser's settings.
 * Each says its particulars in the order of its placeholders; the window says it from the {@code errors} bundle.
 */
public enum OptimProblem implements InputProblem {
    UNKNOWN("error.optim.unknown",
            "unknown optimiser ''{0}'' (known: {1})"),
    POSITIVE("error.optim.positive",
            "{0} must be a positive number, got {1}"),
    FACTOR("error.optim.factor",
            "{0} must lie in [0, 1), got {1}");

    private final Text text;

    OptimProblem(String key, String english) { text = new Text(key, english); }

    @Override
    public Text text() {
        return text;
    }
}
