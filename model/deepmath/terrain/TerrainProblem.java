package deepmath.terrain;

import deepmath.core.InputProblem;

/**
 * Refusals of a terrain file (an elevation grid in the lab's DEM1 layout).
 * Each says its particulars in the order of its placeholders; the window says it from the {@code errors} bundle.
 */
public enum TerrainProblem implements InputProblem {
    HEADER("error.terrain.header",
            "{0}: not an elevation grid (expected a first line ''DEM1 columns rows west south dlon dlat'')"),
    TRUNCATED("error.terrain.truncated",
            "{0}: the file ends after {1} of its {2} heights");

    private final Text text;

    TerrainProblem(String key, String english) { text = new Text(key, english); }

    @Override
    public Text text() {
        return text;
    }
}
