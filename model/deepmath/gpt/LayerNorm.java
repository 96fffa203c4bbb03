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

    /** Rows from … to − 1 of v, in place. */
    private void normalise(float[] v, int from, int to) {
        int n = weight.length;
        for (int row = from; row < to; row++) {
            int at = row * n;
            double mean = 0;
            for (int j = 0; j < n; j++) {
                mean += v[at + j];
            }
            mean /= n;
            double variance = 0;
            for (int j = 0; j < n; j++) {
                double c = v[at + j] - mean;
                variance += c * c;
            }
            double inverseDeviation = 1 / Math.sqrt(variance / n + epsilon);
            for (int j = 0; j < n; j++) {
                v[at + j] = (float) ((v[at + j] - mean) * inverseDeviation * weight[j] + bias[j]);
            }
        }
    }
}
