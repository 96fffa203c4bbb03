package deepmath.data;

import deepmath.core.InputProblem;

/**
 * Refusals of data sets: CSV files, shapes, generated sets.
 * Each says its particulars in the order of its placeholders; the window says it from the {@code errors} bundle.
 */
public enum DataProblem implements InputProblem {
    CSV_COLUMNS("error.csv.columns",
            "{0} line {1}: expected 2 to 4 columns (x, target / x, y, label / x, y, z, target), got {2}"),
    CSV_ROW_LENGTH("error.csv.rowLength",
            "{0} line {1}: {2} values, the first line had {3}"),
    CSV_EMPTY("error.csv.empty",
            "{0}: no data (expected lines like 0.5, 1.2, 1)"),
    CSV_NOT_A_NUMBER("error.csv.notANumber",
            "{0} line {1}: ''{2}'' is not a number (plain decimals, e.g. -1.5 or 2e-3)"),
    SIZES("error.data.sizes",
            "{0} inputs for {1} targets"),
    SAMPLE_SHAPE("error.data.sampleShape",
            "sample {0} does not have the shape of sample 1"),
    NEW_POINT("error.data.newPoint",
            "a new point needs {0} inputs and {1} targets"),
    TEST_FRACTION("error.data.testFraction",
            "the test fraction must lie in [0, 1), got {0}"),
    UNKNOWN_CURVE("error.data.unknownCurve",
            "unknown curve ''{0}'' (known: sin, step, abs)"),
    POINT_COUNT("error.data.pointCount",
            "the number of points must lie in 2..100000, got {0}"),
    UNDEFINED_AT("error.data.undefinedAt",
            "the function is not defined at x = {0}"),
    UNKNOWN_SET("error.data.unknownSet",
            "unknown data set ''{0}'' (known: two-gaussians, circle, xor, spirals)"),
    NOISE("error.data.noise",
            "the noise must lie in [0, 1], got {0}");

    private final Text text;

    DataProblem(String key, String english) { text = new Text(key, english); }

    @Override
    public Text text() {
        return text;
    }
}
