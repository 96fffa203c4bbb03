package deepmath.gpt;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One transformer block on the residual stream: each sub-layer reads a normalised copy of the stream and
 * adds its result back, x ← x + attn(ln_1(x)), then x ← x + mlp(ln_2(x)).
 */
public record Block(LayerNorm ln1, CausalSelfAttention attention, LayerNorm ln2, Mlp mlp) {

    public INDArray apply(INDArray x, int layer, Gpt2Trace trace) {
        INDArray afterAttention = x.add(attention.apply(ln1.apply(x), layer, trace));
        return afterAttention.addi(mlp.apply(ln2.apply(afterAttention)));
    }
}
