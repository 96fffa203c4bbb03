package deepmath.nd;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * float32 matrix products straight on OpenBLAS ({@code cblas_sgemm}, {@code cblas_sgemv}), through the same
 * bytedeco preset and the same library instance that ND4J's own BLAS calls use, on the memory of ND4J arrays or
 * of JavaCPP pointers. Why not {@code INDArray.mmul}: ND4J 1.0.0-M2.1's {@code mmuli} into a row-major result
 * multiplies into a fresh column-major array (allocated and zeroed), then copies it back transposed with one of its
 * OpenMP operations, whose threads then spin on the two cores OpenBLAS's own threads need — half the BLAS's speed
 * on {@code bench nd4j-mmul-1024} (docs/benchmarks.md). Here a product is one BLAS call and nothing else.
 * <p>
 * Matrices are row-major with a leading dimension (the distance between two rows, in floats), so a block of
 * columns of a wider matrix (one attention head of the packed queries, say) is a pointer and a leading dimension,
 * with no copy.
 */
public final class Blas {
    private static final int ROW_MAJOR = 101;
    private static final int NO_TRANS = 111;
    private static final int TRANS = 112;

    static {
        BlasLibrary.prepare(); // in case this class loads OpenBLAS before Nd4jRuntime.initialise() does
        BlasCoreType.prepare();
    }

    private Blas() {
    }

    /**
     * c [m, n] ← alpha·op(a)·op(b) + beta·c, op(a) [m, k], op(b) [k, n]; each matrix row-major from its pointer's
     * position with its leading dimension (for a transposed operand, the leading dimension of the stored matrix).
     */
    public static void sgemm(boolean transA, boolean transB, int m, int n, int k, float alpha, FloatPointer a,
                             int lda, FloatPointer b, int ldb, float beta, FloatPointer c, int ldc) {
        openblas_nolapack.cblas_sgemm(ROW_MAJOR, transA ? TRANS : NO_TRANS, transB ? TRANS : NO_TRANS, m, n, k, alpha,
                a, lda, b, ldb, beta, c, ldc);
    }

    /**
     * The float64 {@link #sgemm}: c [m, n] ← alpha·op(a)·op(b) + beta·c on row-major pointers with leading dimensions.
     * The convolution kernels use it: their weights and gradients are checked against finite differences, which
     * float32 rounding would drown.
     */
    public static void dgemm(boolean transA, boolean transB, int m, int n, int k, double alpha, DoublePointer a,
                             int lda, DoublePointer b, int ldb, double beta, DoublePointer c, int ldc) {
        openblas_nolapack.cblas_dgemm(ROW_MAJOR, transA ? TRANS : NO_TRANS, transB ? TRANS : NO_TRANS, m, n, k, alpha,
                a, lda, b, ldb, beta, c, ldc);
    }

    /**
     * y ← alpha·op(a)·x + beta·y for a [m, n] row-major with leading dimension lda; op(a) = aᵀ when
     * {@code trans} (then x has m entries and y n). x and y are contiguous.
     */
    public static void sgemv(boolean trans, int m, int n, float alpha, FloatPointer a, int lda, FloatPointer x,
                             float beta, FloatPointer y) {
        openblas_nolapack.cblas_sgemv(ROW_MAJOR, trans ? TRANS : NO_TRANS, m, n, alpha, a, lda, x, 1, beta, y, 1);
    }

    /**
     * c ← alpha·op(a)·op(b) + beta·c on ND4J float32 matrices, as one sgemm on their memory. a and b may be
     * row-major or column-major (a transposed view counts as column-major); c must be row-major with rows of unit
     * stride (a fresh {@code 'c'} array, or a block of rows or columns of one). Returns c.
     */
    public static INDArray gemm(INDArray a, boolean transA, INDArray b, boolean transB, INDArray c, float alpha,
                                float beta) {
        Operand left = Operand.of(a, transA);
        Operand right = Operand.of(b, transB);
        if (c.rank() != 2 || c.dataType() != DataType.FLOAT || c.stride(1) != 1 && c.size(1) > 1) {
            throw new IllegalArgumentException("the product goes into a row-major float32 matrix, not " + c.shapeInfoToString());
        }
        int m = (int) c.size(0);
        int n = (int) c.size(1);
        int k = left.columns;
        if (left.rows != m || right.rows != k || right.columns != n) {
            throw new IllegalArgumentException("cannot multiply [" + left.rows + ", " + k + "] by [" + right.rows + ", "
                    + right.columns + "] into [" + m + ", " + n + "]");
        }
        sgemm(left.transposed, right.transposed, m, n, k, alpha, left.pointer, left.leading, right.pointer,
                right.leading, beta, pointer(c), (int) Math.max(c.stride(0), 1));
        return c;
    }

    /** The float32 array's memory as a pointer at its first element (a view's offset included). */
    public static FloatPointer pointer(INDArray array) {
        if (array.dataType() != DataType.FLOAT) {
            throw new IllegalArgumentException("a float32 array, not " + array.dataType());
        }
        // The buffer of a view starts at the view's offset already (ND4J's addressPointer adds it).
        Pointer address = array.data().addressPointer();
        return new FloatPointer(address);
    }

    /** A pointer {@code offset} floats after {@code p}'s position (a new pointer object; p is left as it was). */
    public static FloatPointer at(FloatPointer p, long offset) {
        return new FloatPointer(p).position(p.position() + offset);
    }

    /** OpenBLAS's thread count (the one every product above runs with). */
    public static int threads() {
        return openblas_nolapack.blas_get_num_threads();
    }

    /** Sets OpenBLAS's thread count for the whole process (at least 1). */
    public static void useThreads(int threads) {
        openblas_nolapack.blas_set_num_threads(Math.max(1, threads));
    }

    /** One operand as sgemm sees it: its pointer, its leading dimension, and whether it is read transposed. */
    private record Operand(FloatPointer pointer, int leading, boolean transposed, int rows, int columns) {
        static Operand of(INDArray x, boolean transpose) {
            if (x.rank() != 2) {
                throw new IllegalArgumentException("a matrix, not an array of rank " + x.rank());
            }
            int rows = (int) x.size(0);
            int columns = (int) x.size(1);
            boolean rowMajor = x.stride(1) == 1 || columns == 1;
            boolean columnMajor = x.stride(0) == 1 || rows == 1;
            if (!rowMajor && !columnMajor) {
                throw new IllegalArgumentException("a matrix with one unit stride, not " + x.shapeInfoToString());
            }
            // A column-major [r, c] (a transposed view, say) is the row-major [c, r] read transposed.
            if (rowMajor) {
                return new Operand(Blas.pointer(x), (int) Math.max(x.stride(0), columns), transpose,
                        transpose ? columns : rows, transpose ? rows : columns);
            }
            return new Operand(Blas.pointer(x), (int) Math.max(x.stride(1), rows), !transpose,
                    transpose ? columns : rows, transpose ? rows : columns);
        }
    }
}
