package deepmath.gpt;

import deepmath.nd.Blas;
import deepmath.nd.WorkSplit;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Causal multi-head self-attention. One product gives the queries, keys and values of every new token,
 * [m, 3n] = x·W_attn + b; each head h takes its slice of size d = n / heads and computes
 * h = softmax(mask(Q·Kᵀ / √d))·V, where the causal mask hides later tokens (their weights are exactly 0);
 * the heads are put side by side and projected back, ·W_proj + b. The keys and values of earlier tokens come
 * from a {@link KvCache}, so appending a token costs one row, not the whole text again.
 * <p>
 * Each head's products are BLAS calls on slices of native memory, with no copy: head h's queries are columns
 * h·d … of the packed [m, 3n] rows (leading dimension 3n), its keys and values columns h·d … of the cache's
 * [tokens, n] rows, and its output goes to columns h·d … of the [m, n] result, so the heads come out side by side.
 * The masked softmax is a plain loop over the scores, which are copied out for the views anyway. The heads are
 * independent, so each head's products and softmax are one piece of the pass's {@link deepmath.nd.WorkSplit}.
 */
public record CausalSelfAttention(INDArray attnWeight, float[] attnBias, INDArray projWeight, float[] projBias,
                                  int nHead) {

    public CausalSelfAttention {
        attnWeight = Affine.rowMajor(attnWeight);
        projWeight = Affine.rowMajor(projWeight);
    }

    /**
     * residual + attention(x) for m new tokens: x [m, n] → [m, n]. Their keys and values go into {@code cache}
     * after the {@code cache.length()} tokens already there, and each new token attends to every token up to
     * itself, cached ones included (a full pass is the same with an empty cache and m = T). Records Q/K/V of the
     * new tokens, and their scores and weights over all keys, of {@code layer}.
     */
    public INDArray addTo(INDArray residual, INDArray x, int layer, Gpt2Trace trace, KvCache cache) {
        int tokens = (int) x.rows();
        try (PassBuffers buffers = new PassBuffers()) {
            return Affine.array(addTo(Affine.values(residual), Affine.values(x), tokens, layer, trace, cache, buffers),
                    tokens, projBias.length);
        }
    }

    /** The same on Java rows: residual, x [tokens, n] (ln_1's output) → a new [tokens, n]. */
    float[] addTo(float[] residual, float[] x, int tokens, int layer, Gpt2Trace trace, KvCache cache,
                  PassBuffers buffers) {
        int n = projBias.length;
        int d = n / nHead;
        int start = cache.length();
        int keys = start + tokens;
        FloatPointer packed = buffers.packed(Affine.biasRows(attnBias, tokens));
        Affine.into(buffers.input(x), tokens, attnWeight, packed, buffers.split()); // [m, 3n]: q | k | v of each token
        if (trace.has(Capture.QKV)) {
            float[] qkv = new float[tokens * 3 * n];
            packed.get(qkv, 0, qkv.length);
            trace.recordQkv(layer, qkv, tokens, n);
        }
        cache.store(layer, packed, tokens);
        FloatPointer cachedKeys = cache.keys(layer);                     // [keys, n]
        FloatPointer cachedValues = cache.values(layer);

        FloatPointer scores = buffers.scores(nHead * tokens * keys);     // [heads, m, keys]
        FloatPointer mixed = buffers.mixed(tokens * n);                  // [m, n], heads side by side
        float[] weights = new float[nHead * tokens * keys];
        float[] raw = trace.has(Capture.SCORES) ? new float[weights.length] : null;
        float scale = (float) (1 / Math.sqrt(d));
        // The heads are independent: each is one piece of the split, its scores, softmax and mixing together. A
        // single new token's heads are a few thousand multiply-adds each, less than handing them to another thread.
        WorkSplit heads = tokens == 1 ? WorkSplit.SEQUENTIAL : buffers.split();
        heads.run(nHead, h -> {
            int at = h * tokens * keys;
            FloatPointer q = Blas.at(packed, h * d);
            FloatPointer k = Blas.at(cachedKeys, h * d);
            FloatPointer v = Blas.at(cachedValues, h * d);
            FloatPointer s = Blas.at(scores, at);
            if (tokens == 1) {
                Blas.sgemv(false, keys, d, scale, k, n, q, 0f, s);       // K_h · q_h
            } else {
                Blas.sgemm(false, true, tokens, keys, d, scale, q, 3 * n, k, n, 0f, s, keys); // Q_h · K_hᵀ
            }
            s.get(weights, at, tokens * keys);
            if (raw != null) {
                System.arraycopy(weights, at, raw, at, tokens * keys);
            }
            causalSoftmax(weights, at, tokens, tokens, start);
            s.put(weights, at, tokens * keys);
            FloatPointer out = Blas.at(mixed, h * d);
            if (tokens == 1) {
                Blas.sgemv(true, keys, d, 1f, v, n, s, 0f, out);         // V_hᵀ · p_h
            } else {
                Blas.sgemm(false, false, tokens, d, keys, 1f, s, keys, v, n, 0f, out, n); // P_h · V_h
            }
        });
        if (raw != null) {
            trace.recordScores(layer, raw, nHead, tokens, keys);
        }
        trace.recordAttention(layer, weights, nHead, tokens, keys);
        return Affine.apply(mixed, tokens, projWeight, Affine.plusBias(residual, projBias), buffers);
    }

    /**
     * Row by row over {@code rows} rows of {@code start + queries} keys (row r is new query r mod queries, at
     * position start + r mod queries): softmax over keys 0 … that position, after subtracting the row's largest
     * score; later keys get exactly 0 (the mask's −∞). Not {@link deepmath.core.Softmax}: it works in place on
     * float rows of one flat array and only on each row's visible prefix.
     */
    static void causalSoftmax(float[] scores, int rows, int queries, int start) {
        causalSoftmax(scores, 0, rows, queries, start);
    }

    /** The same on {@code rows} rows from index {@code from} of {@code scores} (one head's rows, say). */
    static void causalSoftmax(float[] scores, int from, int rows, int queries, int start) {
        // The row's maximum by comparison (Math.max also orders NaN and −0, which costs here), the sum in double,
        // the division as one multiplication by 1/sum, which vectorises: 0.16–0.22 ms a layer of 12 × 64 × 64
        // scores against 0.28–0.42 ms with Math.max and a division per weight, within 6e-8 of it (2026-12-03).
        int keys = start + queries;
        for (int r = 0; r < rows; r++) {
            int at = from + r * keys;
            int visible = start + r % queries + 1;
            float max = Float.NEGATIVE_INFINITY;
            for (int key = 0; key < visible; key++) {
                float s = scores[at + key];
                if (s > max) {
                    max = s;
                }
            }
            double sum = 0;
            for (int key = 0; key < visible; key++) {
                float e = (float) Math.exp(scores[at + key] - max);
                scores[at + key] = e;
                sum += e;
            }
            float inverse = (float) (1 / sum);
            for (int key = 0; key < visible; key++) {
                scores[at + key] *= inverse;
            }
            java.util.Arrays.fill(scores, at + visible, at + keys, 0f);
        }
    }
}
