package deepmath.gpt;

import deepmath.core.Gelu;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The dense part of a block: n → 4n with GELU, then 4n → n. Weights in Hugging Face's Conv1D layout
 * [in, out], so a layer is simply x·W + b.
 */
public record Mlp(INDArray fcWeight, float[] fcBias, INDArray projWeight, float[] projBias) {
    /** residual + mlp(x): x [T, n] → [T, 4n] → GELU → [T, n], added to {@code residual} [T, n]. */
    public INDArray addTo(INDArray residual, INDArray x) {
        INDArray hidden = gelu(Affine.apply(x, fcWeight, fcBias)); // [T, 4n]
        return Affine.addTo(residual, hidden, projWeight, projBias);
    }

    /** GPT-2's tanh GELU ({@link Gelu#tanhForm}) of every entry, as a new array. */
    static INDArray gelu(INDArray x) {
        float[] v = Affine.values(x);
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) Gelu.tanhForm(v[i]);
        }
        return Nd4j.create(v, x.shape(), 'c');
    }
}
