package deepmath.gpt;

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
        int n = weight.length;
        float[] v = x.clone();
        for (int row = 0; row < v.length / n; row++) {
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
        return v;
    }
}
