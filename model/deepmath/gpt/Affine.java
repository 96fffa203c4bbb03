package deepmath.gpt;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * x·W + b (+ a residual) for a batch of rows, as one BLAS call: the output starts as b copied on every row
 * (plus the residual stream when the result is added to it) and gemm adds x·W to it (C ← x·W + 1·C).
 * Separate broadcast and add operations would each be one more ND4J call, and ND4J's cost for these small
 * arrays is mostly per call (measured with JFR on {@code bench gpt2-small-64}).
 */
final class Affine {
    private Affine() {
    }

    /** x [T, in] · weight [in, out] + bias [out] → [T, out]. */
    static INDArray apply(INDArray x, INDArray weight, float[] bias) {
        return gemm(x, weight, rowsOf(bias, (int) x.rows()));
    }

    /** residual [T, out] + x [T, in] · weight [in, out] + bias [out]: a sub-layer's output added to the stream. */
    static INDArray addTo(INDArray residual, INDArray x, INDArray weight, float[] bias) {
        float[] start = values(residual);
        int out = bias.length;
        for (int i = 0; i < start.length; i++) {
            start[i] += bias[i % out];
        }
        return gemm(x, weight, start);
    }

    private static INDArray gemm(INDArray x, INDArray weight, float[] start) {
        int rows = (int) x.rows();
        if (rows == 1) {
            return gemv(x, weight, start);
        }
        INDArray out = Nd4j.create(start, new long[] {rows, start.length / rows}, 'c');
        return Nd4j.gemm(x, weight, out, false, false, 1.0, 1.0);
    }

    /**
     * One row (a token appended to a cached text): y = Wᵀ·x + start as a matrix-vector product. OpenBLAS's
     * sgemm with one row still packs the whole weight matrix, which made a 768 × 3072 product 10–20 times slower
     * than sgemv on the same weights (measured for {@code bench gpt2-generate}, see docs/benchmarks.md).
     */
    private static INDArray gemv(INDArray x, INDArray weight, float[] start) {
        INDArray out = Nd4j.create(start, new long[] {start.length}, 'c');
        Nd4j.getBlasWrapper().level2().gemv('c', 'N', 1.0, weight.transpose(), x.reshape(x.length()), 1.0, out);
        return out.reshape(1, start.length);
    }

    /** matrix [rows, n] · v [n] as a vector [rows] (sgemv: see {@link #gemv}). */
    static INDArray times(INDArray matrix, INDArray v) {
        INDArray out = Nd4j.create(matrix.dataType(), matrix.rows());
        Nd4j.getBlasWrapper().level2().gemv('c', 'N', 1.0, matrix, v.reshape(v.length()), 0.0, out);
        return out;
    }

    private static float[] rowsOf(float[] bias, int rows) {
        float[] start = new float[rows * bias.length];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(bias, 0, start, r * bias.length, bias.length);
        }
        return start;
    }

    /** The values of {@code x} as a fresh row-major Java array (one copy out of native memory). */
    static float[] values(INDArray x) {
        boolean whole = x.ordering() == 'c' && !x.isView() && x.data().length() == x.length();
        return (whole ? x : x.dup('c')).data().asFloat();
    }
}
