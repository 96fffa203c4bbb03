package deepmath.gpt;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The dense part of a block: n → 4n with GELU, then 4n → n. Weights in Hugging Face's Conv1D layout
 * [in, out], so a layer is simply x·W + b.
 */
public record Mlp(INDArray fcWeight, float[] fcBias, INDArray projWeight, float[] projBias) {
    /** √(2/π), the tanh-GELU constant. */
    private static final double SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

    /** residual + mlp(x): x [T, n] → [T, 4n] → GELU → [T, n], added to {@code residual} [T, n]. */
    public INDArray addTo(INDArray residual, INDArray x) {
        INDArray hidden = gelu(Affine.apply(x, fcWeight, fcBias)); // [T, 4n]
        return Affine.addTo(residual, hidden, projWeight, projBias);
    }

    /** GELU of every entry, as a new array. */
    static INDArray gelu(INDArray x) {
        float[] v = Affine.values(x);
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) gelu(v[i]);
        }
        return Nd4j.create(v, x.shape(), 'c');
    }

    /**
     * GELU in GPT-2's tanh form, (x/2)(1 + tanh(√(2/π)(x + 0.044715x³))), written out rather than taken
     * from a library op, whose GELU may be another approximation. 1 + tanh(u) = 2 − 2/(e^{2u} + 1).
     */
    static double gelu(double x) {
        double u = SQRT_2_OVER_PI * (x + 0.044715 * x * x * x);
        return x * (1 - 1 / (Math.exp(2 * u) + 1));
    }
}
