package deepmath.grid;

import deepmath.core.InputProblem;

/**
 * Refusals of a plotting window or a grid of points.
 * Each says its particulars in the order of its placeholders; the window says it from the {@code errors} bundle.
 */
public enum GridProblem implements InputProblem {
    DOMAIN("error.grid.domain",
            "the domain must have xmin < xmax and ymin < ymax, got [{0}, {1}] × [{2}, {3}]"),
    POINTS("error.grid.points",
            "a grid needs at least 2 × 2 points, got {0} × {1}"),
    WINDOW("error.grid.window",
            "{0}: {1} {2}"),
    NOT_FINITE("error.grid.notFinite",
            "bounds must be finite numbers, got [{0}, {1}]"),
    BEYOND("error.grid.beyond",
            "bounds must lie within ±{0}, got [{1}, {2}]"),
    ORDER("error.grid.order",
            "min must be below max, got [{0}, {1}]"),
    NARROW("error.grid.narrow",
            "interval [{0}, {1}] is too narrow to draw");

    private final Text text;

    GridProblem(String key, String english) { text = new Text(key, english); }

    @Override
    public Text text() {
        return text;
    }
}
