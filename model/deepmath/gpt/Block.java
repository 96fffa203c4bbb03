package deepmath.gpt;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One transformer block on the residual stream: each sub-layer reads a normalised copy of the stream and
 * adds its result back, x ← x + attn(ln_1(x)), then x ← x + mlp(ln_2(x)). (The additions happen inside the
 * sub-layers' last matrix product: see {@link Affine}.)
 */
public record Block(LayerNorm ln1, CausalSelfAttention attention, LayerNorm ln2, Mlp mlp) {

    /** x [m, n] of the new tokens → [m, n]; their keys and values are added to {@code cache}. */
    public INDArray apply(INDArray x, int layer, Gpt2Trace trace, KvCache cache) {
        int tokens = (int) x.rows();
        try (PassBuffers buffers = new PassBuffers()) {
            return Affine.array(apply(Affine.values(x), tokens, layer, trace, cache, buffers), tokens, (int) x.columns());
        }
    }

    /** The same on Java rows x [tokens, n] → a new [tokens, n]. */
    float[] apply(float[] x, int tokens, int layer, Gpt2Trace trace, KvCache cache, PassBuffers buffers) {
        float[] afterAttention = attention.addTo(x, ln1.apply(x, buffers.split()), tokens, layer, trace, cache, buffers);
        return mlp.addTo(afterAttention, ln2.apply(afterAttention, buffers.split()), tokens, buffers);
    }
}
