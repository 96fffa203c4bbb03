package deepmath.descent;

import deepmath.core.InputProblem;

/**
 * Refusals of a descent's inputs: its start point, its formula, its data points.
 * Each says its particulars in the order of its placeholders; the window says it from the {@code errors} bundle.
 */
public enum DescentRefusal implements InputProblem {
    START_LENGTH("error.descent.startLength",
            "The start point has {0} coordinates, the function has {1} variables {2}"),
    START_NOT_A_NUMBER("error.descent.startNotANumber",
            "The start point {0} has a coordinate that is not a number"),
    VARIABLE("error.descent.variable",
            "The formula uses {0}, which is not among the descents variables {1}"),
    UNDEFINED_START("error.descent.undefinedStart",
            "f is not defined at the start point {0} (f = {1} there): choose another start point"),
    NO_GRADIENT("error.descent.noGradient",
            "f has no gradient at the start point {0} (gradient {1}): choose another start point"),
    POINTS_COUNT("error.descent.pointsColumns",
            "{0} line {1}: expected two values x,y, got ''{2}''"),
    POINTS_NOT_NUMBERS("error.descent.pointsNotNumbers",
            "{0} line {1}: ''{2}'' is not two numbers x,y (plain decimals, e.g. -1.5 or 2e-3)"),
    UNKNOWN_PROBLEM("error.descent.unknownProblem",
            "unknown descent problem ''{0}'' (function, regression or circle)"),
    NOT_UTF8("error.descent.notUtf8",
            "{0} is not UTF-8 text"),
    TOO_FEW_POINTS("error.descent.tooFewPoints",
            "{0}: needs at least two points x,y"),
    UNKNOWN_SCHEDULE("error.descent.unknownSchedule",
            "unknown step schedule ''{0}'' (constant, linear, quadratic, exp:BETA or keras:ALPHA)"),
    SCHEDULE_PARAMETER("error.descent.scheduleParameter",
            "the {0} schedule cannot take {1} (exp needs beta > 0, keras needs alpha >= 0)");

    private final Text text;

    DescentRefusal(String key, String english) { text = new Text(key, english); }

    @Override
    public Text text() {
        return text;
    }
}
