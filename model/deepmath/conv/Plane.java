package deepmath.conv;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A matrix of floats stored row by row ({@code values[row * cols + col]}): a grey image, one channel of a
 * colour image, a small matrix of the book, or a 1-row signal. The array is shared, not copied: the
 * convolution kernels write straight into it, which is what makes live re-convolution cheap.
 */
public record Plane(int rows, int cols, float[] values) {

    public Plane {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("a plane needs at least one row and one column: " + rows + "x" + cols);
        }
        if (values.length != rows * cols) {
            throw new IllegalArgumentException("expected " + rows * cols + " values, got " + values.length);
        }
    }

    public static Plane zeros(int rows, int cols) {
        return new Plane(rows, cols, new float[rows * cols]);
    }

    /** From rows of numbers, e.g. {@code of(new double[][] {{1, 2}, {3, 4}})}; every row must have the same length. */
    public static Plane of(double[][] rows) {
        int cols = rows[0].length;
        float[] values = new float[rows.length * cols];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != cols) {
                throw new IllegalArgumentException("row " + (r + 1) + " has " + rows[r].length + " entries, not " + cols);
            }
            for (int c = 0; c < cols; c++) {
                values[r * cols + c] = (float) rows[r][c];
            }
        }
        return new Plane(rows.length, cols, values);
    }

    /** A 1-row plane: a signal. */
    public static Plane row(double... values) {
        return of(new double[][] {values});
    }

    public float get(int row, int col) {
        return values[row * cols + col];
    }

    public void set(int row, int col, float value) {
        values[row * cols + col] = value;
    }

    public int size() {
        return values.length;
    }

    public Plane copy() {
        return new Plane(rows, cols, values.clone());
    }

    /** Rows as doubles (for printing and tests). */
    public double[][] toRows() {
        double[][] out = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[r][c] = values[r * cols + c];
            }
        }
        return out;
    }

    /** The smallest and largest values, {@code {min, max}}. */
    public float[] range() {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new float[] {min, max};
    }

    /** A float32 rows × cols ND4J array holding a copy of the values. */
    public INDArray toNd4j() {
        return Nd4j.create(values.clone(), new long[] {rows, cols}, 'c');
    }

    /** From a rank-2 ND4J array (any data type, any order). */
    public static Plane fromNd4j(INDArray array) {
        if (array.rank() != 2) {
            throw new IllegalArgumentException("expected a matrix (rank 2), got shape " + Arrays.toString(array.shape()));
        }
        INDArray floats = array.castTo(DataType.FLOAT).dup('c');
        return new Plane((int) array.rows(), (int) array.columns(), floats.data().asFloat());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Plane p && p.rows == rows && p.cols == cols && Arrays.equals(p.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Plane[" + rows + "x" + cols + "]";
    }
}
