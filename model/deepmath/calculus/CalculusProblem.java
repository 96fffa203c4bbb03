package deepmath.calculus;

import deepmath.core.InputProblem;

/**
 * Refusals of the calculus tools (Newton's method, the curves drawn over a function).
 * Each says its particulars in the order of its placeholders; the window says it from the {@code errors} bundle.
 */
public enum CalculusProblem implements InputProblem {
    DIVERGED("error.calculus.diverged",
            "Newton's method diverged from the start point: try another one"),
    ONE_VARIABLE("error.calculus.oneVariable",
            "Newton's method here needs a function of one variable"),
    CURVE_FAMILY("error.calculus.curveFamily",
            "Not a range of the family: ''{0}'' (write k = 1..4, at most 24 values)"),
    FAMILY_NAME("error.calculus.familyName",
            "The family''s name {0} is not in {1}"),
    TOO_MANY_CURVES("error.calculus.tooManyCurves",
            "At most {0} curves are drawn over the function"),
    POINT_LISTS("error.calculus.pointLists",
            "Not two lists of points: ''{0}'' (write [0, 1, 2], [0, 1, 4]: the x, then as many y)"),
    FIT_DEGREE("error.calculus.fitDegree",
            "A polynomial of degree {0} needs at least {1} points, there are {2}"),
    FIT_SAME_X("error.calculus.fitSameX",
            "Two points share an x: no polynomial of degree {0} fits them (move one sideways or lower the degree)");

    private final Text text;

    CalculusProblem(String key, String english) { text = new Text(key, english); }

    @Override
    public Text text() {
        return text;
    }
}
