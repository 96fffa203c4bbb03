package deepmath.gpt;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Causal multi-head self-attention. One product gives the queries, keys and values of every token,
 * [T, 3n] = x·W_attn + b; each head h takes its slice of size d = n / heads and computes
 * h = softmax(mask(Q·Kᵀ / √d))·V, where the causal mask hides later tokens (−∞ before the softmax,
 * so their weights are exactly 0); the heads are put side by side and projected back, ·W_proj + b.
 */
public record CausalSelfAttention(INDArray attnWeight, INDArray attnBias, INDArray projWeight, INDArray projBias,
                                  int nHead) {

    /** x [T, n] → [T, n]; records Q/K/V, scores and probabilities of {@code layer} in {@code trace}. */
    public INDArray apply(INDArray x, int layer, Gpt2Trace trace) {
        long tokens = x.rows();
        int n = (int) x.columns();
        int d = n / nHead;
        INDArray qkv = x.mmul(attnWeight).addiRowVector(attnBias); // [T, 3n]
        INDArray q = qkv.get(NDArrayIndex.all(), NDArrayIndex.interval(0, n));
        INDArray k = qkv.get(NDArrayIndex.all(), NDArrayIndex.interval(n, 2 * n));
        INDArray v = qkv.get(NDArrayIndex.all(), NDArrayIndex.interval(2 * n, 3 * n));
        trace.recordQkv(layer, q, k, v);

        INDArray mask = causalMask(tokens);
        INDArray heads = Nd4j.create(DataType.FLOAT, tokens, n);
        for (int h = 0; h < nHead; h++) {
            INDArray qh = q.get(NDArrayIndex.all(), NDArrayIndex.interval(h * d, (h + 1) * d)).dup();
            INDArray kh = k.get(NDArrayIndex.all(), NDArrayIndex.interval(h * d, (h + 1) * d)).dup();
            INDArray vh = v.get(NDArrayIndex.all(), NDArrayIndex.interval(h * d, (h + 1) * d)).dup();
            INDArray scores = qh.mmul(kh.transpose()).muli(1.0 / Math.sqrt(d)); // [T, T]
            trace.recordScores(layer, h, scores);
            INDArray probabilities = Transforms.softmax(scores.add(mask), false); // rows sum to 1
            trace.recordAttention(layer, h, probabilities);
            heads.get(NDArrayIndex.all(), NDArrayIndex.interval(h * d, (h + 1) * d)).assign(probabilities.mmul(vh));
        }
        return heads.mmul(projWeight).addiRowVector(projBias);
    }

    /** 0 on and below the diagonal (key ≤ query), −∞ above: a token never looks ahead. */
    static INDArray causalMask(long tokens) {
        float[] values = new float[(int) (tokens * tokens)];
        for (int q = 0; q < tokens; q++) {
            for (int key = q + 1; key < tokens; key++) {
                values[(int) (q * tokens + key)] = Float.NEGATIVE_INFINITY;
            }
        }
        return Nd4j.create(values, new long[] {tokens, tokens}, 'c');
    }
}
