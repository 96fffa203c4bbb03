package deepmath.grid;

/**
 * Values of a function on a {@link Grid2D} (layout: {@code values[j * nx + i]} at (x(i), y(j))).
 * The array is owned by this object: callers must not change it after construction.
 */
public record GridValues(Grid2D grid, float[] values) {

    public GridValues {
        if (values.length != grid.size()) {
            throw new IllegalArgumentException("expected " + grid.size() + " values, got " + values.length);
        }
    }

    public float at(int i, int j) {
        return values[grid.index(i, j)];
    }

    /** The smallest and largest finite values ({@code NaN, NaN} when there is none). */
    public Range finiteRange() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (float v : values) {
            if (Float.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return min <= max ? new Range(min, max) : new Range(Double.NaN, Double.NaN);
    }

    /** A closed interval of values. */
    public record Range(double min, double max) {
        public boolean isEmpty() {
            return Double.isNaN(min);
        }
    }
}
