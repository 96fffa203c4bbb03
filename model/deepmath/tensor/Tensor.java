package deepmath.tensor;

import java.util.Arrays;

/**
 * A tensor as numpy has it (book chapter 15, line ~16078): numbers in a table of several dimensions, kept
 * flat in row-major order (the last index varies fastest, numpy's and ND4J's 'c' order). Its rank is the
 * number of indices (numpy's {@code ndim}), its shape the length of each axis, its size the number of elements
 * (their product). Rank 0 is a single number (what a sum over the only axis of a vector gives). Immutable.
 */
public final class Tensor {
    private final int[] shape;
    private final double[] values;

    public Tensor(int[] shape, double[] values) {
        long size = 1;
        for (int length : shape) {
            if (length < 1) {
                throw new IllegalArgumentException("axis length " + length + " in " + Arrays.toString(shape));
            }
            size *= length;
        }
        if (size != values.length) {
            throw new IllegalArgumentException(values.length + " values for shape " + Arrays.toString(shape));
        }
        this.shape = shape.clone();
        this.values = values.clone();
    }

    /** A tensor of the given shape from values in row-major order. */
    public static Tensor of(double[] values, int... shape) {
        return new Tensor(shape, values);
    }

    /** A single number (rank 0). */
    public static Tensor scalar(double value) {
        return new Tensor(new int[0], new double[] {value});
    }

    /** The vector (first, first + step, …) below {@code end}: numpy's arange and tf.range. */
    public static Tensor range(double first, double end, double step) {
        if (!(step > 0) || !(end > first) || !Double.isFinite(first) || !Double.isFinite(end)) {
            throw new deepmath.core.BadInputException(TensorProblem.RANGE, first, end, step);
        }
        long n = (long) Math.ceil((end - first) / step - 1e-12);
        if (n > TensorText.MAX_ELEMENTS) {
            throw new deepmath.core.BadInputException(TensorProblem.TOO_LARGE, n, TensorText.MAX_ELEMENTS);
        }
        double[] v = new double[(int) n];
        for (int i = 0; i < v.length; i++) {
            v[i] = first + i * step;
        }
        return of(v, v.length);
    }

    public int rank() {
        return shape.length;
    }

    public int size() {
        return values.length;
    }

    public int[] shape() {
        return shape.clone();
    }

    public int length(int axis) {
        return shape[axis];
    }

    /** The values in row-major order (a copy). */
    public double[] values() {
        return values.clone();
    }

    /** The element at flat (row-major) position {@code flat}. */
    public double flat(int flat) {
        return values[flat];
    }

    /** The element T[i1, …, in]. */
    public double get(int... index) {
        return values[flatIndex(shape, index)];
    }

    /** Row-major position of {@code index} in a tensor of {@code shape}. */
    public static int flatIndex(int[] shape, int[] index) {
        if (index.length != shape.length) {
            throw new IllegalArgumentException(index.length + " indices for rank " + shape.length);
        }
        int flat = 0;
        for (int a = 0; a < shape.length; a++) {
            if (index[a] < 0 || index[a] >= shape[a]) {
                throw new IndexOutOfBoundsException("index " + Arrays.toString(index) + " in " + Arrays.toString(shape));
            }
            flat = flat * shape[a] + index[a];
        }
        return flat;
    }

    /** The indices of row-major position {@code flat} in a tensor of {@code shape}. */
    public static int[] index(int[] shape, int flat) {
        int[] index = new int[shape.length];
        for (int a = shape.length - 1; a >= 0; a--) {
            index[a] = flat % shape[a];
            flat /= shape[a];
        }
        return index;
    }

    /** The number of elements of a shape: ℓ1 × … × ℓn. */
    public static long size(int[] shape) {
        long n = 1;
        for (int length : shape) {
            n *= length;
        }
        return n;
    }

    /** The shape as numpy prints it: (3, 2, 3), (3,) for a vector, () for a number. */
    public String shapeText() {
        return shapeText(shape);
    }

    public static String shapeText(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder out = new StringBuilder("(");
        for (int a = 0; a < shape.length; a++) {
            out.append(a == 0 ? "" : ", ").append(shape[a]);
        }
        return out.append(')').toString();
    }

    /** The same values with every element mapped: for the book's "operations on every element". */
    public Tensor map(java.util.function.DoubleUnaryOperator f) {
        double[] v = new double[values.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = f.applyAsDouble(values[i]);
        }
        return new Tensor(shape, v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tensor t && Arrays.equals(t.shape, shape) && Arrays.equals(t.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(values);
    }

    /** Nested brackets as numpy writes a list: [[5, 1, 0], [3, 3, 2]]. */
    @Override
    public String toString() {
        return TensorText.format(this);
    }
}
