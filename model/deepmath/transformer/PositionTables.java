package deepmath.transformer;

/**
 * Position tables laid out as the book draws them: one column per position k, one row per coordinate i (its heat
 * map of (k, i) ↦ wₖ,ᵢ), whether the table is the sinusoidal one or a model's learnt W_pe (stored [k][n]).
 */
public final class PositionTables {
    private PositionTables() {
    }

    /** The first {@code coordinates} coordinates of rows [k][n] as columns: out[i][k] = rows[k][i]. */
    public static double[][] asColumns(float[][] rows, int coordinates) {
        int n = rows.length == 0 ? 0 : Math.min(coordinates, rows[0].length);
        double[][] out = new double[n][rows.length];
        for (int k = 0; k < rows.length; k++) {
            for (int i = 0; i < n; i++) {
                out[i][k] = rows[k][i];
            }
        }
        return out;
    }

    /** The same for a table of doubles. */
    public static double[][] asColumns(double[][] rows, int coordinates) {
        int n = rows.length == 0 ? 0 : Math.min(coordinates, rows[0].length);
        double[][] out = new double[n][rows.length];
        for (int k = 0; k < rows.length; k++) {
            for (int i = 0; i < n; i++) {
                out[i][k] = rows[k][i];
            }
        }
        return out;
    }

    /** Vectors side by side as the columns of one matrix (all of one length). */
    public static double[][] sideBySide(double[]... columns) {
        double[][] out = new double[columns[0].length][columns.length];
        for (int c = 0; c < columns.length; c++) {
            for (int r = 0; r < columns[c].length; r++) {
                out[r][c] = columns[c][r];
            }
        }
        return out;
    }
}
