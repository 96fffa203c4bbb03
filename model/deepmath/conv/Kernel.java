package deepmath.conv;

import deepmath.core.BadInputException;
import java.util.Arrays;

/**
 * A convolution kernel ("motif"): rows × cols weights stored row by row, in doubles so that 1/9 and 1/16
 * stay exact until the float kernels read them. Any size from 1×1 to {@link #MAX_SIZE}×{@link #MAX_SIZE}.
 */
public record Kernel(int rows, int cols, double[] weights) {
    /** The largest kernel side the lab accepts (a 15×15 blur is already very strong). */
    public static final int MAX_SIZE = 15;

    public Kernel {
        if (rows < 1 || cols < 1 || rows > MAX_SIZE || cols > MAX_SIZE) {
            throw new BadInputException(ConvProblem.KERNEL_SIZE, MAX_SIZE, rows, cols);
        }
        if (weights.length != rows * cols) {
            throw new IllegalArgumentException("expected " + rows * cols + " weights, got " + weights.length);
        }
        for (double w : weights) {
            if (!Double.isFinite(w)) {
                throw new BadInputException(ConvProblem.KERNEL_WEIGHT, w);
            }
        }
    }

    public static Kernel of(double[][] rows) {
        int cols = rows[0].length;
        double[] w = new double[rows.length * cols];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != cols) {
                throw new BadInputException(ConvProblem.KERNEL_ROW, r + 1, rows[r].length, cols);
            }
            System.arraycopy(rows[r], 0, w, r * cols, cols);
        }
        return new Kernel(rows.length, cols, w);
    }

    /** Parses {@code "1,2,1;2,4,2;1,2,1"}: rows separated by ';', entries by ',', fractions like 1/9 allowed. */
    public static Kernel parse(String text) {
        return of(MatrixText.parse(text, "kernel"));
    }

    /** A 1-row kernel (for signals). */
    public static Kernel row(double... weights) {
        return new Kernel(1, weights.length, weights.clone());
    }

    public double get(int row, int col) {
        return weights[row * cols + col];
    }

    /** Rotated by 180°: what convolution actually slides over the input (the book's "motif retourné"). */
    public Kernel flipped() {
        double[] w = new double[weights.length];
        for (int k = 0; k < w.length; k++) {
            w[k] = weights[w.length - 1 - k];
        }
        return new Kernel(rows, cols, w);
    }

    public Kernel transposed() {
        double[] w = new double[weights.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                w[c * rows + r] = weights[r * cols + c];
            }
        }
        return new Kernel(cols, rows, w);
    }

    public double sum() {
        double s = 0;
        for (double w : weights) {
            s += w;
        }
        return s;
    }

    /** Divided by the sum of its weights (so a blur keeps the brightness); unchanged when the sum is 0. */
    public Kernel normalised() {
        double s = sum();
        if (Math.abs(s) < 1e-12) {
            return this;
        }
        return new Kernel(rows, cols, Arrays.stream(weights).map(w -> w / s).toArray());
    }

    public Kernel scaled(double factor) {
        return new Kernel(rows, cols, Arrays.stream(weights).map(w -> w * factor).toArray());
    }

    /** The weights as floats, row by row (what the kernels multiply with). */
    public float[] floats() {
        float[] f = new float[weights.length];
        for (int k = 0; k < f.length; k++) {
            f[k] = (float) weights[k];
        }
        return f;
    }

    public double[][] toRows() {
        double[][] out = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(weights, r * cols, out[r], 0, cols);
        }
        return out;
    }

    /** {@code "1,2,1;2,4,2;1,2,1"}: the form {@link #parse} reads. */
    public String toText() {
        return MatrixText.format(toRows());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Kernel k && k.rows == rows && k.cols == cols && Arrays.equals(k.weights, weights);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "Kernel[" + toText() + "]";
    }
}
