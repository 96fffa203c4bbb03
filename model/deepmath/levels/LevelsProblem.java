package deepmath.levels;

import deepmath.core.InputProblem;

/**
 * Refusals of a list of levels typed by the user.
 * Each says its particulars in the order of its placeholders; the window says it from the {@code errors} bundle.
 */
public enum LevelsProblem implements InputProblem {
    NOT_A_LEVEL("error.levels.notALevel",
            "Not a level: ''{0}'' (write numbers separated by commas)");

    private final Text text;

    LevelsProblem(String key, String english) { text = new Text(key, english); }

    @Override
    public Text text() {
        return text;
    }
}
