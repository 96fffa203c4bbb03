package deepmath.gpt;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Causal multi-head self-attention. One product gives the queries, keys and values of every token,
 * [T, 3n] = x·W_attn + b; each head h takes its slice of size d = n / heads and computes
 * h = softmax(mask(Q·Kᵀ / √d))·V, where the causal mask hides later tokens (−∞ before the softmax,
 * so their weights are exactly 0); the heads are put side by side and projected back, ·W_proj + b.
 * All heads go through each step at once, as a batch [heads, T, ·]: ND4J's cost is per operation.
 */
public record CausalSelfAttention(INDArray attnWeight, float[] attnBias, INDArray projWeight, float[] projBias,
                                  int nHead) {

    /** x [T, n] → [T, n]; records Q/K/V, scores and probabilities of {@code layer} in {@code trace}. */
    public INDArray apply(INDArray x, int layer, Gpt2Trace trace) {
        int tokens = (int) x.rows();
        int n = (int) x.columns();
        int d = n / nHead;
        INDArray qkv = Affine.apply(x, attnWeight, attnBias);              // [T, 3n]
        trace.recordQkv(layer, qkv, n);

        // [T, 3n] → [T, 3, heads, d] → [3, heads, T, d]: q, k, v as batches of one matrix per head.
        INDArray split = qkv.reshape('c', tokens, 3, nHead, d).permute(1, 2, 0, 3).dup('c');
        INDArray q = split.get(NDArrayIndex.point(0), NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all());
        INDArray k = split.get(NDArrayIndex.point(1), NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all());
        INDArray v = split.get(NDArrayIndex.point(2), NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all());

        INDArray scores = Nd4j.matmul(q, k, false, true, false).muli(1.0 / Math.sqrt(d)); // Q·Kᵀ/√d [heads, T, T]
        trace.recordScores(layer, scores);
        // The scores were copied out above, so the mask can be added in place.
        INDArray probabilities = Transforms.softmax(scores.addi(causalMask(nHead, tokens)), false); // rows sum to 1
        trace.recordAttention(layer, probabilities);

        INDArray mixed = Nd4j.matmul(probabilities, v);                       // [heads, T, d]
        INDArray merged = mixed.permute(1, 0, 2).dup('c').reshape('c', tokens, n); // heads side by side
        return Affine.apply(merged, projWeight, projBias);
    }

    /** 0 on and below the diagonal (key ≤ query), −∞ above: a token never looks ahead. One copy per head. */
    static INDArray causalMask(int heads, int tokens) {
        float[] values = new float[heads * tokens * tokens];
        for (int h = 0; h < heads; h++) {
            for (int q = 0; q < tokens; q++) {
                int row = (h * tokens + q) * tokens;
                java.util.Arrays.fill(values, row + q + 1, row + tokens, Float.NEGATIVE_INFINITY);
            }
        }
        return Nd4j.create(values, new long[] {heads, tokens, tokens}, 'c');
    }
}
