package deepmath.gpt;

import deepmath.core.Gelu;
import deepmath.nn.FastMath;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The dense part of a block: n → 4n with GELU, then 4n → n. Weights in Hugging Face's Conv1D layout
 * [in, out], so a layer is simply x·W + b.
 */
public record Mlp(INDArray fcWeight, float[] fcBias, INDArray projWeight, float[] projBias) {
    private static final float HALF_SQRT_2_OVER_PI = (float) (Gelu.SQRT_2_OVER_PI / 2);
    private static final float CUBIC = (float) Gelu.CUBIC;

    public Mlp {
        fcWeight = Affine.rowMajor(fcWeight);
        projWeight = Affine.rowMajor(projWeight);
    }

    /** residual + mlp(x): x [T, n] → [T, 4n] → GELU → [T, n], added to {@code residual} [T, n]. */
    public INDArray addTo(INDArray residual, INDArray x) {
        int rows = (int) x.rows();
        try (PassBuffers buffers = new PassBuffers()) {
            return Affine.array(addTo(Affine.values(residual), Affine.values(x), rows, buffers), rows,
                    projBias.length);
        }
    }

    /** residual + mlp(x) on Java rows: x [rows, n] (ln_2's output), residual [rows, n] → a new [rows, n]. */
    float[] addTo(float[] residual, float[] x, int rows, PassBuffers buffers) {
        float[] hidden = Affine.apply(x, rows, fcWeight, Affine.biasRows(fcBias, rows), buffers); // [rows, 4n]
        gelu(hidden);
        FloatPointer in = buffers.input(hidden);
        return Affine.apply(in, rows, projWeight, Affine.plusBias(residual, projBias), buffers);
    }

    /** GPT-2's tanh GELU ({@link Gelu#tanhForm}) of every entry, as a new array. */
    static INDArray gelu(INDArray x) {
        float[] v = Affine.values(x);
        gelu(v);
        return Nd4j.create(v, x.shape(), 'c');
    }

    /**
     * GPT-2's tanh GELU in place, x/2·(1 + tanh(√(2/π)(x + 0.044715x³))), with {@link FastMath#tanh} (a rational
     * form within 5e-7 of tanh, no exp): the loop vectorises, where {@link Gelu#tanhForm}'s exp costs about
     * 10 ns a value, 25 ms over the 2.4 M values of a 64-token pass of GPT-2 small. The result differs from the
     * exact tanh form by at most |x|/2 × 3.5e-7 where tanh is not yet ±1 (|x| below about 4.5), i.e. under 1e-6:
     * about float32's own rounding of those values.
     */
    static void gelu(float[] v) {
        for (int i = 0; i < v.length; i++) {
            float x = v[i];
            float half = 0.5f * x;
            v[i] = half + half * FastMath.tanh(2 * HALF_SQRT_2_OVER_PI * (x + CUBIC * x * x * x));
        }
    }
}
