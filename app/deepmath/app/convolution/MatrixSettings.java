package deepmath.app.convolution;

import deepmath.conv.ConvolutionSpec;
import deepmath.conv.MatrixText;
import java.util.Arrays;

/**
 * Everything the matrix tab shows: the input (at most 10×10) and the kernel (at most 7×7) as edited, the
 * spec, and the output cell the step-by-step figure is at (shown clamped to the output's last cell).
 */
record MatrixSettings(double[][] input, double[][] kernel, ConvolutionSpec spec, int cell) {
    static final int MAX_INPUT = 10;
    static final int MAX_KERNEL = 7;
    /** The book's example: the 4×5 matrix 1…20 and its 3×3 kernel. */
    static final double[][] BOOK_INPUT = {{1, 2, 3, 4, 5}, {6, 7, 8, 9, 10}, {11, 12, 13, 14, 15}, {16, 17, 18, 19, 20}};
    static final double[][] BOOK_KERNEL = {{1, 2, 0}, {0, 1, 0}, {-1, 0, 3}};
    static final MatrixSettings BOOK = new MatrixSettings(BOOK_INPUT, BOOK_KERNEL, ConvolutionSpec.BOOK, 0);

    MatrixSettings {
        input = copy(input);
        kernel = copy(kernel);
        if (cell < 0) {
            throw new IllegalArgumentException("cell " + cell);
        }
    }

    private static double[][] copy(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            out[r] = rows[r].clone();
        }
        return out;
    }

    @Override
    public double[][] input() {
        return copy(input);
    }

    @Override
    public double[][] kernel() {
        return copy(kernel);
    }

    MatrixSettings withInput(double[][] value) {
        return new MatrixSettings(value, kernel, spec, cell);
    }

    MatrixSettings withKernel(double[][] value) {
        return new MatrixSettings(input, value, spec, cell);
    }

    /** A new spec: the figure starts again from the first cell. */
    MatrixSettings withSpec(ConvolutionSpec value) {
        return new MatrixSettings(input, kernel, value, 0);
    }

    MatrixSettings withCell(int value) {
        return new MatrixSettings(input, kernel, spec, value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatrixSettings m && Arrays.deepEquals(m.input, input) && Arrays.deepEquals(m.kernel, kernel)
                && m.spec.equals(spec) && m.cell == cell;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(Arrays.deepHashCode(input), Arrays.deepHashCode(kernel), spec, cell);
    }

    @Override
    public String toString() {
        return "MatrixSettings[input " + MatrixText.format(input) + ", kernel " + MatrixText.format(kernel) + ", "
                + spec + ", cell " + cell + "]";
    }
}
