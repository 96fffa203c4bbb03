package deepmath.tensor;

import deepmath.core.BadInputException;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The book's operations on tensors (chapter 15 §1.3–1.4), computed by ND4J as numpy computes them: reshape
 * (with one -1 worked out), flatten, transpose/permute, concatenate and stack along an axis, sum and mean
 * along an axis, and element-wise sums and products with numpy's broadcasting. Shapes are checked here first,
 * so a shape ND4J would refuse with a long native message is a {@link TensorProblem} naming the shapes.
 * ND4J's first call loads native code (~2 s): never call these on the FX thread.
 */
public final class Tensors {
    /** The highest rank the lab draws (a list of 3-tensors, the book's 4-tensor). */
    public static final int MAX_RANK = 4;

    private Tensors() {
    }

    static INDArray array(Tensor t) {
        if (t.rank() == 0) {
            return Nd4j.scalar(t.flat(0));
        }
        long[] shape = Arrays.stream(t.shape()).asLongStream().toArray();
        return Nd4j.create(t.values(), shape, 'c').castTo(DataType.DOUBLE);
    }

    static Tensor tensor(INDArray a) {
        int[] shape = Arrays.stream(a.shape()).mapToInt(Math::toIntExact).toArray();
        INDArray c = a.dup('c');
        double[] values = c.length() == 1 ? new double[] {c.getDouble(0)} : c.reshape('c', new long[] {c.length()}).toDoubleVector();
        return new Tensor(shape, values);
    }

    /** The shape with its one -1 (if any) worked out from the number of elements, checked against it. */
    public static int[] resolve(int[] shape, int size) {
        int unknown = -1;
        long known = 1;
        for (int a = 0; a < shape.length; a++) {
            if (shape[a] == -1) {
                if (unknown >= 0) {
                    throw new BadInputException(TensorProblem.RESHAPE_UNKNOWN, Tensor.shapeText(shape));
                }
                unknown = a;
            } else if (shape[a] < 1) {
                throw new BadInputException(TensorProblem.LENGTH, Tensor.shapeText(shape));
            } else {
                known *= shape[a];
            }
        }
        int[] out = shape.clone();
        if (unknown >= 0) {
            if (size % known != 0) {
                throw new BadInputException(TensorProblem.RESHAPE_SIZE, size, Tensor.shapeText(shape));
            }
            out[unknown] = (int) (size / known);
        } else if (known != size) {
            throw new BadInputException(TensorProblem.RESHAPE_SIZE, size, Tensor.shapeText(shape));
        }
        return out;
    }

    /** np.reshape(T, shape): the same elements in the same (row-major) order, read into a new shape. */
    public static Tensor reshape(Tensor t, int[] shape) {
        int[] resolved = resolve(shape, t.size());
        return tensor(array(t).reshape('c', Arrays.stream(resolved).asLongStream().toArray()));
    }

    /** T.flatten(): the elements as one vector, in row-major order. */
    public static Tensor flatten(Tensor t) {
        return reshape(t, new int[] {t.size()});
    }

    /** np.transpose(T, axes): axis a of the result is axis axes[a] of T. */
    public static Tensor permute(Tensor t, int[] axes) {
        checkPermutation(axes, t.rank());
        if (t.rank() <= 1) {
            return t;
        }
        return tensor(array(t).permute(axes));
    }

    /** np.transpose(T): the axes in reverse order (a matrix's transpose). */
    public static int[] reversed(int rank) {
        int[] axes = new int[rank];
        for (int a = 0; a < rank; a++) {
            axes[a] = rank - 1 - a;
        }
        return axes;
    }

    static void checkPermutation(int[] axes, int rank) {
        boolean[] seen = new boolean[rank];
        boolean ok = axes.length == rank;
        for (int a : axes) {
            ok &= a >= 0 && a < rank && !seen[a];
            if (ok) {
                seen[a] = true;
            }
        }
        if (!ok) {
            throw new BadInputException(TensorProblem.PERMUTATION, Tensor.shapeText(axes), rank - 1);
        }
    }

    static void checkAxis(int axis, int rank) {
        if (axis < 0 || axis >= rank) {
            throw new BadInputException(TensorProblem.AXIS, axis, rank, rank - 1);
        }
    }

    /** np.concatenate((A, B), axis): B's elements after A's along that axis; the other lengths must agree. */
    public static Tensor concatenate(List<Tensor> parts, int axis) {
        Tensor first = parts.get(0);
        checkAxis(axis, Math.max(first.rank(), 1));
        for (Tensor p : parts) {
            boolean same = p.rank() == first.rank();
            for (int a = 0; same && a < p.rank(); a++) {
                same = a == axis || p.length(a) == first.length(a);
            }
            if (!same || first.rank() == 0) {
                throw new BadInputException(TensorProblem.CONCATENATE, first.shapeText(), p.shapeText(), axis);
            }
        }
        return tensor(Nd4j.concat(axis, parts.stream().map(Tensors::array).toArray(INDArray[]::new)));
    }

