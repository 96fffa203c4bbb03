package deepmath.gpt;

import deepmath.core.Gelu;
import deepmath.nd.Blas;
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
        FloatPointer hidden = buffers.hidden(Affine.biasRows(fcBias, rows));          // [rows, 4n]
        Affine.into(buffers.input(x), rows, fcWeight, hidden, buffers.split());
        // GELU in blocks of rows shared over the split, through one Java copy (the loop vectorises there), in place:
        // the hidden layer is then the second product's left operand as it is.
        int width = fcBias.length;
        int block = RowBlocks.rows(rows, buffers.split().workers());
        float[] values = new float[rows * width];
        buffers.split().run(RowBlocks.count(rows, block), b -> {
            int from = b * block * width;
            int length = Math.min(block, rows - b * block) * width;
            FloatPointer part = Blas.at(hidden, from);
            part.get(values, from, length);
            gelu(values, from, from + length);
            part.put(values, from, length);
        });
        return Affine.apply(hidden, rows, projWeight, Affine.plusBias(residual, projBias), buffers);
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
        gelu(v, 0, v.length);
    }

    /** {@link #gelu(float[])} on v[from … to − 1]. */
    static void gelu(float[] v, int from, int to) {
        for (int i = from; i < to; i++) {
            float x = v[i];
            float half = 0.5f * x;
            v[i] = half + half * FastMath.tanh(2 * HALF_SQRT_2_OVER_PI * (x + CUBIC * x * x * x));
        }
    }
}
