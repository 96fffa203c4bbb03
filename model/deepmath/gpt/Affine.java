package deepmath.gpt;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * x·W + b for a batch of rows, as one BLAS call: the output starts as b copied on every row and gemm adds
 * x·W to it (C ← x·W + 1·C). A separate broadcast add of b would be one more pass over the output, and
 * ND4J's cost for small arrays is mostly per operation (measured by {@code bench gpt2-small-64}).
 */
final class Affine {
    private Affine() {
    }

    /** x [T, in] · weight [in, out] + bias [out] → [T, out]. */
    static INDArray apply(INDArray x, INDArray weight, float[] bias) {
        int rows = (int) x.rows();
        float[] start = new float[rows * bias.length];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(bias, 0, start, r * bias.length, bias.length);
        }
        INDArray out = Nd4j.create(start, new long[] {rows, bias.length}, 'c');
        return Nd4j.gemm(x, weight, out, false, false, 1.0, 1.0);
    }

    /** The values of {@code x} as a fresh row-major Java array (one copy out of native memory). */
    static float[] values(INDArray x) {
        boolean whole = x.ordering() == 'c' && !x.isView() && x.data().length() == x.length();
        return (whole ? x : x.dup('c')).data().asFloat();
    }
}
