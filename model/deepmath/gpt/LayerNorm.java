package deepmath.gpt;

import deepmath.nd.WorkSplit;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Layer normalisation of each row (each token's vector): subtract its mean, divide by its standard
 * deviation (biased, plus ε under the root), then scale by {@code weight} and shift by {@code bias}.
 * The book leaves it out; GPT-2 has one before each sub-layer (ln_1, ln_2) and one at the end (ln_f).
 * A plain loop: on [T, n] rows it is cheaper than the seven ND4J operations it would take.
 */
public record LayerNorm(float[] weight, float[] bias, double epsilon) {

    /** x [T, n] → [T, n]. */
    public INDArray apply(INDArray x) {
        return Nd4j.create(apply(Affine.values(x)), x.shape(), 'c');
    }

    /** x [T, n] row-major → a new [T, n]. */
    float[] apply(float[] x) {
        return apply(x, WorkSplit.SEQUENTIAL);
    }

    /** The same, blocks of rows shared over {@code split} (each row is on its own). */
    float[] apply(float[] x, WorkSplit split) {
        int n = weight.length;
        float[] v = x.clone();
        int rows = v.length / n;
        int block = RowBlocks.rows(rows, split.workers());
        split.run(RowBlocks.count(rows, block), b -> normalise(v, b * block, Math.min(rows, (b + 1) * block)));
        return v;
    }

    /**
     * Rows from … to − 1 of v, in place. Mean and variance are summed in double over four interleaved partial
     * sums (a single running sum is one long chain of dependent additions, which the JIT may not reorder); the
     * last step, (x − mean)·(1/σ)·w + b, is float and vectorises. 47 µs against 88 µs for 64 rows of 768 with one
     * double sum and a double last step, within 5e-7 of it (measured 2026-12-03).
     */
    private void normalise(float[] v, int from, int to) {
        int n = weight.length;
        for (int row = from; row < to; row++) {
            int at = row * n;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            int j = 0;
            for (; j + 3 < n; j += 4) {
                s0 += v[at + j];
                s1 += v[at + j + 1];
                s2 += v[at + j + 2];
                s3 += v[at + j + 3];
            }
            for (; j < n; j++) {
                s0 += v[at + j];
            }
            double mean = (s0 + s1 + s2 + s3) / n;
            double q0 = 0;
            double q1 = 0;
            double q2 = 0;
            double q3 = 0;
            j = 0;
            for (; j + 3 < n; j += 4) {
                double c0 = v[at + j] - mean;
                double c1 = v[at + j + 1] - mean;
                double c2 = v[at + j + 2] - mean;
                double c3 = v[at + j + 3] - mean;
                q0 += c0 * c0;
                q1 += c1 * c1;
                q2 += c2 * c2;
                q3 += c3 * c3;
            }
            for (; j < n; j++) {
                double c = v[at + j] - mean;
                q0 += c * c;
            }
            float m = (float) mean;
            float inverseDeviation = (float) (1 / Math.sqrt((q0 + q1 + q2 + q3) / n + epsilon));
            for (j = 0; j < n; j++) {
                v[at + j] = (v[at + j] - m) * inverseDeviation * weight[j] + bias[j];
            }
        }
    }
}