    /** np.stack((A, B), axis): a new axis at {@code axis} that indexes the parts, all of one shape. */
    public static Tensor stack(List<Tensor> parts, int axis) {
        Tensor first = parts.get(0);
        checkAxis(axis, first.rank() + 1);
        for (Tensor p : parts) {
            if (!Arrays.equals(p.shape(), first.shape())) {
                throw new BadInputException(TensorProblem.STACK, first.shapeText(), p.shapeText());
            }
        }
        if (first.rank() + 1 > MAX_RANK) {
            throw new BadInputException(TensorProblem.RANK, first.rank() + 1, MAX_RANK);
        }
        return tensor(Nd4j.stack(axis, parts.stream().map(Tensors::array).toArray(INDArray[]::new)));
    }

    /** T.sum(axis=a): the axis disappears, each remaining position holds the sum along it. */
    public static Tensor sum(Tensor t, int axis) {
        checkAxis(axis, t.rank());
        return tensor(array(t).sum(axis));
    }

    /** T.mean(axis=a): as {@link #sum} divided by the axis's length. */
    public static Tensor mean(Tensor t, int axis) {
        checkAxis(axis, t.rank());
        return tensor(array(t).mean(axis));
    }

    /**
     * The shape numpy broadcasts two shapes to: aligned on their last axes, each pair of lengths equal or one
     * of them 1 (that one is repeated); a missing leading axis counts as 1.
     */
    public static int[] broadcastShape(int[] a, int[] b) {
        int rank = Math.max(a.length, b.length);
        int[] out = new int[rank];
        for (int k = 0; k < rank; k++) {
            int la = k < rank - a.length ? 1 : a[k - (rank - a.length)];
            int lb = k < rank - b.length ? 1 : b[k - (rank - b.length)];
            if (la != lb && la != 1 && lb != 1) {
                throw new BadInputException(TensorProblem.BROADCAST, Tensor.shapeText(a), Tensor.shapeText(b), la, lb);
            }
            out[k] = Math.max(la, lb);
        }
        return out;
    }

    /** np.broadcast_to(T, shape): T repeated along the axes where its length is 1 (or that it lacks). */
    public static Tensor broadcastTo(Tensor t, int[] shape) {
        int[] common = broadcastShape(t.shape(), shape);
        if (!Arrays.equals(common, shape)) {
            throw new BadInputException(TensorProblem.BROADCAST, t.shapeText(), Tensor.shapeText(shape),
                    t.rank() == 0 ? 1 : t.length(t.rank() - 1), shape.length == 0 ? 1 : shape[shape.length - 1]);
        }
        if (shape.length == 0) {
            return t;
        }
        int[] padded = new int[shape.length];
        Arrays.fill(padded, 1);
        for (int a = 0; a < t.rank(); a++) {
            padded[shape.length - t.rank() + a] = t.length(a);
        }
        long[] target = Arrays.stream(shape).asLongStream().toArray();
        INDArray a = array(t).reshape('c', Arrays.stream(padded).asLongStream().toArray());
        return tensor(a.broadcast(target));
    }

    /** A + B with broadcasting. */
    public static Tensor add(Tensor a, Tensor b) {
        int[] shape = broadcastShape(a.shape(), b.shape());
        return tensor(array(broadcastTo(a, shape)).add(array(broadcastTo(b, shape))));
    }

    /** A * B element by element (not the matrix product), with broadcasting. */
    public static Tensor multiply(Tensor a, Tensor b) {
        int[] shape = broadcastShape(a.shape(), b.shape());
        return tensor(array(broadcastTo(a, shape)).mul(array(broadcastTo(b, shape))));
    }

    /**
     * A @ B, the matrix product (the book's chapter 12, line 12835): row i of A against column j of B,
     * out(i, j) = Σₖ a(i, k)·b(k, j); both matrices (rank 2), A's columns as many as B's rows.
     */
    public static Tensor matmul(Tensor a, Tensor b) {
        if (a.rank() != 2 || b.rank() != 2) {
            throw new BadInputException(TensorProblem.MATMUL_RANK, a.shapeText(), b.shapeText());
        }
        if (a.shape()[1] != b.shape()[0]) {
            throw new BadInputException(TensorProblem.MATMUL, a.shapeText(), b.shapeText(), a.shape()[1], b.shape()[0]);
        }
        return tensor(array(a).mmul(array(b)));
    }
}
