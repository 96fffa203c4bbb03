package deepmath.gpt;

import java.util.EnumSet;
import java.util.Set;

/**
 * What one forward pass produced: the logits of the last position (next-token prediction) and, for the
 * {@link Capture}s asked for, the inside of the model copied to plain Java arrays (safe to hand to a view).
 * Arrays not asked for are {@code null}. The rows are the pass's own tokens; for a pass that continued a
 * {@link KvCache} the attention rows also have the cached tokens as keys (see {@link #firstPosition}).
 */
public final class Gpt2Trace {
    private final int[] ids;
    private final int firstPosition;
    private final Set<Capture> captures;
    private final float[][][][] attention;
    private final float[][][][] scores;
    private final float[][][] queries;
    private final float[][][] keys;
    private final float[][][] values;
    private final float[][][] residual;
    private float[] lastLogits;
    private float[][] logits;

    Gpt2Trace(int[] ids, Gpt2Config config, Set<Capture> captures) {
        this(ids, 0, config, captures);
    }

    /** The trace of tokens {@code ids} at positions firstPosition …, after firstPosition cached ones. */
    Gpt2Trace(int[] ids, int firstPosition, Gpt2Config config, Set<Capture> captures) {
        this.ids = ids.clone();
        this.firstPosition = firstPosition;
        this.captures = captures.isEmpty() ? EnumSet.noneOf(Capture.class) : EnumSet.copyOf(captures);
        int layers = config.nLayer();
        int heads = config.nHead();
        attention = captures.contains(Capture.ATTENTION) ? new float[layers][heads][][] : null;
        scores = captures.contains(Capture.SCORES) ? new float[layers][heads][][] : null;
        boolean qkv = captures.contains(Capture.QKV);
        queries = qkv ? new float[layers][][] : null;
        keys = qkv ? new float[layers][][] : null;
        values = qkv ? new float[layers][][] : null;
        residual = captures.contains(Capture.RESIDUAL) ? new float[layers + 1][][] : null;
    }

    /** qkv [T, 3n] row-major: queries, keys, values side by side. */
    void recordQkv(int layer, float[] qkv, int tokens, int n) {
        if (queries != null) {
            float[][] all = rows(qkv, tokens, 3 * n);
            queries[layer] = columns(all, 0, n);
            keys[layer] = columns(all, n, 2 * n);
            values[layer] = columns(all, 2 * n, 3 * n);
        }
    }

    /** s: [heads, queries, keys] row-major. */
    void recordScores(int layer, float[] s, int heads, int queries, int keys) {
        if (scores != null) {
            scores[layer] = perHead(s, heads, queries, keys);
        }
    }

    /** p: [heads, queries, keys] row-major. */
    void recordAttention(int layer, float[] p, int heads, int queries, int keys) {
        if (attention != null) {
            attention[layer] = perHead(p, heads, queries, keys);
        }
    }

    private static float[][][] perHead(float[] flat, int heads, int queries, int keys) {
        float[][][] out = new float[heads][queries][keys];
        for (int h = 0; h < heads; h++) {
            for (int q = 0; q < queries; q++) {
                System.arraycopy(flat, (h * queries + q) * keys, out[h][q], 0, keys);
            }
        }
        return out;
    }

    private static float[][] columns(float[][] m, int from, int to) {
        float[][] out = new float[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = java.util.Arrays.copyOfRange(m[i], from, to);
        }
        return out;
    }

    /** x [T, n] row-major. */
    void recordResidual(int index, float[] x, int tokens, int n) {
        if (residual != null) {
            residual[index] = rows(x, tokens, n);
        }
    }

    private static float[][] rows(float[] flat, int rows, int columns) {
        float[][] out = new float[rows][];
        for (int r = 0; r < rows; r++) {
            out[r] = java.util.Arrays.copyOfRange(flat, r * columns, (r + 1) * columns);
        }
        return out;
    }

    void recordLogits(float[] last, float[][] all) {
        this.lastLogits = last;
        this.logits = all;
    }

    public int[] ids() {
        return ids.clone();
    }

    public int tokenCount() {
        return ids.length;
    }

    /**
     * The position of the first token of this trace: 0 for a full pass ({@link Gpt2Model#forward}), the number of
     * cached tokens for {@link Gpt2Model#extend}, whose attention and score rows then have
     * firstPosition + tokenCount keys (the cached tokens first).
     */
    public int firstPosition() {
        return firstPosition;
    }

    public boolean has(Capture capture) {
        return captures.contains(capture);
    }

    /** Logits of the token that would follow the last one, [vocabulary]. */
    public float[] lastLogits() {
        return lastLogits;
    }

    /** [token][vocabulary], only with {@link Capture#ALL_LOGITS}. */
    public float[][] logits() {
        return logits;
    }

    /** [layer][head][query][key]; rows sum to 1, exactly 0 above the diagonal. */
    public float[][][][] attention() {
        return attention;
    }

    /** [layer][head][query][key], Q·Kᵀ/√d before mask and softmax. */
    public float[][][][] scores() {
        return scores;
    }

    public float[][][] queries() {
        return queries;
    }

    public float[][][] keys() {
        return keys;
    }

    public float[][][] values() {
        return values;
    }

    /** [L + 1][token][n]: the stream entering each block, then leaving the last one. */
    public float[][][] residual() {
        return residual;
    }
}
