package deepmath.gpt;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One transformer block on the residual stream: each sub-layer reads a normalised copy of the stream and
 * adds its result back, x ← x + attn(ln_1(x)), then x ← x + mlp(ln_2(x)). (The additions happen inside the
 * sub-layers' last matrix product: see {@link Affine#addTo}.)
 */
public record Block(LayerNorm ln1, CausalSelfAttention attention, LayerNorm ln2, Mlp mlp) {

    /** x [m, n] of the new tokens → [m, n]; their keys and values are added to {@code cache}. */
    public INDArray apply(INDArray x, int layer, Gpt2Trace trace, KvCache cache) {
        INDArray afterAttention = attention.addTo(x, ln1.apply(x), layer, trace, cache); // x + attn(ln_1(x))
        return mlp.addTo(afterAttention, ln2.apply(afterAttention));            // … + mlp(ln_2(…))
    }
}
