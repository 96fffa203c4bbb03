package deepmath.gpt;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Causal multi-head self-attention. One product gives the queries, keys and values of every token,
 * [T, 3n] = x·W_attn + b; each head h takes its slice of size d = n / heads and computes
 * h = softmax(mask(Q·Kᵀ / √d))·V, where the causal mask hides later tokens (their weights are exactly 0);
 * the heads are put side by side and projected back, ·W_proj + b.
 * The products run on ND4J with all heads as one batch [heads, T, ·]; the masked softmax is a plain loop
 * over the scores, which are copied out for the views anyway (cheaper than three ND4J calls on T×T arrays).
 */
public record CausalSelfAttention(INDArray attnWeight, float[] attnBias, INDArray projWeight, float[] projBias,
                                  int nHead) {

    /** residual + attention(x): x [T, n] → [T, n]; records Q/K/V, scores and weights of {@code layer}. */
    public INDArray addTo(INDArray residual, INDArray x, int layer, Gpt2Trace trace) {
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
        float[] weights = Affine.values(scores);
        trace.recordScores(layer, weights, nHead, tokens);
        causalSoftmax(weights, nHead * tokens, tokens);
        trace.recordAttention(layer, weights, nHead, tokens);

        INDArray probabilities = Nd4j.create(weights, new long[] {nHead, tokens, tokens}, 'c');
        INDArray mixed = Nd4j.matmul(probabilities, v);                       // [heads, T, d]
        INDArray merged = mixed.permute(1, 0, 2).dup('c').reshape('c', tokens, n); // heads side by side
        return Affine.addTo(residual, merged, projWeight, projBias);
    }

    /**
     * Row by row over {@code rows} rows of length T (row r is query r mod T): softmax over keys 0 … q,
     * after subtracting the row's largest score; keys after q get exactly 0 (the mask's −∞). Not
     * {@link deepmath.core.Softmax}: it works in place on float rows of one flat array and only on each row's
     * visible prefix.
     */
    static void causalSoftmax(float[] scores, int rows, int tokens) {
        for (int r = 0; r < rows; r++) {
            int at = r * tokens;
            int visible = r % tokens + 1;
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
            java.util.Arrays.fill(scores, at + visible, at + tokens, 0f);
        }
    }
}
