package deepmath.gpt;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Causal multi-head self-attention. One product gives the queries, keys and values of every new token,
 * [m, 3n] = x·W_attn + b; each head h takes its slice of size d = n / heads and computes
 * h = softmax(mask(Q·Kᵀ / √d))·V, where the causal mask hides later tokens (their weights are exactly 0);
 * the heads are put side by side and projected back, ·W_proj + b. The keys and values of earlier tokens come
 * from a {@link KvCache}, so appending a token costs one row, not the whole text again.
 * The products run on ND4J with all heads as one batch [heads, T, ·]; the masked softmax is a plain loop
 * over the scores, which are copied out for the views anyway (cheaper than three ND4J calls on T×T arrays).
 */
public record CausalSelfAttention(INDArray attnWeight, float[] attnBias, INDArray projWeight, float[] projBias,
                                  int nHead) {

    /**
     * residual + attention(x) for m new tokens: x [m, n] → [m, n]. Their keys and values go into {@code cache}
     * after the {@code cache.length()} tokens already there, and each new token attends to every token up to
     * itself, cached ones included (a full pass is the same with an empty cache and m = T). Records Q/K/V of the
     * new tokens, and their scores and weights over all keys, of {@code layer}.
     */
    public INDArray addTo(INDArray residual, INDArray x, int layer, Gpt2Trace trace, KvCache cache) {
        int tokens = (int) x.rows();
        int n = (int) x.columns();
        int d = n / nHead;
        int start = cache.length();
        int keys = start + tokens;
        INDArray qkv = Affine.apply(x, attnWeight, attnBias);              // [m, 3n]
        trace.recordQkv(layer, qkv, n);

        // [m, 3n] → [m, 3, heads, d] → [3, heads, m, d]: q, k, v as batches of one matrix per head.
        INDArray split = qkv.reshape('c', tokens, 3, nHead, d).permute(1, 2, 0, 3).dup('c');
        INDArray q = split.get(NDArrayIndex.point(0), NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all());
        INDArray[] kv = cache.store(layer,
                split.get(NDArrayIndex.point(1), NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all()),
                split.get(NDArrayIndex.point(2), NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all()));

        INDArray scores = Nd4j.matmul(q, kv[0], false, true, false).muli(1.0 / Math.sqrt(d)); // [heads, m, keys]
        float[] weights = Affine.values(scores);
        trace.recordScores(layer, weights, nHead, tokens, keys);
        causalSoftmax(weights, nHead * tokens, tokens, start);
        trace.recordAttention(layer, weights, nHead, tokens, keys);

        INDArray probabilities = Nd4j.create(weights, new long[] {nHead, tokens, keys}, 'c');
        INDArray mixed = Nd4j.matmul(probabilities, kv[1]);                   // [heads, m, d]
        INDArray merged = mixed.permute(1, 0, 2).dup('c').reshape('c', tokens, n); // heads side by side
        return Affine.addTo(residual, merged, projWeight, projBias);
    }

    /**
     * Row by row over {@code rows} rows of {@code start + queries} keys (row r is new query r mod queries, at
     * position start + r mod queries): softmax over keys 0 … that position, after subtracting the row's largest
     * score; later keys get exactly 0 (the mask's −∞). Not {@link deepmath.core.Softmax}: it works in place on
     * float rows of one flat array and only on each row's visible prefix.
     */
    static void causalSoftmax(float[] scores, int rows, int queries, int start) {
        int keys = start + queries;
        for (int r = 0; r < rows; r++) {
            int at = r * keys;
            int visible = start + r % queries + 1;
            double max = Double.NEGATIVE_INFINITY;
            for (int key = 0; key < visible; key++) {
                max = Math.max(max, scores[at + key]);
            }
            double sum = 0;
            for (int key = 0; key < visible; key++) {
                double e = Math.exp(scores[at + key] - max);
                scores[at + key] = (float) e;
                sum += e;
            }
            for (int key = 0; key < visible; key++) {
                scores[at + key] = (float) (scores[at + key] / sum);
            }
            java.util.Arrays.fill(scores, at + visible, at + keys, 0f);
        }
    }
}
