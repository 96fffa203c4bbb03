package deepmath.tensor;

import java.util.List;

/**
 * One operation of the tensors tab with its parameters, and the numpy and TensorFlow expressions that do the
 * same: {@code shape} for reshape, {@code axes} for transpose (empty: reverse the axes, numpy's default),
 * {@code axis} for concatenate, stack, sum and mean. Reshape, flatten, transpose, sum and mean read one tensor
 * (named T as in the book); concatenate, stack, the element-wise sum and product and the matrix product read two
 * (A and B).
 */
public record TensorOperation(Kind kind, int[] shape, int[] axes, int axis) {

    public enum Kind {
        RESHAPE("reshape", 1), FLATTEN("flatten", 1), TRANSPOSE("transpose", 1), CONCATENATE("concatenate", 2),
        STACK("stack", 2), SUM("sum", 1), MEAN("mean", 1), ADD("add", 2), MULTIPLY("multiply", 2),
        MATMUL("matmul", 2);

        private final String key;
        private final int operands;

        Kind(String key, int operands) {
            this.key = key;
            this.operands = operands;
        }

        public String key() {
            return key;
        }

        /** 1 (T) or 2 (A and B). */
        public int operands() {
            return operands;
        }

        public static Kind fromKey(String key) {
            for (Kind k : values()) {
                if (k.key.equals(key)) {
                    return k;
                }
            }
            throw new deepmath.core.BadInputException(TensorProblem.OPERATION, key,
                    String.join(", ", java.util.Arrays.stream(values()).map(Kind::key).toList()));
        }
    }

    public TensorOperation {
        shape = shape.clone();
        axes = axes.clone();
    }

    public static TensorOperation of(Kind kind) {
        return new TensorOperation(kind, new int[] {-1}, new int[0], 0);
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    @Override
    public int[] axes() {
        return axes.clone();
    }

    public TensorOperation withKind(Kind value) {
        return new TensorOperation(value, shape, axes, axis);
    }

    public TensorOperation withShape(int[] value) {
        return new TensorOperation(kind, value, axes, axis);
    }

    public TensorOperation withAxes(int[] value) {
        return new TensorOperation(kind, shape, value, axis);
    }

    public TensorOperation withAxis(int value) {
        return new TensorOperation(kind, shape, axes, value);
    }

    /** The result, by ND4J ({@link Tensors}); {@code b} is ignored by the one-tensor operations. */
    public Tensor apply(Tensor a, Tensor b) {
        return switch (kind) {
            case RESHAPE -> Tensors.reshape(a, shape);
            case FLATTEN -> Tensors.flatten(a);
            case TRANSPOSE -> Tensors.permute(a, axesFor(a.rank()));
            case CONCATENATE -> Tensors.concatenate(List.of(a, b), axis);
            case STACK -> Tensors.stack(List.of(a, b), axis);
            case SUM -> Tensors.sum(a, axis);
            case MEAN -> Tensors.mean(a, axis);
            case ADD -> Tensors.add(a, b);
            case MULTIPLY -> Tensors.multiply(a, b);
            case MATMUL -> Tensors.matmul(a, b);
        };
    }

    /** The permutation transpose uses on a tensor of {@code rank}: the given axes, or the reversed ones. */
    public int[] axesFor(int rank) {
        return axes.length == 0 ? Tensors.reversed(rank) : axes.clone();
    }

    /** What numpy writes for it, e.g. {@code np.reshape(T, (2, 9))} (the book's line 16271). */
    public String numpy() {
        return switch (kind) {
            case RESHAPE -> "np.reshape(T, " + Tensor.shapeText(shape) + ")";
            case FLATTEN -> "T.flatten()";
            case TRANSPOSE -> axes.length == 0 ? "np.transpose(T)" : "np.transpose(T, " + Tensor.shapeText(axes) + ")";
            case CONCATENATE -> "np.concatenate((A, B), axis=" + axis + ")";
            case STACK -> "np.stack((A, B), axis=" + axis + ")";
            case SUM -> "T.sum(axis=" + axis + ")";
            case MEAN -> "T.mean(axis=" + axis + ")";
            case ADD -> "A + B";
            case MULTIPLY -> "A * B";
            case MATMUL -> "A @ B   # np.dot(A, B)";
        };
    }

    /** The same in TensorFlow/Keras, e.g. {@code tf.concat([A, B], axis=0)}. */
    public String tensorflow() {
        return switch (kind) {
            case RESHAPE -> "tf.reshape(T, " + list(shape) + ")";
            case FLATTEN -> "tf.reshape(T, [-1])   # keras.layers.Flatten()";
            case TRANSPOSE -> axes.length == 0 ? "tf.transpose(T)" : "tf.transpose(T, perm=" + list(axes) + ")";
            case CONCATENATE -> "tf.concat([A, B], axis=" + axis + ")   # keras.layers.Concatenate(axis=" + axis + ")";
            case STACK -> "tf.stack([A, B], axis=" + axis + ")";
            case SUM -> "tf.reduce_sum(T, axis=" + axis + ")";
            case MEAN -> "tf.reduce_mean(T, axis=" + axis + ")";
            case ADD -> "tf.add(A, B)   # keras.layers.Add()";
            case MULTIPLY -> "tf.multiply(A, B)   # keras.layers.Multiply()";
            case MATMUL -> "tf.matmul(A, B)";
        };
    }

    private static String list(int[] values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ", ").append(values[i]);
        }
        return out.append(']').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TensorOperation t && t.kind == kind && java.util.Arrays.equals(t.shape, shape)
                && java.util.Arrays.equals(t.axes, axes) && t.axis == axis;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(kind, java.util.Arrays.hashCode(shape), java.util.Arrays.hashCode(axes), axis);
    }

    @Override
    public String toString() {
        return numpy();
    }
}
